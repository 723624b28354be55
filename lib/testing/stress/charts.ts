import { PALETTE_NAMES } from '@/lib/spec/palettes';

/**
 * The chart stress set (issue 14 §4): the collisions and wrong semantics the issue lists, long
 * labels, many categories, CJK, emoji, dark, every palette, small canvases and full-form Vega-Lite.
 * lib/lint/stress.test.ts renders each and wants no `error` finding (the overlap critic included).
 */

type Spec = Record<string, unknown>;

const departments = ['Customer support and success', 'Research and development', 'Sales and marketing', 'General administration', 'Manufacturing operations', 'Legal and compliance'];
const months = (count: number) => Array.from({ length: count }, (_, index) => `${2023 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`);
const wave = (index: number) => Math.round(40 + 25 * Math.sin(index * 0.7) + index * 1.5);

const cases: Record<string, Spec> = {
  // The defects of issue 14 §4, one spec each.
  'axis-title-long-labels': { type: 'horizontal-bar', xTitle: 'Department', yTitle: 'Spend (k€)', data: departments.map((label, index) => ({ label, value: 10 + index * 7 })) },
  'annotation-over-bar': { type: 'bar', data: ['A', 'B', 'C', 'D'].map((label, index) => ({ label, value: [10, 30, 80, 95][index] })), annotations: [{ type: 'rule', value: 50, label: 'Target for the year' }, { type: 'highlight', x: 'B', label: 'Launch month' }] },
  'bubble-collide': { type: 'bubble', data: [{ x: 1, y: 1, size: 100, label: 'Alpha Centauri' }, { x: 1.2, y: 1.1, size: 300, label: 'Beta Pictoris' }, { x: 1.3, y: 1.05, size: 200, label: 'Gamma Draconis' }, { x: 5, y: 3, size: 50, label: 'Delta' }, { x: 4.9, y: 3.1, size: 80, label: 'Epsilon Eridani' }] },
  'heatmap-ticks': { type: 'heatmap', data: ['Monday morning', 'Tuesday', 'Wednesday afternoon', 'Thu'].flatMap((y, a) => ['January 2024', 'Feb', 'March of the year', 'April', 'May', 'June', 'July', 'August', 'September', 'October'].map((x, b) => ({ x, y, value: (a * 7 + b * 3) % 11 }))) },
  'histogram-rule': { type: 'histogram', data: Array.from({ length: 100 }, (_, index) => ({ value: 100 + ((index * 37) % 200) })), annotations: [{ type: 'rule', value: 180, label: 'SLO' }] },
  'percent-labels': { type: 'bar', format: { style: 'percent', decimals: 1 }, data: [{ label: 'A', value: 47.1 }, { label: 'B', value: 31.4 }, { label: 'C', value: 11.7 }] },
  'year-month': { type: 'line', data: months(14).map((label, index) => ({ label, value: wave(index) })) },
  'year-month-bars': { type: 'bar', data: months(6).map((label, index) => ({ label, value: wave(index) })) },
  // Long labels and many categories.
  'long-categories': { type: 'bar', xTitle: 'Department', yTitle: 'Headcount', data: departments.map((label, index) => ({ label, value: 12 + index * 5 })) },
  'many-categories': { type: 'bar', data: Array.from({ length: 40 }, (_, index) => ({ label: `Item ${index + 1}`, value: wave(index) })) },
  'many-points': { type: 'line', data: Array.from({ length: 60 }, (_, index) => ({ label: `W${index + 1}`, value: wave(index) })) },
  'grouped-long': { type: 'grouped-bar', data: departments.slice(0, 4).flatMap((label, index) => ['Plan', 'Actual'].map((series, which) => ({ label, series, value: 20 + index * 6 + which * 4 }))) },
  'scatter-labelled': { type: 'scatter', data: Array.from({ length: 24 }, (_, index) => ({ x: index % 6, y: Math.floor(index / 6) + (index % 3) * 0.2, label: `Point ${index + 1}` })) },
  // CJK and emoji in axes and legends.
  cjk: { type: 'grouped-bar', locale: 'ja', yTitle: '売上（億円）', data: ['東京都', '大阪府', '愛知県', '福岡県'].flatMap((label, index) => ['二〇二三年', '二〇二四年'].map((series, which) => ({ label, series, value: 30 + index * 8 + which * 5 }))) },
  'cjk-long': { type: 'horizontal-bar', locale: 'zh-TW', data: ['國立臺灣大學醫學院附設醫院', '臺北榮民總醫院', '林口長庚紀念醫院', '高雄醫學大學附設中和紀念醫院'].map((label, index) => ({ label, value: 800 - index * 90 })) },
  emoji: { type: 'stacked-bar', data: ['🍎 Apples', '🍌 Bananas', '🍇 Grapes'].flatMap((label, index) => ['🚚 Shipped', '🏪 In store'].map((series, which) => ({ label, series, value: 10 + index * 4 + which * 3 }))) },
  'pie-many': { type: 'donut', data: ['Housing', 'Food', 'Transport', 'Savings', 'Health', 'Leisure', 'Education', 'Other'].map((label, index) => ({ label, value: 30 - index * 3 })) },
  // Full-form Vega-Lite.
  'vl-480': { vegaLite: { width: 480, height: 300, data: { values: [{ a: 'A', b: 28 }, { a: 'B', b: 55 }, { a: 'C', b: 43 }] }, mark: 'bar', encoding: { x: { field: 'a', type: 'nominal' }, y: { field: 'b', type: 'quantitative' } } } },
  'vl-short-labels': { vegaLite: { data: { values: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'].map((day, index) => ({ day, value: index + 2 })) }, mark: 'bar', encoding: { x: { field: 'day', type: 'nominal', sort: null }, y: { field: 'value', type: 'quantitative' } } } },
  'vl-long-labels': { vegaLite: { data: { values: departments.concat(departments.map((name) => `${name} (abroad)`)).map((name, index) => ({ name, value: index + 2 })) }, mark: 'bar', encoding: { x: { field: 'name', type: 'nominal', sort: null }, y: { field: 'value', type: 'quantitative' } } } },
  'vl-hconcat': { vegaLite: { data: { values: [{ a: 'A', b: 28 }, { a: 'B', b: 55 }, { a: 'C', b: 43 }] }, hconcat: [{ mark: 'bar', encoding: { x: { field: 'a', type: 'nominal' }, y: { field: 'b', type: 'quantitative' } } }, { mark: 'point', encoding: { x: { field: 'a', type: 'nominal' }, y: { field: 'b', type: 'quantitative' } } }] } },
};

/** Every case on the default canvas, palettes rotating and every other one dark; a few on small canvases too. */
export const stressCharts = [
  ...Object.entries(cases).map(([name, body], index) => ({
    name: `stress-chart-${name}`,
    spec: { kind: 'chart', title: `Stress: ${name}`, theme: { palette: PALETTE_NAMES[index % PALETTE_NAMES.length], mode: index % 2 ? 'dark' : 'light' }, ...body },
  })),
  ...['long-categories', 'many-categories', 'cjk', 'bubble-collide', 'annotation-over-bar'].map((name) => ({
    name: `stress-chart-small-${name}`,
    spec: { kind: 'chart', title: `Small: ${name}`, width: 480, height: 360, ...cases[name] },
  })),
];
