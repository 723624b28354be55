import { describe, expect, it } from 'vitest';
import { parseSpec } from '@/lib/spec/visual';
import { chartAlt } from '@/lib/targets/chart/alt';
import type { ChartSpec } from '@/lib/targets/chart/schema';
import { infographicAlt } from '@/lib/targets/infographic/alt';
import type { InfographicSpec } from '@/lib/targets/infographic/schema';
import { slidesAlt } from '@/lib/targets/slides/alt';
import type { SlidesSpec } from '@/lib/targets/slides/schema';
import { whiteboardAlt } from '@/lib/targets/whiteboard/alt';
import type { WhiteboardSpec } from '@/lib/targets/whiteboard/schema';

/** The English fixed words alt text used for every language before (issue 14 item 8). */
const ENGLISH = /\b(Chart|chart|Bar|Pie|Source|rows|minimum|maximum|versus|Infographic|Step|Pros|Cons|Quote|Funnel|Slide|deck|Table|columns|Left|Right|Visual|diagram|Whiteboard|Shapes|Groups|Connections|Notes|empty|Warning)\b/;

const chart = (extra: Record<string, unknown>) => parseSpec({ kind: 'chart', type: 'bar', source: 'Eurostat', data: [{ label: 'A', value: 1 }, { label: 'B', value: 2 }], ...extra }) as ChartSpec;
const longChart = (extra: Record<string, unknown>) => parseSpec({ kind: 'chart', type: 'line', data: Array.from({ length: 30 }, (_, index) => ({ label: `D${index + 1}`, value: index * 2 })), ...extra }) as ChartSpec;
const infographic = (extra: Record<string, unknown>) =>
  parseSpec({
    kind: 'infographic',
    sections: [
      { type: 'steps', items: [{ title: 'A' }, { title: 'B' }] },
      { type: 'pros-cons', pros: ['X'], cons: ['Y'] },
      { type: 'comparison', left: { title: 'L', items: ['1'] }, right: { title: 'R', items: ['2'] } },
      { type: 'callout', tone: 'warning', text: 'Z' },
      { type: 'quote', text: 'Q', author: 'W' },
      { type: 'funnel', items: [{ label: 'a' }, { label: 'b' }] },
    ],
    ...extra,
  }) as InfographicSpec;
const slides = (extra: Record<string, unknown>) =>
  parseSpec({
    kind: 'slides',
    slides: [
      { layout: 'title', title: 'T' },
      { layout: 'two-columns', title: 'C', left: { bullets: ['a'] }, right: { bullets: ['b'] } },
      { layout: 'quote', quote: 'Q' },
      { layout: 'table', title: 'Tb', columns: ['x', 'y'], rows: [['1', '2']] },
    ],
    ...extra,
  }) as SlidesSpec;
const whiteboard = (extra: Record<string, unknown>) =>
  parseSpec({ kind: 'whiteboard', groups: [{ id: 'g', label: 'G' }], nodes: [{ id: 'a', label: 'A', group: 'g' }, { id: 'b', label: 'B' }], edges: [{ from: 'a', to: 'b', label: 'e' }], notes: [{ text: 'N' }], ...extra }) as WhiteboardSpec;
const mermaid = (extra: Record<string, unknown>) => parseSpec({ kind: 'whiteboard', mermaid: 'flowchart LR\n  A --> B', ...extra }) as WhiteboardSpec;

