import { describe, expect, it } from 'vitest';
import { MAX_CHART_ROWS, MAX_CHART_VIEWS } from '@/lib/limits';
import { parseSpec } from '@/lib/spec/visual';
import { heavySpec } from '@/lib/testing/heavy-spec';
import { thrownGlimpseError } from '@/lib/testing/errors';
import { render } from '@/lib/render/render';
import { facetCells, sequenceRows, viewCount } from './budgets';

const scatter = { mark: 'point', encoding: { x: { field: 'a', type: 'quantitative' } } };
const fields = (count: number) => Array.from({ length: count }, (_, index) => `f${index}`);
const chart = (vegaLite: unknown) => ({ kind: 'chart', title: 'Budget', vegaLite: { data: { values: [{ a: 1 }] }, ...(vegaLite as object) } });

describe('Vega-Lite work budgets', () => {
  it('counts views through repeat, concat and layer', () => {
    expect(viewCount(scatter)).toBe(1);
    expect(viewCount({ repeat: { row: fields(3), column: fields(4) }, spec: scatter })).toBe(12);
    expect(viewCount({ repeat: fields(5), spec: { layer: [scatter, scatter] } })).toBe(10);
    expect(viewCount({ hconcat: [scatter, { vconcat: [scatter, scatter] }] })).toBe(3);
    expect(viewCount({ repeat: { row: fields(2), column: fields(2), layer: fields(2) }, spec: scatter })).toBe(8);
  });

  it('counts sequence rows, and a step that never arrives as endless', () => {
    expect(sequenceRows({ data: { sequence: { start: 0, stop: 10 } } })).toBe(10);
    expect(sequenceRows({ data: { sequence: { start: 0, stop: 10, step: 3 } } })).toBe(4);
    expect(sequenceRows({ data: { sequence: { start: 10, stop: 0, step: 1 } } })).toBe(0);
    expect(sequenceRows({ data: { sequence: { start: 0, stop: 10, step: 0 } } })).toBe(Number.POSITIVE_INFINITY);
    expect(sequenceRows({ data: { sequence: { start: 0, stop: 'x' } } })).toBe(Number.POSITIVE_INFINITY);
  });

  it(`MAX_CHART_VIEWS (${MAX_CHART_VIEWS}): an 8 × 8 repeat is accepted, one more column is 413 naming vegaLite`, () => {
    expect(() => parseSpec(chart({ repeat: { row: fields(8), column: fields(8) }, spec: scatter }))).not.toThrow();
    const error = thrownGlimpseError(() => parseSpec(chart({ repeat: { row: fields(8), column: fields(9) }, spec: scatter })));
    expect(error.code).toBe('too_large');
    expect(error.issues[0]).toMatchObject({ path: ['vegaLite'], message: expect.stringContaining('MAX_CHART_VIEWS') });
    // The finding: 30 × 30 (900 views, 834 bytes) drew for 17 s; now refused before any work.
    expect(thrownGlimpseError(() => parseSpec(chart({ repeat: { row: fields(30), column: fields(30) }, spec: scatter }))).code).toBe('too_large');
  });

  it(`MAX_CHART_ROWS (${MAX_CHART_ROWS}) holds for sequence generators too`, () => {
    const sequence = (stop: number) => ({ kind: 'chart', title: 'Seq', vegaLite: { data: { sequence: { start: 0, stop, as: 'i' } }, mark: 'point', encoding: { x: { field: 'i', type: 'quantitative' } } } });
    expect(() => parseSpec(sequence(MAX_CHART_ROWS))).not.toThrow();
    const error = thrownGlimpseError(() => parseSpec(sequence(MAX_CHART_ROWS + 1)));
    expect(error).toMatchObject({ code: 'too_large', issues: [{ path: ['vegaLite'], message: expect.stringContaining('MAX_CHART_ROWS') }] });
    expect(thrownGlimpseError(() => parseSpec(sequence(200_000))).code).toBe('too_large');
  });

  it('counts facet cells from the inline rows: a facet by a unique field is refused before drawing', () => {
    const rows = (count: number) => Array.from({ length: count }, (_, index) => ({ id: `r${index}`, group: index % 4, a: index }));
    const facetBy = (field: string, count: number) => ({ kind: 'chart', title: 'Facet', vegaLite: { data: { values: rows(count) }, facet: { field }, spec: scatter } });
    expect(facetCells(facetBy('group', 100).vegaLite)).toBe(4);
    expect(() => parseSpec(facetBy('group', 100))).not.toThrow();
    expect(() => parseSpec(facetBy('id', MAX_CHART_VIEWS))).not.toThrow();
    const error = thrownGlimpseError(() => parseSpec(facetBy('id', MAX_CHART_VIEWS + 1)));
    expect(error).toMatchObject({ code: 'too_large', issues: [{ path: ['vegaLite'], message: expect.stringContaining('MAX_CHART_VIEWS') }] });
    const encoded = { kind: 'chart', title: 'Rows', vegaLite: { data: { values: rows(500) }, mark: 'point', encoding: { x: { field: 'a', type: 'quantitative' }, row: { field: 'id' } } } };
    expect(thrownGlimpseError(() => parseSpec(encoded)).code).toBe('too_large');
  });

  it('a facet over a field a transform makes is counted as it is laid out, before drawing: 413', async () => {
    const spec = parseSpec({ kind: 'chart', title: 'Computed facet', vegaLite: { data: { sequence: { start: 0, stop: MAX_CHART_VIEWS + 1, as: 'i' } }, transform: [{ calculate: "'cell ' + datum.i", as: 'cell' }], facet: { field: 'cell' }, spec: { mark: 'point', encoding: { x: { field: 'i', type: 'quantitative' } } } } });
    const error = await render(spec, { format: 'svg', scale: 1 }).then(() => undefined, (thrown: unknown) => thrown);
    expect(error).toMatchObject({ code: 'too_large', issues: [{ path: ['vegaLite'] }] });
    const within = parseSpec({ kind: 'chart', title: 'Computed facet', vegaLite: { data: { sequence: { start: 0, stop: 6, as: 'i' } }, transform: [{ calculate: "'cell ' + datum.i", as: 'cell' }], facet: { field: 'cell' }, spec: { mark: 'point', encoding: { x: { field: 'i', type: 'quantitative' } } } } });
    expect((await render(within, { format: 'svg', scale: 1 })).width).toBeGreaterThan(0);
  });

  it('the tests\' heavy spec is inside every budget', () => {
    expect(() => parseSpec(heavySpec())).not.toThrow();
  });
});
