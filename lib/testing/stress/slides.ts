import { PALETTE_NAMES } from '@/lib/spec/palettes';
import { ASPECTS, LOOKS } from '@/lib/targets/slides/schema';

/**
 * The slides stress set (issue 14): every content layout with few and many items, long labels,
 * CJK, emoji, in every aspect, look and palette, light and dark. The layout critic must find no
 * `error` in any of them (lib/lint/stress.test.ts); `empty-space` warnings are counted there.
 */

type Slide = Record<string, unknown>;

const few: Slide[] = [
  { layout: 'bullets', title: 'One point', bullets: ['Ship the smallest useful thing'] },
  { layout: 'bullets', title: 'Three points', bullets: ['Measure first', 'Then optimise', 'Keep the win'] },
  { layout: 'two-columns', title: 'Either way', left: { heading: 'Now', bullets: ['Manual'] }, right: { heading: 'Later', bullets: ['Automatic'] } },
  { layout: 'icon-text', title: 'Fast', icon: 'rocket', text: 'Renders in 60 ms.' },
  { layout: 'stats', title: 'One number', stats: [{ value: '42%', label: 'Faster renders' }] },
  { layout: 'stats', title: 'Two numbers', stats: [{ value: '58 ms', label: 'Median', delta: '−12%' }, { value: '99.9%', label: 'Uptime', delta: '+0.1 pt' }] },
  { layout: 'table', title: 'Small table', columns: ['Plan', 'Price'], rows: [['Free', '$0']] },
  { layout: 'timeline', title: 'Two steps', steps: [{ title: 'Plan' }, { title: 'Ship' }] },
  { layout: 'timeline', title: 'Three dates', style: 'timeline', steps: [{ label: '2024', title: 'Idea', text: 'A sketch' }, { label: '2025', title: 'Beta', text: 'First users' }, { label: '2026', title: 'Launch', text: 'General availability' }] },
];

const bulletsOf = (count: number, words: string) => Array.from({ length: count }, (_, index) => `${words} ${index + 1}`);

const many: Slide[] = [
  { layout: 'bullets', title: 'Eight points', bullets: bulletsOf(8, 'A point that takes most of a line to say in full, number') },
  { layout: 'bullets', title: 'Nested points', bullets: [{ text: 'Pipeline', sub: ['Plan', 'Validate', 'Draw'] }, { text: 'Formats', sub: ['PNG', 'PDF', 'PPTX'] }, 'Cache', 'Pool'] },
  { layout: 'two-columns', title: 'Long columns', left: { heading: 'Pros', bullets: bulletsOf(6, 'An advantage worth a line') }, right: { heading: 'Cons', bullets: bulletsOf(6, 'A drawback worth a line') } },
  { layout: 'icon-text', title: 'Text and bullets', icon: 'shield-check', text: 'Every picture is decoded and re-encoded before any format sees it, so nothing hostile reaches the rasteriser.', bullets: ['Sealed pictures', 'No network', 'Bounded sizes'] },
  { layout: 'stats', title: 'Six numbers', stats: ['12', '7%', '3.4k', '99', '1.2M', '$40'].map((value, index) => ({ value, label: `Measure ${index + 1}`, delta: index % 2 ? '−2%' : '+1%' })) },
  { layout: 'table', title: 'Full table', columns: ['Region', 'Q1', 'Q2', 'Q3', 'Q4'], rows: ['North', 'South', 'East', 'West', 'Central', 'Online', 'Partners', 'Other'].map((region, row) => [region, ...[1, 2, 3, 4].map((quarter) => `$${(row + 1) * quarter}.${quarter}M`)]) },
  { layout: 'timeline', title: 'Six steps', steps: ['Discover', 'Define', 'Design', 'Build', 'Test', 'Launch'].map((title, index) => ({ label: `Week ${index + 1}`, title, text: 'Short detail' })) },
];