describe('alt text speaks the spec\'s language (its locale, else its title\'s script)', () => {
  it.each([
    ['zh-Hans', { locale: 'zh-CN', title: '销售' }, ['柱状图', '来源：Eurostat', '。']],
    ['zh-Hant from the title', { title: '台灣銷售' }, ['長條圖', '來源：Eurostat']],
    ['ja', { locale: 'ja', title: '売上' }, ['棒グラフ', '出典：Eurostat']],
    ['ko', { locale: 'ko', title: '매출' }, ['막대 차트', '출처: Eurostat']],
    ['de', { locale: 'de', title: 'Umsatz' }, ['Säulendiagramm', 'Quelle: Eurostat']],
  ] as const)('chart (%s)', (_name, extra, wanted) => {
    const alt = chartAlt(chart(extra));
    for (const word of wanted) expect(alt).toContain(word);
    if (extra.title !== 'Umsatz') expect(alt).not.toMatch(ENGLISH);
  });

  it('a long chart summarises in the language too', () => {
    const alt = chartAlt(longChart({ locale: 'ja', title: '推移' }));
    expect(alt).toContain('30 行');
    expect(alt).toContain('上昇');
    expect(alt).not.toMatch(ENGLISH);
    expect(chartAlt(longChart({ title: 'Trend' }))).toContain('overall rising from 0 to 58');
  });

  it.each([
    ['zh-Hans', { locale: 'zh-Hans', title: '远程办公' }, ['信息图：远程办公。', '第 1 步', '优点：X', '缺点：Y', '警告：Z', '引语：', '漏斗']],
    ['ja', { locale: 'ja', title: '在宅勤務' }, ['インフォグラフィック：在宅勤務。', 'ステップ 1', 'メリット：X', '注意：Z', 'ファネル']],
    ['ko from the title', { title: '재택근무' }, ['인포그래픽: 재택근무.', '1단계', '장점: X', '주의: Z']],
  ] as const)('infographic (%s)', (_name, extra, wanted) => {
    const alt = infographicAlt(infographic(extra));
    for (const word of wanted) expect(alt).toContain(word);
    expect(alt).not.toMatch(ENGLISH);
  });

  it.each([
    ['zh-Hant', { locale: 'zh-TW', title: '季報' }, ['簡報：季報。', '第 2 張：', '左：a', '引言：', '表格']],
    ['ja', { locale: 'ja', title: '四半期' }, ['スライド：四半期。', 'スライド 2：', '左：a', '表（列：x、y）']],
    ['ko', { locale: 'ko', title: '분기' }, ['슬라이드: 분기.', '슬라이드 2: ', '왼쪽: a']],
  ] as const)('slides (%s)', (_name, extra, wanted) => {
    const alt = slidesAlt(slides(extra));
    for (const word of wanted) expect(alt).toContain(word);
    expect(alt).not.toMatch(ENGLISH);
  });

  it.each([
    ['zh-Hans', { locale: 'zh-CN', title: '流程' }, ['白板图：流程。', '图形：A、B', '分组：G：A', '连接：A → B（e）', '便签：N']],
    ['ja', { locale: 'ja', title: '流れ' }, ['ホワイトボード図：流れ。', '図形：A、B', 'つながり：', 'メモ：N']],
    ['ko', { locale: 'ko', title: '흐름' }, ['화이트보드 다이어그램: 흐름.', '도형: A, B', '연결: A → B (e)']],
  ] as const)('whiteboard (%s)', (_name, extra, wanted) => {
    const alt = whiteboardAlt(whiteboard(extra));
    for (const word of wanted) expect(alt).toContain(word);
    expect(alt).not.toMatch(ENGLISH);
    expect(whiteboardAlt(mermaid(extra))).not.toMatch(/\bDiagram\b/);
  });

  it('English stays as it was', () => {
    expect(whiteboardAlt(whiteboard({ title: 'Flow' }))).toBe('Whiteboard diagram: Flow. Shapes: A, B. Groups: G: A. Connections: A → B (e). Notes: N.');
    expect(slidesAlt(slides({ title: 'Q3' }))).toBe('Slide deck: Q3. Slide 1: T. Slide 2: C. Left: a. Right: b. Slide 3: Quote: “Q”. Slide 4: Tb. Table with columns x, y: 1, 2.');
    expect(chartAlt(chart({ title: 'Sales' }))).toBe('Sales. Bar chart of label versus value. A: 1; B: 2. Source: Eurostat.');
    expect(whiteboardAlt(mermaid({ title: 'Flow' }))).toBe('Diagram (mermaid flowchart): Flow. flowchart LR A --> B');
  });
});
