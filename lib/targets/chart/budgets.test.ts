import { describe, expect, it } from 'vitest';
import { MAX_CHART_ROWS, MAX_CHART_VIEWS } from '@/lib/limits';
import { parseSpec } from '@/lib/spec/visual';
import { heavySpec } from '@/lib/testing/heavy-spec';
import { thrownGlimpseError } from '@/lib/testing/errors';
import { sequenceRows, viewCount } from './budgets';

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

  it('the tests\' heavy spec is inside every budget', () => {
    expect(() => parseSpec(heavySpec())).not.toThrow();
  });
});