const long: Slide[] = [
  { layout: 'bullets', title: 'A title that is far longer than a slide title should be, so that it has to shrink and wrap onto two lines', bullets: bulletsOf(4, 'A bullet that goes on for a while, explaining a point in more words than it needs, so that it wraps onto a second line at least, item') },
  { layout: 'two-columns', title: 'Columns with long headings', left: { heading: 'A heading that is longer than a column heading ought to be', bullets: bulletsOf(3, 'A point in several words that wraps inside its column') }, right: { heading: 'The other heading, also long', bullets: bulletsOf(3, 'Another point in several words that wraps') } },
  { layout: 'icon-text', title: 'A paragraph', icon: 'book-open', text: 'A paragraph of body text that is long enough to fill several lines beside the icon. '.repeat(4).trim() },
  { layout: 'stats', title: 'Long labels', stats: [{ value: '$1,234,567', label: 'Annual recurring revenue across every region and partner channel', delta: '+12% year over year' }, { value: '98.76%', label: 'Share of renders finished under the deadline' }, { value: '12,345', label: 'Monthly active organisations' }] },
  { layout: 'table', title: 'Wordy table', columns: ['Feature', 'What it does', 'Where it runs'], rows: [['Render pool', 'Keeps workers warm so renders start at once', 'Every server process'], ['Cache', 'Stores finished renders by content hash', 'SQLite, PostgreSQL or Redis'], ['Repair loop', 'Sends validation issues back to the model for one more try', 'The planner']] },
  { layout: 'timeline', title: 'Long steps', steps: [{ label: 'January 2026', title: 'Internationalisation of every surface', text: 'Strings, dates and numbers follow the locale' }, { label: 'March 2026', title: 'Accessibility review', text: 'Contrast, alt text and reading order' }, { label: 'June 2026', title: 'General availability', text: 'Support and a service level' }, { label: 'Later', title: 'Whatever comes next', text: 'Decided with users' }] },
];

const cjk: Slide[] = [
  { layout: 'bullets', title: '主な機能', bullets: ['モデルが図の仕様を書く', { text: 'スキーマで検証する', sub: ['エラーには場所と理由'] }, 'PNG・SVG・PDF・PPTX に出力'] },
  { layout: 'two-columns', title: '导入前后', left: { heading: '只有文字', bullets: ['阅读很慢', '数字被埋没'] }, right: { heading: 'Glimpse', bullets: ['一目了然', '数字变成图表'] } },
  { layout: 'stats', title: '숫자로 보기', stats: [{ value: '58ms', label: '렌더링 중앙값' }, { value: '15', label: '차트 종류' }, { value: '4', label: '지원하는 문자 체계' }] },
  { layout: 'table', title: '比較', columns: ['', 'Glimpse', 'ブラウザ'], rows: [['速度', '約60ms', '約250ms'], ['オフライン', '対応', '対応'], ['編集できる出力', 'PPTX', 'なし']] },
  { layout: 'timeline', title: '今後の予定', steps: [{ title: '描画基盤' }, { title: 'スライド' }, { title: 'ホワイトボード' }, { title: '拡張' }] },
  { layout: 'icon-text', title: '離線也能用', icon: 'wifi-off', text: '字型、表情符號和圖示都包含在套件中，繪製時不使用網路。' },
];

/** Long Japanese titles (two lines, balanced), numbers with units and ranges, phrases that must not split. */
const cjkLong: Slide[] = [
  { layout: 'bullets', title: '2019年から2025年までの東京都の人口推移と9月に発表された最新の推計について', bullets: ['総人口は1,404万人（前年比0.3%増）', '2040年にかけて減少へ転じる見込み（推定）', '転入超過は9月に約4,000人、1989–2025年で最大'] },
  { layout: 'stats', title: 'メモリ帯域は288 GB/sに到達し、前世代から47.1%向上した', stats: [{ value: '288 GB', label: '毎秒の帯域幅' }, { value: '47.1%', label: '前世代比の向上' }, { value: '$5M', label: '開発費の総額（推定）' }] },
  { layout: 'section', title: '今日は良い天気ですね。明日も晴れるでしょう。旅行に行。' },
];

const emoji: Slide[] = [
  { layout: 'bullets', title: 'Launch checklist 🚀', bullets: ['✅ Tests green', '📦 Package built', '🌍 Docs translated', '🎉 Announce'] },
  { layout: 'stats', title: 'Mood 😀', stats: [{ value: '😀 87%', label: 'Happy users' }, { value: '👍 4.8', label: 'Average rating' }] },
  { layout: 'timeline', title: 'Trip ✈️', steps: [{ title: '🧳 Pack' }, { title: '✈️ Fly' }, { title: '🏖️ Rest' }] },
];

const hero: Slide[] = [
  { layout: 'title', title: 'Stress deck', subtitle: 'Every layout, few and many items', byline: 'Glimpse · 2026' },
  { layout: 'section', title: 'Part two', subtitle: 'Long labels' },
  { layout: 'quote', quote: 'Simplicity is prerequisite for reliability.', author: 'Edsger W. Dijkstra', role: 'Computer scientist' },
];

