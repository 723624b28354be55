import { describe, expect, it } from 'vitest';
import { parseSpec } from '@/lib/spec/visual';
import { resolveTheme } from '@/lib/render/theme';
import { stressCharts } from '@/lib/testing/stress/charts';
import { compactExamples } from './examples';
import { compileCompact, legendSizes } from './compile';
import { textsOverlap } from './critic';
import type { ChartSpec, ChartType } from './schema';
import { renderChartSvg } from './view';

/** Issue 14 §4, each defect as a spec of the chart stress set, and what the fix guarantees. */
const stress = (name: string) => parseSpec(stressCharts.find((example) => example.name === `stress-chart-${name}`)?.spec) as ChartSpec;
const theme = resolveTheme(undefined);
const size = { width: 1104, height: 574 };
const compiled = (name: string) => JSON.stringify(compileCompact(stress(name) as ChartSpec & { type: ChartType }, theme, size));
const scene = async (name: string) => (await renderChartSvg(stress(name), theme, size)).scene;

describe('chart defects of issue 14', () => {
  it('a histogram rule is drawn on the binned x axis, not the count axis', () => {
    expect(compiled('histogram-rule')).toContain('"name":"annotation_0_rule","data":{"values":[{}]},"mark":{"type":"rule"');
    expect(compiled('histogram-rule')).toMatch(/"annotation_0_rule".*?"encoding":\{"x":\{"datum":180/);
  });

  it('"2024-01" labels are dates: a time axis for lines, "Jan 2024" on bars', () => {
    expect(compiled('year-month')).toMatch(/"type":"temporal","timeUnit":"utcyearmonth"/);
    expect(compiled('year-month-bars')).toContain("utcFormat(toDate(datum.value + '-01'), '%b %Y')");
  });

  it('value labels keep a gap above their bar; rule labels sit outside the plot, over no bar', async () => {
    const { texts, marks } = await scene('annotation-over-bar');
    const bars = marks.filter((mark) => mark.name === 'bars_marks');
    for (const label of texts.filter((text) => text.name === 'value_labels_marks')) {
      const bar = bars.find((candidate) => Math.abs(candidate.box.x + candidate.box.width / 2 - (label.box.x + label.box.width / 2)) < 2);
      expect(bar && bar.box.y - (label.box.y + label.box.height)).toBeGreaterThanOrEqual(2);
    }
    const rule = texts.find((text) => text.name === 'annotation_0_label_marks');
    expect(rule && rule.box.x).toBeGreaterThan(Math.max(...bars.map((bar) => bar.box.x + bar.box.width)));
  });

  it('a value label a reference line runs through moves inside its bar, in a colour that reads on it', async () => {
    const { texts, marks } = await renderChartSvg(parseSpec(compactExamples.bar) as ChartSpec, theme, size).then((chart) => chart.scene);
    const label = texts.find((text) => text.text === '1,885');
    const bar = marks.find((mark) => mark.name === 'bars_marks' && label && mark.datum.__glimpse_row === label.datum.__glimpse_row);
    expect(label?.host).toBe(bar);
    expect(label && bar && label.box.y).toBeGreaterThan(bar?.box.y ?? Infinity);
    expect((label?.item as { fill?: string }).fill).toBe('#FFFFFF');
    expect(texts.find((text) => text.text === '2,405')?.host).toBeUndefined();
  });

  it('bubble labels never collide (one without room is left out) and the sizes have a legend', async () => {
    const { texts } = await scene('bubble-collide');
    const labels = texts.filter((text) => text.name === 'point_labels_marks');
    expect(labels.length).toBeGreaterThanOrEqual(4);
    for (const [index, label] of labels.entries()) for (const other of labels.slice(index + 1)) expect(textsOverlap(label, other)).toBe(false);
    expect(texts.filter((text) => text.role === 'legend-label').map((text) => text.text)).toEqual(['50', '200', '300']);
    expect(legendSizes([23, 84, 1412])).toEqual([20, 500, 1000]);
  });

  it('heatmap ticks: every one drawn, none over another (long column names wrapped level, wrapped-names.test.ts)', async () => {
    const columns = ['January 2024', 'Feb', 'March of the year', 'April', 'May', 'June', 'July', 'August', 'September', 'October'];
    const ticks = (await scene('heatmap-ticks')).texts.filter((text) => text.role === 'axis-label' && columns.includes(text.text));
    expect(ticks.map((tick) => tick.text)).toEqual(columns);
    expect(ticks.every((tick) => tick.angle === 0)).toBe(true);
    expect(ticks.filter((tick) => Array.isArray(tick.item.text)).map((tick) => tick.text)).toEqual(['January 2024', 'March of the year']);
    for (const [index, tick] of ticks.entries()) for (const other of ticks.slice(index + 1)) expect(textsOverlap(tick, other)).toBe(false);
  });

  it('full-form Vega-Lite: a 480×300 view fills the plot; short labels stay horizontal, long ones turn 45°', async () => {
    const filled = await renderChartSvg(stress('vl-480'), theme, size);
    expect(filled.width).toBeGreaterThan(1000);
    const short = (await scene('vl-short-labels')).texts.filter((text) => text.role === 'axis-label' && /^[A-Z][a-z]{2}$/.test(text.text));
    expect(short.map((text) => text.angle)).toEqual([0, 0, 0, 0, 0]);
    const long = (await scene('vl-long-labels')).texts.filter((text) => text.role === 'axis-label' && text.angle !== 0);
    expect(long.map((text) => text.angle)).toEqual(Array(12).fill(-45));
  });
});
