import { describe, expect, it } from 'vitest';
import { parseSpec } from '@/lib/spec/visual';
import { measureText } from '@/lib/render/text-paths';
import { resolveTheme } from '@/lib/render/theme';
import { compileCompact } from './compile';
import type { SceneText } from './scene';
import type { ChartSpec, ChartType } from './schema';
import { renderChartSvg } from './view';

/**
 * Vertical bars' long names wrap level under their bar (at most three lines, each measured as drawn
 * within its band) before they turn 45°; only names that cannot wrap so still turn.
 */
const theme = resolveTheme(undefined);
const size = { width: 1200, height: 630 };
const style = { size: 15, weight: 400 };
const chart = (data: { label: string; value: number }[], extra: Record<string, unknown> = {}) => parseSpec({ kind: 'chart', type: 'bar', title: 'Reasons', xTitle: 'Reason given', data, ...extra }) as ChartSpec;
const reasons = chart([
  { label: 'Not enough time because of work', value: 34 },
  { label: 'Too expensive for what it offers', value: 27 },
  { label: 'Moved to another city', value: 16 },
  { label: 'Found a better alternative nearby', value: 14 },
  { label: 'Health reasons', value: 9 },
]);
/** Vega reports a label turned 45° counter-clockwise as 315°. */
const turned = (label: SceneText) => (label.angle + 360) % 360 === 315;
const lines = (label: SceneText) => (Array.isArray(label.item.text) ? label.item.text.map(String) : [label.text]);
const drawn = async (spec: ChartSpec) => {
  const rendered = await renderChartSvg(spec, theme, size);
  const names = new Set((spec.data ?? []).map((row) => String(row.label)));
  return { rendered, labels: rendered.scene.texts.filter((text) => text.role === 'axis-label' && names.has(text.text)) };
};
const axis = (spec: ChartSpec) => (compileCompact(spec as ChartSpec & { type: ChartType }, theme, size).encoding as { x: { axis: Record<string, unknown> } }).x.axis;

describe('wrapped names under vertical bars', () => {
  it('five long names at 1200×630 stay level, wrap onto two lines at word breaks, each line inside its band and centred under its bar', async () => {
    const { rendered, labels } = await drawn(reasons);
    expect(labels.map((label) => label.text)).toEqual((reasons.data ?? []).map((row) => String(row.label)));
    expect(labels.map((label) => label.angle)).toEqual([0, 0, 0, 0, 0]);
    expect(labels.map((label) => lines(label).length)).toEqual([2, 2, 1, 2, 1]);
    const bars = rendered.scene.marks.filter((mark) => mark.name === 'bars_marks').sort((a, b) => a.box.x - b.box.x);
    const centre = (box: { x: number; width: number }) => box.x + box.width / 2;
    const band = centre(bars[1]?.box ?? { x: 0, width: 0 }) - centre(bars[0]?.box ?? { x: 0, width: 0 });
    expect(band).toBeGreaterThan(150);
    const plotBottom = Math.max(...bars.map((bar) => bar.box.y + bar.box.height));
    for (const label of labels) {
      const bar = bars.find((mark) => mark.datum.label === label.text);
      if (!bar) throw new Error(`no bar for ${label.text}`);
      expect(lines(label).join(' '), label.text).toBe(label.text);
      for (const line of lines(label)) expect(measureText(line, style), line).toBeLessThanOrEqual(Math.min(band - 8, label.item.limit ?? 0));
      expect(Math.abs(centre(label.box) - centre(bar.box)), label.text).toBeLessThan(2);
      expect(label.box.x, label.text).toBeGreaterThanOrEqual(centre(bar.box) - band / 2);
      expect(label.box.x + label.box.width, label.text).toBeLessThanOrEqual(centre(bar.box) + band / 2);
      expect(label.box.y, label.text).toBeGreaterThan(plotBottom);
      // Two lines 18 px apart: the box holds both, nothing drawn past the picture's bottom.
      expect(label.box.height, label.text).toBeGreaterThan(lines(label).length === 2 ? 30 : 0);
      expect(label.box.y + label.box.height, label.text).toBeLessThanOrEqual(rendered.height);
    }
    const title = rendered.scene.texts.find((text) => text.role === 'axis-title' && text.text === 'Reason given');
    expect(title).toBeDefined();
    for (const label of labels) expect(label.box.y + label.box.height, label.text).toBeLessThanOrEqual(title?.box.y ?? 0);
    expect(rendered.findings.filter((finding) => finding.rule === 'clipped' || finding.rule === 'overlap')).toEqual([]);
  });

  it('grouped and stacked bars wrap their names the same way, below the legend-topped plot', async () => {
    const data = ['Northern highlands region', 'Central coastal plain', 'Southern river delta', 'Eastern mountain valleys', 'Western desert basin', 'Capital metropolitan area'].flatMap((label, index) => [
      { label, series: 'Solar', value: 20 + index },
      { label, series: 'Wind', value: 30 - index },
    ]);
    for (const type of ['grouped-bar', 'stacked-bar'] as const) {
      const spec = chart(data, { type });
      const { labels, rendered } = await drawn(spec);
      expect(labels.every((label) => label.angle === 0), type).toBe(true);
      // Only names wider than their band (less the gap between names) wrap; the others keep one line.
      const band = (size.width - 80) / 6 - 8;
      const wide = labels.filter((label) => measureText(label.text, style) > band).map((label) => label.text);
      expect(wide.length, type).toBeGreaterThan(0);
      expect(labels.filter((label) => lines(label).length === 2).map((label) => label.text), type).toEqual(wide);
      expect(rendered.findings.filter((finding) => finding.rule === 'clipped' || finding.rule === 'overlap'), type).toEqual([]);
    }
  });

  it('must not: short names stay on one line at angle 0, with no label expression', async () => {
    const spec = chart(['North', 'South', 'East', 'West', 'Centre'].map((label, index) => ({ label, value: index + 1 })));
    const { labels } = await drawn(spec);
    expect(labels.map((label) => [label.angle, lines(label).length])).toEqual(Array(5).fill([0, 1]));
    expect(axis(spec).labelExpr).toBeUndefined();
  });

  it('must not: twenty long names (bands too narrow for their words) still turn 45°', async () => {
    const spec = chart(Array.from({ length: 20 }, (_, index) => ({ label: `Regional distribution centre ${index + 1}`, value: index + 1 })));
    const { labels } = await drawn(spec);
    expect(labels).toHaveLength(20);
    expect(labels.every((label) => turned(label) && !Array.isArray(label.item.text))).toBe(true);
  });

  it('must not: one word wider than its band turns every name (none is cut mid-word)', async () => {
    const names = ['Internationalisationprogrammes', 'Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon', 'Zeta', 'Eta', 'Theta', 'Iota', 'Kappa', 'Lambda', 'Mu'];
    const spec = chart(names.map((label, index) => ({ label, value: index + 1 })));
    const { labels } = await drawn(spec);
    expect(labels).toHaveLength(13);
    expect(labels.every(turned)).toBe(true);
    expect(axis(spec).labelExpr).toBeUndefined();
  });

  it('must not: a name needing more than three lines turns every name', () => {
    const spec = chart(['A rather long category name that goes on and on past where three lines end', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight'].map((label, index) => ({ label, value: index + 1 })));
    expect(axis(spec)).toMatchObject({ labelAngle: -45 });
  });
});
