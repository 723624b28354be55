import { PALETTE_NAMES } from '@/lib/spec/palettes';

/**
 * The infographic stress set (issue 14): half-width pairs of very different heights, runs of
 * halves, long step lists and timelines on wide cards, long labels, CJK, emoji, dark, every
 * palette, and a narrow canvas. lib/lint/stress.test.ts renders each and wants no `error`.
 */

type Section = Record<string, unknown>;

const kv = (rows: number) => ({ type: 'key-value', title: 'Facts', rows: Array.from({ length: rows }, (_, index) => ({ key: `Key ${index + 1}`, value: `A value that says a little more, number ${index + 1}` })) });
const steps = (count: number) => ({ type: 'steps', title: 'How it works', items: ['Ask', 'Plan', 'Validate', 'Draw', 'Cache', 'Deliver', 'Measure', 'Improve', 'Repeat', 'Share', 'Archive', 'Review'].slice(0, count).map((title) => ({ title, text: `${title} in a sentence.` })) });
const timeline = (count: number) => ({ type: 'timeline', title: 'History', items: Array.from({ length: count }, (_, index) => ({ date: String(2015 + index), title: `Milestone ${index + 1}`, text: 'What happened that year' })) });

const groups: Record<string, Section[]> = {
  'uneven-pair': [kv(7), { type: 'callout', tone: 'info', text: 'Short note.' }, { type: 'quote', text: 'Less is more.', author: 'Mies' }, { type: 'progress', title: 'Progress', items: Array.from({ length: 6 }, (_, index) => ({ label: `Track ${index + 1}`, value: 15 * index + 10 })) }],
  'half-run': [{ type: 'icon-list', title: 'Why', items: [{ icon: 'rocket', title: 'Fast', text: 'Renders in 60 ms' }, { icon: 'shield', title: 'Safe', text: 'Pictures sealed' }, { icon: 'wifi-off', title: 'Offline', text: 'Nothing fetched' }, { icon: 'globe', title: 'Global', text: 'CJK and emoji' }] }, { type: 'callout', tone: 'success', text: 'Ready today.' }, { type: 'quote', text: 'It just works.', author: 'A user' }, { type: 'stats', items: [{ value: '42%', label: 'Faster' }, { value: '3×', label: 'Smaller' }] }],
  'long-lists': [steps(8), timeline(6), steps(12), timeline(12)],
  'few': [steps(2), timeline(3), { type: 'text', text: 'One paragraph.' }],
  long: [
    { type: 'text', width: 'half', title: 'A section heading that goes on for much longer than headings should', text: 'A paragraph of body text long enough to wrap onto several lines of a half-width card. '.repeat(3) },
    { type: 'callout', tone: 'warning', text: 'A warning that is itself fairly long, to wrap onto a few lines in its half of the canvas.' },
    { type: 'steps', items: Array.from({ length: 5 }, (_, index) => ({ title: `A step with a long title number ${index + 1}`, text: 'And a sentence of detail under it that wraps onto two lines or three.' })) },
  ],
  cjk: [{ type: 'timeline', title: '沿革', items: [{ date: '2019年', title: '創業', text: '東京で始まる' }, { date: '2021年', title: '海外展開', text: '台湾と韓国へ' }, { date: '2024年', title: '上場', text: '東証グロース' }, { date: '2026年', title: '次へ', text: '新しい市場' }] }, { type: 'key-value', title: '概要', rows: [{ key: '本社', value: '東京' }, { key: '社員', value: '120人' }] }, { type: 'callout', text: '数字は概算です。' }],
  emoji: [{ type: 'stats', items: [{ value: '😀 87%', label: 'Happy users' }, { value: '👍 4.8', label: 'Average rating' }] }, { type: 'steps', items: [{ title: '🧳 Pack' }, { title: '✈️ Fly' }, { title: '🏖️ Rest' }, { title: '🏠 Home' }] }],
};

/** Every group on the default canvas, palettes rotating and every other one dark, and the pair cases on a narrow canvas too. */
export const stressInfographics = [
  ...Object.entries(groups).map(([group, sections], index) => ({
    name: `stress-info-${group}`,
    spec: { kind: 'infographic', title: `Stress: ${group}`, theme: { palette: PALETTE_NAMES[index % PALETTE_NAMES.length], mode: index % 2 ? 'dark' : 'light' }, sections },
  })),
  // Long CJK titles and text (line breaking: numbers with units, ranges, brackets, phrases), fixed words in their language.
  {
    name: 'stress-info-ja-long',
    spec: {
      kind: 'infographic',
      locale: 'ja',
      title: '2019年から2025年までの東京都の人口推移と、9月に発表された最新の推計（速報値）',
      subtitle: '総人口は1,404万人、前年比0.3%増。転入超過は9月に約4,000人でした。',
      footer: '出典：東京都総務局「東京都の人口（推計）」2025年9月1日現在',
      sections: [
        { type: 'stats', items: [{ value: '1,404万人', label: '総人口（推計）' }, { value: '0.3%', label: '前年比の増加率', delta: '+0.1 pt', trend: 'up' }, { value: '9 月', label: '発表された月' }] },
        { type: 'pros-cons', title: '都心に住むこと', pros: ['通勤時間が短い（平均25分）', '店や病院が近くて便利です。'], cons: ['家賃が高い（月額15万円以上）', '緑が少ない。'] },
        { type: 'timeline', items: [{ date: '1989–2000年', title: '横ばい', text: '人口はほぼ一定でした。' }, { date: '2001–2019年', title: '増加', text: '都心回帰が進みました。' }, { date: '2020–2025年', title: '回復', text: '一時減少の後に再び増加。' }] },
      ],
    },
  },
  {
    name: 'stress-info-zh-long',
    spec: {
      kind: 'infographic',
      locale: 'zh-CN',
      theme: { mode: 'dark' },
      width: 700,
      title: '内存带宽达到 288 GB/s：1989–2025 年加速器性能与功耗的对比（预计）',
      sections: [
        { type: 'key-value', title: '关键数字', rows: [{ key: '带宽', value: '288 GB/s，比上一代提高 47.1%' }, { key: '发布', value: '9 月份发布，首批 $5M 订单' }] },
        { type: 'pros-cons', pros: ['功耗降低约 30%（实测）', '兼容现有软件'], cons: ['价格较高', '供货要等到十二月底'] },
        { type: 'callout', text: '资料来源：厂商公开资料，二〇二四年十二月底统计。数字为预计值，以正式发布为准。' },
      ],
    },
  },
  {
    name: 'stress-info-ko-long',
    spec: {
      kind: 'infographic',
      locale: 'ko',
      title: '2025년 서울시 인구 변화와 9월에 발표된 최신 추계에 대한 요약',
      sections: [
        { type: 'steps', items: [{ title: '자료 수집', text: '주민등록 인구 통계를 매월 모읍니다.' }, { title: '추계', text: '출생과 사망, 전입과 전출을 반영합니다.' }, { title: '발표', text: '매년 9월에 결과를 공개합니다.' }] },
        { type: 'pros-cons', pros: ['교통이 편리함'], cons: ['집값이 높음'] },
      ],
    },
  },
  { name: 'stress-info-narrow', spec: { kind: 'infographic', title: 'Narrow', width: 600, sections: [...(groups['uneven-pair'] ?? []), steps(8), timeline(6)] } },
];
