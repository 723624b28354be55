import { describe, expect, it } from 'vitest';
import { renderSvg } from '@/lib/render/satori';
import { parseSpec } from '@/lib/spec/visual';
import { circleOverlap, polygonOverlap, polylineCrosses, rectCorners } from './geometry';

/** The findings a chart render reports (as `?format=json` and `/api/lint` return them). */
const findings = async (input: unknown) => (await renderSvg(parseSpec(input), 0)).findings;
const summary = async (input: unknown) => (await findings(input)).map((finding) => [finding.rule, finding.severity, finding.path]);

const rows = [
  { city: 'Taipei', rain: 2405 },
  { city: 'Keelung', rain: 3700 },
];
const position = { x: { field: 'city', type: 'nominal' }, y: { field: 'rain', type: 'quantitative' } };
/** A full-form chart with one text layer: where it sits decides what it collides with. */
const withText = (layer: Record<string, unknown>) => ({
  kind: 'chart',
  title: 'Rain',
  vegaLite: {
    data: { values: rows },
    layer: [{ mark: 'bar', encoding: position }, { ...layer, encoding: { ...position, ...(layer.encoding as object) } }],
  },
});

describe('the overlap rule (the chart critic reads the Vega scenegraph)', () => {
  it('text over text is an error at the layer that drew it, boxed on the canvas', async () => {
    const label = (text: string, mark: Record<string, unknown>) => ({ data: { values: [{}] }, mark: { type: 'text', fontSize: 20, ...mark }, encoding: { text: { value: text }, x: { datum: 'Taipei', type: 'nominal' }, y: { datum: 3000, type: 'quantitative' } } });
    const spec = withText(label('A label far too long to share a row', { align: 'left', dx: -60 }));
    const result = await findings({ ...spec, vegaLite: { ...spec.vegaLite, layer: [...spec.vegaLite.layer, label('Another label', {})] } });
    const errors = result.filter((finding) => finding.rule === 'overlap' && finding.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ path: ['vegaLite', 'layer', 2], message: expect.stringMatching(/"Another label" is drawn over the text "A label far too long/) });
    const box = errors[0]?.box;
    // On the 1200 px canvas, below the title, inside the chart.
    expect(box && box.x > 48 && box.x + box.width < 1152 && box.y > 100 && box.width > 100 && box.height >= 20).toBe(true);
  });

  it('text over a bar is a warning; text above it, with a gap, is nothing', async () => {
    const over = await summary(withText({ mark: { type: 'text', fontSize: 16, baseline: 'top', dy: 4 }, encoding: { text: { value: 'Inside the bar' } } }));
    expect(over).toContainEqual(['overlap', 'warning', ['vegaLite', 'layer', 1]]);
    const above = await summary(withText({ mark: { type: 'text', fontSize: 16, baseline: 'bottom', dy: -8 }, encoding: { text: { field: 'rain' } } }));
    expect(above.filter(([rule]) => rule === 'overlap')).toEqual([]);
  });

  it('text-too-small: ticks below 10 px and other chart text below 12 px are errors with their path; the defaults are not', async () => {
    const small = { ...withText({ mark: { type: 'text', fontSize: 11, baseline: 'bottom', dy: -8 }, encoding: { text: { field: 'rain' } } }) };
    const hit = await summary({ ...small, vegaLite: { ...small.vegaLite, config: { axis: { labelFontSize: 9 } } } });
    expect(hit).toContainEqual(['text-too-small', 'error', ['vegaLite', 'encoding']]);
    expect(hit).toContainEqual(['text-too-small', 'error', ['vegaLite', 'layer', 1]]);
    const ticksAt10 = await summary({ ...small, vegaLite: { ...small.vegaLite, layer: [small.vegaLite.layer[0]], config: { axis: { labelFontSize: 10 } } } });
    expect(ticksAt10.filter(([rule]) => rule === 'text-too-small')).toEqual([]);
    const compact = await summary({ kind: 'chart', title: 'T', type: 'bar', data: [{ label: 'a', value: 1 }] });
    expect(compact.filter(([rule]) => rule === 'text-too-small')).toEqual([]);
  });

  it('geometry: rotated boxes, circles and lines', () => {
    const square = rectCorners({ x: 0, y: 0, width: 10, height: 10 });
    const diamond: [number, number][] = [
      [15, 5],
      [20, 0],
      [25, 5],
      [20, 10],
    ];
    expect(polygonOverlap(square, diamond)).toBeLessThanOrEqual(0);
    expect(polygonOverlap(square, rectCorners({ x: 9, y: 9, width: 5, height: 5 }))).toBeCloseTo(1);
    expect(circleOverlap(square, [14, 5], 3)).toBeLessThan(0);
    expect(circleOverlap(square, [12, 5], 3)).toBeCloseTo(1);
    expect(polylineCrosses(square, [[-5, 5], [15, 5]])).toBe(true);
    expect(polylineCrosses(square, [[-5, 15], [15, 15]])).toBe(false);
  });
});
