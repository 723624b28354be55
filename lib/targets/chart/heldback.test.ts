import { describe, expect, it } from 'vitest';
import { parseSpec } from '@/lib/spec/visual';
import { resolveTheme } from '@/lib/render/theme';
import { heldbackCharts } from '@/lib/testing/heldback/charts';
import { compileCompact } from './compile';
import { clippedTextFindings } from './critic';
import type { Scene, SceneText } from './scene';
import type { ChartSpec, ChartType } from './schema';
import { renderChartSvg } from './view';

/** Defects the held-back set showed by eye (docs/heldback-review.md), each with what the fix guarantees. */
const held = (name: string) => parseSpec(heldbackCharts.find((example) => example.name === `chart-${name}`)?.spec) as ChartSpec;
const theme = resolveTheme(undefined);
const size = { width: 1104, height: 574 };
const compiled = (spec: ChartSpec) => compileCompact(spec as ChartSpec & { type: ChartType }, theme, size);

describe('chart defects of the held-back set', () => {
  it('a line over twelve months or fewer ("2025-01" labels) renders: its month ticks name a real interval', async () => {
    const chart = await renderChartSvg(held('traffic-stacked-area-dark-ocean'), theme, size);
    expect(chart.scene.texts.filter((text) => text.role === 'axis-label').map((text) => text.text)).toContain('Jan 2025');
    expect(JSON.stringify(compiled(held('traffic-stacked-area-dark-ocean')))).toContain('"tickCount":{"interval":"month","step":1}');
  });

  it('a stacked area stacks its series in the order given (the first at the bottom), as its legend lists them', () => {
    const spec = compiled(held('traffic-stacked-area-dark-ocean'));
    const text = JSON.stringify(spec);
    expect(text).toMatch(/"order":\{"field":"__series_index","type":"quantitative"\}/);
    expect(text).toContain('indexof([\\"Organic search\\",\\"Direct\\",\\"Social\\",\\"Email\\",\\"Paid ads\\"]');
  });

  it('a donut labels each slice of 3% or more on that slice, small slices left unlabelled (not restacked)', async () => {
    const { texts, plots } = (await renderChartSvg(held('browser-share-donut-7'), theme, size)).scene;
    const labels = texts.filter((text) => text.name.startsWith('slice_labels') && text.text !== '');
    expect(labels.map((label) => label.text)).toEqual(['65.4%', '18.6%', '5.3%', '3.6%']);
    // "Other" (3.6%) is the last slice, just before 12 o'clock: its label's angle from the top is past 345°.
    const plot = plots[0];
    const other = labels.find((label) => label.text === '3.6%') as SceneText;
    const centre = plot && [plot.x + plot.width / 2, plot.y + plot.height / 2];
    const middle = [other.box.x + other.box.width / 2, other.box.y + other.box.height / 2];
    const angle = centre && ((Math.atan2((middle[0] ?? 0) - (centre[0] ?? 0), (centre[1] ?? 0) - (middle[1] ?? 0)) * 180) / Math.PI + 360) % 360;
    expect(angle).toBeGreaterThan(345);
  });

  it('horizontal bars leave room for their value labels: the longest bar\'s label is inside the picture', async () => {
    const chart = await renderChartSvg(held('survey-long-labels-hbar'), theme, size);
    const label = chart.scene.texts.find((text) => text.text === '54%') as SceneText;
    expect(label.box.x + label.box.width).toBeLessThanOrEqual(chart.width);
    expect(chart.findings.filter((finding) => finding.rule === 'clipped')).toEqual([]);
  });

  it('money of a million or more is written short ("$4.82M", axis "$5M"); smaller money keeps its digits', async () => {
    const texts = (await renderChartSvg(held('q3-sales-by-region'), theme, size)).scene.texts.map((text) => text.text);
    expect(texts).toEqual(expect.arrayContaining(['$4.82M', '$680k', '$5M', '$0']));
    const small = { ...held('q3-sales-by-region'), data: [{ label: 'A', value: 4820 }, { label: 'B', value: 680 }] } as ChartSpec;
    expect((await renderChartSvg(small, theme, size)).scene.texts.map((text) => text.text)).toContain('$4,820');
  });

  it('labels: true writes values on grouped bars and on a combo\'s bars', async () => {
    const grouped = (await renderChartSvg(held('phone-plans-grouped'), theme, size)).scene.texts.filter((text) => text.name === 'value_labels_marks');
    expect(grouped.map((text) => text.text).sort()).toEqual(['100', '25', '45', '5', '50', '70']);
    const combo = await renderChartSvg(held('revenue-margin-combo'), theme, size);
    expect(combo.scene.texts.filter((text) => text.name.startsWith('bar_labels')).map((text) => text.text)).toContain('31');
    expect(combo.findings).toEqual([]);
  });
});

describe('chart axes of the held-back set', () => {
  it('a run of 26 years keeps its labels level, every other one left out, instead of 26 labels turned 45°', async () => {
    const labels = (await renderChartSvg(held('savings-area-percent-sketch'), theme, size)).scene.texts.filter((text) => text.role === 'axis-label' && /^\d{4}$/.test(text.text));
    expect(labels.every((label) => label.angle === 0)).toBe(true);
    expect(labels.map((label) => label.text)).toEqual(expect.arrayContaining(['2000', '2002', '2024']));
    expect(labels.length).toBeLessThanOrEqual(13);
  });

  it('bubbles of values that start near zero (GDP per capita) get no axis below zero', async () => {
    const ticks = (await renderChartSvg(held('gdp-life-bubble'), theme, size)).scene.texts.filter((text) => text.role === 'axis-label').map((text) => text.text);
    expect(ticks).toContain('0');
    expect(ticks.some((tick) => tick.startsWith('−') || tick.startsWith('-'))).toBe(false);
  });
});

describe('clipped (chart text past the picture\'s edge)', () => {
  const text = (x: number, width: number): SceneText => ({ text: '54%', box: { x, y: 10, width, height: 14 }, corners: [], size: 14, angle: 0, role: 'mark', name: 'value_labels_marks', datum: {}, item: {}, origin: [0, 0] }) as unknown as SceneText;
  const locate = { path: () => ['labels'], describe: () => 'value label' };
  const scene = (texts: SceneText[]) => ({ texts, marks: [], plots: [] }) as unknown as Scene;

  it('must trigger: a label running 4 px past the right edge', () => {
    const findings = clippedTextFindings(scene([text(1076, 32)]), size, locate);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'clipped', severity: 'error', path: ['labels'] });
  });

  it('must not trigger: a label ending at the edge, or an empty one', () => {
    expect(clippedTextFindings(scene([text(1072, 32), { ...text(2000, 10), text: '' }]), size, locate)).toEqual([]);
  });
});
