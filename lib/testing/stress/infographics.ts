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
  { name: 'stress-info-narrow', spec: { kind: 'infographic', title: 'Narrow', width: 600, sections: [...(groups['uneven-pair'] ?? []), steps(8), timeline(6)] } },
];
