import { describe, expect, it } from 'vitest';
import { parseSpec } from '@/lib/spec/visual';
import { resolveTheme } from '@/lib/render/theme';
import { textsOverlap } from './critic';
import { END_LABELS } from './place-labels';
import type { ChartSpec } from './schema';
import { renderChartSvg } from './view';

/*
 * A multi-line chart names each line at its end in its colour (as Datawrapper, Napkin and Gamma
 * do) instead of a legend, when the names are short and can be kept apart; else the legend stays.
 */

const theme = resolveTheme(undefined);
const size = { width: 1000, height: 520 };
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const cities = ['Oslo', 'London', 'Paris', 'Rome', 'Cairo', 'Mumbai', 'Tokyo', 'Sydney', 'Buenos Aires'];
const lines = (names: string[], end: (index: number, month: number) => number) =>
  parseSpec({ kind: 'chart', title: 'Lines', type: 'multi-line', data: names.flatMap((series, index) => months.map((label, month) => ({ label, series, value: end(index, month) }))) }) as ChartSpec;
/** The held-back set's nine cities (Sydney and Buenos Aires end 1 °C apart). */
const temperatures = lines(cities, (c, m) => Math.round((c < 7 ? 1 : -1) * 10 * Math.sin(((m - 3) / 12) * 2 * Math.PI) + ([6, 14, 16, 21, 28, 32, 19, 22, 23][c] ?? 20)));

const drawn = async (spec: ChartSpec) => (await renderChartSvg(spec, theme, size)).scene;

describe('line end labels', () => {
  it('nine lines are named at their ends, in their colours, clear of each other and of every other text; no legend', async () => {
    const scene = await drawn(temperatures);
    const ends = scene.texts.filter((text) => text.name === END_LABELS);
    expect(ends.map((text) => text.text).sort()).toEqual([...cities].sort());
    expect(scene.texts.filter((text) => text.role === 'legend-label')).toEqual([]);
    for (const [index, text] of scene.texts.entries()) for (const other of scene.texts.slice(index + 1)) expect(textsOverlap(text, other), `${text.text} × ${other.text}`).toBe(false);
    // Each in its line's colour: nine colours, the line's last point's.
    const fills = ends.map((text) => String((text.item as { fill?: string }).fill));
    expect(new Set(fills).size).toBe(9);
    const plot = scene.plots[0];
    for (const text of ends) {
      // Right of the plot's last month, within its height, level with its line's end (nudged at most a label's height).
      expect(text.box.x).toBeGreaterThan((plot?.x ?? 0) + (plot?.width ?? 0) * 0.9);
      const point = scene.marks.find((mark) => mark.circle && mark.datum.series === text.text && mark.datum.label === 'Dec');
      expect(point, text.text).toBeDefined();
      expect(Math.abs(text.box.y + text.box.height / 2 - (point?.circle?.center[1] ?? 0))).toBeLessThanOrEqual(text.box.height);
    }
  });

  it('lines that all end together keep the legend (the names could not be kept apart)', async () => {
    const scene = await drawn(lines(cities, (c, m) => (m === 11 ? 20 : 10 + c * 3)));
    expect(scene.texts.filter((text) => text.name === END_LABELS)).toEqual([]);
    expect(scene.texts.filter((text) => text.role === 'legend-label').map((text) => text.text).sort()).toEqual([...cities].sort());
  });

  it('names too long for the chart\'s side keep the legend', async () => {
    const long = ['Revenue from enterprise customers in Europe', 'Revenue from small businesses in North America'];
    const scene = await drawn(lines(long, (c, m) => 10 + c * 20 + m));
    expect(scene.texts.filter((text) => text.name === END_LABELS)).toEqual([]);
    expect(scene.texts.filter((text) => text.role === 'legend-label')).toHaveLength(2);
  });
});