const regions = ['North America', 'Europe, Middle East and Africa', 'Asia Pacific', 'Latin America', 'Online partners', 'Direct sales'];
const chain = (labels: string[]) => ({ kind: 'whiteboard', nodes: labels.map((label, index) => ({ id: `n${index}`, label })), edges: labels.slice(1).map((_, index) => ({ from: `n${index}`, to: `n${index + 1}` })) });

/** Charts, whiteboards and mermaid diagrams inside slides: drawn in the deck's look and critiqued as the visuals they are. */
const embed: Slide[] = [
  { layout: 'embed', title: 'Revenue by region', visual: { kind: 'chart', type: 'bar', data: regions.map((label, index) => ({ label, value: 40 - index * 5 })), yTitle: 'Revenue ($M)', annotations: [{ type: 'rule', value: 25, label: 'Target' }] } },
  { layout: 'embed', title: 'Three channels', visual: { kind: 'chart', type: 'multi-line', data: ['Q1', 'Q2', 'Q3', 'Q4'].flatMap((label, index) => [{ label, series: 'Web', value: 3 + index * 2 }, { label, series: 'App 📱', value: 2 + index * 2.5 }, { label, series: 'Store', value: 5 - index }]) } },
  { layout: 'embed', visual: { kind: 'chart', type: 'pie', data: [{ label: 'Search', value: 46 }, { label: 'Direct', value: 27 }, { label: 'Referral', value: 18 }, { label: 'Social', value: 9 }] } },
  { layout: 'embed', title: '地域別の売上', visual: { kind: 'chart', type: 'bar', data: [{ label: '東京', value: 120 }, { label: '大阪', value: 85 }, { label: '名古屋', value: 60 }, { label: '福岡', value: 41 }] } },
  { layout: 'embed', title: 'A render, step by step', visual: chain(['Ask', 'Plan the spec', 'Validate', 'Draw', 'Rasterise', 'Cache', 'Answer', 'Repair if needed']) },
  { layout: 'embed', title: 'How a render flows', visual: { kind: 'whiteboard', nodes: [{ id: 'u', label: 'User 🧑‍💻' }, { id: 'a', label: 'API gateway' }, { id: 'r', label: 'Renderer', shape: 'rounded' }, { id: 'c', label: 'Cache', shape: 'cylinder' }, { id: 'm', label: 'Model', shape: 'cloud' }], edges: [{ from: 'u', to: 'a' }, { from: 'a', to: 'r', label: 'spec' }, { from: 'r', to: 'c' }, { from: 'a', to: 'm', label: 'prompt' }] } },
  { layout: 'embed', title: 'The request', visual: { kind: 'whiteboard', mermaid: 'sequenceDiagram\n  User->>API: POST /api/render\n  API->>Worker: spec\n  Worker-->>API: PNG\n  API-->>User: 200 image/png' } },
  { layout: 'embed', title: 'Repair loop', visual: { kind: 'whiteboard', mermaid: 'flowchart LR\n  A[Spec from the model] --> B{Valid?}\n  B -->|yes| C[Render]\n  B -->|no| D[Send the issues back]\n  D --> A' } },
];

export const STRESS_SLIDE_GROUPS = { few, many, long, cjk, 'cjk-long': cjkLong, emoji, hero, embed } as const;

const aspects = Object.keys(ASPECTS) as (keyof typeof ASPECTS)[];

/** Every group in every aspect; looks, palettes and light/dark rotate so each appears with each aspect. */
export const stressDecks = Object.entries(STRESS_SLIDE_GROUPS).flatMap(([group, slides], groupIndex) =>
  aspects.map((aspect, aspectIndex) => {
    const turn = groupIndex * aspects.length + aspectIndex;
    const palette = PALETTE_NAMES[turn % PALETTE_NAMES.length];
    return {
      name: `stress-${group}-${aspect.replace(':', 'x')}`,
      spec: {
        kind: 'slides',
        title: `Stress: ${group}`,
        aspect,
        look: LOOKS[turn % LOOKS.length],
        locale: group.startsWith('cjk') ? 'ja' : undefined,
        theme: { palette, mode: turn % 3 === 2 ? 'dark' : 'light' },
        slides,
      },
    };
  }),
);
