import { describe, expect, it } from 'vitest';
import { parseSpec } from '@/lib/spec/visual';
import { resolveTheme } from '@/lib/render/theme';
import { textOverMark, textsOverlap } from './critic';
import type { ChartSpec } from './schema';
import { renderChartSvg } from './view';

/*
 * A pie or donut of at most six slices names them beside the pie with a short leader (no legend to
 * match colours against) when the names fit clear of each other; more slices, or names that would
 * collide or crowd the pie, keep the legend.
 */

const theme = resolveTheme(undefined);
const size = { width: 1000, height: 520 };
const pie = (type: 'pie' | 'donut', data: [string, number][]) => parseSpec({ kind: 'chart', title: 'Shares', type, data: data.map(([label, value]) => ({ label, value })) }) as ChartSpec;
const budget: [string, number][] = [['Housing', 1600], ['Food & groceries', 600], ['Transport', 400], ['Insurance & health', 370], ['Savings', 340], ['Fun & eating out', 280]];
const drawn = async (spec: ChartSpec) => (await renderChartSvg(spec, theme, size)).scene;

describe('pie slices named beside the pie', () => {
  it.each(['pie', 'donut'] as const)('a %s of six slices: every name beside its slice, clear of the other texts and of every slice; no legend', async (type) => {
    const scene = await drawn(pie(type, budget));
    const names = scene.texts.filter((text) => text.name === 'slice_names_marks');
    expect(names.map((text) => text.text)).toEqual(budget.map(([name]) => name));
    expect(scene.texts.filter((text) => text.role === 'legend-label')).toEqual([]);
    for (const [index, text] of scene.texts.entries()) for (const other of scene.texts.slice(index + 1)) expect(textsOverlap(text, other), `${text.text} × ${other.text}`).toBe(false);
    for (const text of names) for (const mark of scene.marks) expect(textOverMark(text, mark), text.text).toBe(false);
    // Beside the pie: Housing (the first, 44 %, from 12 o'clock clockwise) on the right, the last slices on the left.
    const [housing, ...rest] = names;
    const middle = size.width / 2;
    expect(housing?.box.x).toBeGreaterThan(middle);
    expect(rest.slice(2).every((text) => text.box.x + text.box.width < middle)).toBe(true);
  });

  it('seven slices keep the legend', async () => {
    const scene = await drawn(pie('donut', [...budget, ['Gifts', 90]]));
    expect(scene.texts.filter((text) => text.name === 'slice_names_marks')).toEqual([]);
    expect(scene.texts.filter((text) => text.role === 'legend-label')).toHaveLength(7);
  });

  it('names of thin neighbouring slices that would collide keep the legend', async () => {
    const scene = await drawn(pie('pie', [['Everything else', 960], ['Alpha team', 10], ['Beta team', 10], ['Gamma team', 10], ['Delta team', 10]]));
    expect(scene.texts.filter((text) => text.name === 'slice_names_marks')).toEqual([]);
    expect(scene.texts.filter((text) => text.role === 'legend-label')).toHaveLength(5);
  });
});
