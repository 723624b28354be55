import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import * as vega from 'vega';
import * as vegaLite from 'vega-lite';
import { GlimpseError } from '@/lib/errors';
import { MAX_CHART_ROWS, MAX_FIELD_NAME_CHARS, MIN_CHART_HEIGHT } from '@/lib/limits';
import { rasterize } from '@/lib/render/rasterize';
import { render } from '@/lib/render/render';
import { resolveTheme } from '@/lib/render/theme';
import { parseSpec } from '@/lib/spec/visual';
import { embeddedSvgs, inkPixels, vegaDataItems } from '@/lib/testing/drawing';
import { itEnforcesEdges, type Edge } from '@/lib/testing/edges';
import { rejectedGlimpseError, thrownGlimpseError } from '@/lib/testing/errors';
import { vegaLiteCorpus } from '@/lib/testing/vega-lite-corpus';
import { compileCompact } from './compile';
import { compactExamples } from './examples';
import type { ChartSpec, ChartType } from './schema';

const bar = { kind: 'chart', title: 'T', type: 'bar', data: [{ label: 'a', value: 1 }] };
const rows = (count: number) => Array.from({ length: count }, (_, index) => ({ label: `r${index}`, value: index }));

const parseError = (input: unknown) => thrownGlimpseError(() => parseSpec(input));

describe('chart schema', () => {
  it.each([
    ['compact rows', bar],
    ['compact columns', { kind: 'chart', title: 'T', type: 'line', columns: { label: ['a', 'b'], value: [1, 2] } }],
    [`exactly MAX_CHART_ROWS (${MAX_CHART_ROWS}) rows`, { ...bar, data: rows(MAX_CHART_ROWS) }],
    ['vegaLite form', { kind: 'chart', title: 'T', vegaLite: { mark: 'bar', data: { values: [{ a: 1 }] } } }],
    ['null cells', { ...bar, data: [{ label: 'a', value: null }] }],
  ])('accepts %s', (_name, input) => {
    expect(() => parseSpec(input)).not.toThrow();
  });

  it.each([
    ['no type', { kind: 'chart', title: 'T', data: [{ label: 'a', value: 1 }] }, 'invalid_spec', ['type']],
    ['no data', { kind: 'chart', title: 'T', type: 'bar' }, 'invalid_spec', ['data']],
    ['both forms', { ...bar, vegaLite: { mark: 'bar' } }, 'invalid_spec', ['vegaLite']],
    ['unknown type', { ...bar, type: 'radar' }, 'invalid_spec', ['type']],
    ['no numeric field for the values', { ...bar, data: [{ label: 'a', note: 'b' }] }, 'invalid_spec', ['y']],
    ['text where a number belongs', { ...bar, data: [{ label: 'a', value: '12%' }] }, 'invalid_spec', ['data', 0, 'value']],
    ['negative pie slice', { ...bar, type: 'pie', data: [{ label: 'a', value: 3 }, { label: 'b', value: -1 }] }, 'invalid_spec', ['data', 1, 'value']],
    [`MAX_CHART_ROWS + 1 rows`, { ...bar, data: rows(MAX_CHART_ROWS + 1) }, 'too_large', ['data']],
    ['too many Vega-Lite values', { kind: 'chart', title: 'T', vegaLite: { mark: 'bar', data: { values: rows(MAX_CHART_ROWS + 1) } } }, 'too_large', ['vegaLite', 'data', 'values']],
    ['a data URL', { kind: 'chart', title: 'T', vegaLite: { mark: 'bar', data: { url: 'https://example.com/cars.json' } } }, 'invalid_spec', ['vegaLite', 'data', 'url']],
    ['a file URL in a lookup', { kind: 'chart', title: 'T', vegaLite: { mark: 'bar', transform: [{ lookup: 'a', from: { data: { url: 'file:///etc/passwd' }, key: 'a' } }] } }, 'invalid_spec', ['vegaLite', 'transform', 0, 'from', 'data', 'url']],
    ['bad currency', { ...bar, format: { style: 'currency', currency: 'dollars' } }, 'invalid_spec', ['format', 'currency']],
  ])('rejects %s', (_name, input, code, path) => {
    const error = parseError(input);
    expect(error.code).toBe(code);
    expect(error.issues.map((issue) => issue.path)).toContainEqual(path);
  });
});

/** A row with `count` fields: label, value and numbered extras. */
const wideRow = (count: number) => ({ label: 'a', value: 1, ...Object.fromEntries(Array.from({ length: count - 2 }, (_, index) => [`extra${index}`, index])) });

const chartEdges: Edge[] = [
  { limit: 'MAX_CHART_ROWS', what: 'rows of data', build: (count) => ({ ...bar, data: rows(count) }), path: ['data'], code: 'too_large' },
  { limit: 'MAX_CHART_ROWS', what: 'rows in columns', build: (count) => ({ kind: 'chart', title: 'T', type: 'bar', columns: { label: rows(count).map((row) => row.label), value: rows(count).map((row) => row.value) } }), path: ['columns'], code: 'too_large' },
  { limit: 'MAX_CHART_ROWS', what: 'inline Vega-Lite values', build: (count) => ({ kind: 'chart', title: 'T', vegaLite: { mark: 'bar', data: { values: rows(count) } } }), path: ['vegaLite', 'data', 'values'], code: 'too_large' },
  { limit: 'MAX_CHART_FIELDS', what: 'fields in a data row', build: (count) => ({ ...bar, data: [{ label: 'b', value: 2 }, wideRow(count)] }), path: ['data', 1] },
  { limit: 'MAX_CHART_FIELDS', what: 'columns', build: (count) => ({ kind: 'chart', title: 'T', type: 'bar', columns: Object.fromEntries(Object.entries(wideRow(count)).map(([name, value]) => [name, [value]])) }), path: ['columns'] },
  { limit: 'MAX_FIELD_NAME_CHARS', what: 'characters of the x field option', build: (length) => ({ ...bar, x: 'f'.repeat(length), data: [{ ['f'.repeat(Math.min(length, MAX_FIELD_NAME_CHARS))]: 'a', value: 1 }] }), path: ['x'] },
  { limit: 'MAX_ANNOTATIONS', what: 'annotations', build: (count) => ({ ...bar, annotations: Array.from({ length: count }, (_, index) => ({ type: 'rule', value: index })) }), path: ['annotations'] },
  { limit: 'MAX_CHART_COLORS', what: 'series colours', build: (count) => ({ ...bar, colors: Array.from({ length: count }, () => '#123456') }), path: ['colors'] },
  { limit: 'MIN_HISTOGRAM_BINS', what: 'histogram bins', build: (bins) => ({ ...bar, type: 'histogram', bins }), path: ['bins'] },
  { limit: 'MAX_HISTOGRAM_BINS', what: 'histogram bins', build: (bins) => ({ ...bar, type: 'histogram', bins }), path: ['bins'] },
  { limit: 'MAX_FORMAT_DECIMALS', what: 'decimals', build: (decimals) => ({ ...bar, format: { decimals } }), path: ['format', 'decimals'] },
  { limit: 'MAX_LABEL_CHARS', what: 'characters of a text cell', build: (length) => ({ ...bar, data: [{ label: 'c'.repeat(length), value: 1 }] }), path: ['data', 0, 'label'] },
  { limit: 'MAX_TEXT_CHARS', what: 'characters of source', build: (length) => ({ ...bar, source: 's'.repeat(length) }), path: ['source'] },
];

describe('chart limits at their edges', () => {
  itEnforcesEdges(chartEdges, parseSpec);

  it(`MAX_FIELD_NAME_CHARS (${MAX_FIELD_NAME_CHARS}): a data field name that long is accepted; one character more is refused at that key`, () => {
    const name = (length: number) => 'v'.repeat(length);
    const named = (length: number) => ({ ...bar, y: name(length), data: [{ label: 'a', [name(length)]: 1 }] });
    expect(() => parseSpec(named(MAX_FIELD_NAME_CHARS))).not.toThrow();
    const error = parseError(named(MAX_FIELD_NAME_CHARS + 1));
    expect(error.code).toBe('invalid_spec');
    const issue = error.issues.find((candidate) => JSON.stringify(candidate.path) === JSON.stringify(['data', 0, name(MAX_FIELD_NAME_CHARS + 1)]));
    expect(issue?.message).toMatch(new RegExp(`^invalid key: .*<=${MAX_FIELD_NAME_CHARS} characters`));
  });

  it(`MIN_CHART_HEIGHT (${MIN_CHART_HEIGHT}px): a fixed height leaving exactly that for the plot renders; 1px less is a 422 at height`, async () => {
    const sized = (height: number) => parseSpec({ ...bar, width: 800, height });
    // At the smallest height the error says how much room the title and footer left; that fixes the edge.
    const probe = await rejectedGlimpseError(render(sized(200), { format: 'png', scale: 1 }));
    const left = Number(/leaves (\d+)px/.exec(probe.message)?.[1]);
    expect(left).toBeLessThan(MIN_CHART_HEIGHT);
    const edge = 200 + (MIN_CHART_HEIGHT - left);
    const atLimit = await render(sized(edge), { format: 'png', scale: 1 });
    expect([atLimit.width, atLimit.height]).toEqual([800, edge]);
    const past = await rejectedGlimpseError(render(sized(edge - 1), { format: 'png', scale: 1 }));
    expect(past.code).toBe('content_overflow');
    expect(past.issues[0]?.path).toEqual(['height']);
    expect(past.message).toContain(`leaves ${MIN_CHART_HEIGHT - 1}px`);
  });
});

/** Runs a compiled compact chart through Vega and returns a dataset and the scales, to check facts not pixels. */
async function vegaView(input: unknown) {
  const spec = parseSpec(input) as ChartSpec & { type: ChartType };
  const compiled = vegaLite.compile(compileCompact(spec, resolveTheme(undefined), { width: 800, height: 400 }) as never).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  await view.runAsync();
  return view;
}

describe('chart correctness', () => {
  it('value axes use nice round ticks and include zero for bars, negatives included', async () => {
    const view = await vegaView({ ...bar, data: [{ label: 'a', value: 37 }, { label: 'b', value: -12 }, { label: 'c', value: 83 }] });
    const ticks = (view.scale('y') as { ticks: (count: number) => number[] }).ticks(6);
    expect(ticks).toContain(0);
    expect(ticks.some((tick) => tick < 0)).toBe(true);
    for (const tick of ticks) expect(Math.abs(tick % 10)).toBe(0);
    const [low, high] = (view.scale('y') as { domain: () => number[] }).domain();
    expect(low).toBeLessThanOrEqual(-12);
    expect(high).toBeGreaterThanOrEqual(83);
  });

  it('pie slices are shares of the total and sum to 100%', async () => {
    const view = await vegaView({ ...bar, type: 'pie', data: [{ label: 'a', value: 1 }, { label: 'b', value: 2 }, { label: 'c', value: 7 }] });
    const dataset = view.data('data_0') as { __share: number; __glimpse_label: string }[];
    const shares = dataset.map((row) => row.__share);
    expect(shares.reduce((sum, share) => sum + share, 0)).toBeCloseTo(1, 10);
    expect(dataset.map((row) => row.__glimpse_label)).toEqual(['10%', '20%', '70%']);
  });

  it.each(['line', 'area'] as const)('a %s chart with a series field draws one line per series, each in its own colour', async (type) => {
    const data = ['Jan', 'Feb', 'Mar', 'Apr'].flatMap((label, index) => [
      { label, series: 'North', value: 10 + index },
      { label, series: 'South', value: 40 - index * 3 },
      { label, series: 'West', value: 25 },
    ]);
    const view = await vegaView({ ...bar, type, data });
    // A line (or area) mark is one path through its items: one mark a series, not one zig-zag through all twelve rows.
    const paths: { stroke?: string; fill?: string }[][] = [];
    const walk = (node: { marktype?: string; items?: unknown[] }) => {
      if (node.marktype === type) paths.push((node.items ?? []) as { stroke?: string; fill?: string }[]);
      for (const child of (node.items ?? []) as { marktype?: string; items?: unknown[] }[]) walk(child);
    };
    walk((view.scenegraph() as unknown as { root: { items: unknown[] } }).root);
    expect(paths.map((items) => items.length)).toEqual([4, 4, 4]);
    expect(new Set(paths.map(([first]) => first?.stroke ?? first?.fill)).size).toBe(3);
  });

  it('long category labels rotate instead of colliding', () => {
    const spec = parseSpec({ ...bar, data: rows(12).map((row) => ({ ...row, label: `A rather long category name ${row.label}` })) }) as ChartSpec & { type: ChartType };
    const compiled = JSON.stringify(compileCompact(spec, resolveTheme(undefined), { width: 800, height: 400 }));
    expect(compiled).toContain('"labelAngle":-45');
  });

  it('category labels that fit their band stay horizontal, all of them drawn', () => {
    const spec = parseSpec({ ...bar, data: rows(12).map((row, index) => ({ ...row, label: `Cat ${index}` })) }) as ChartSpec & { type: ChartType };
    const compiled = JSON.stringify(compileCompact(spec, resolveTheme(undefined), { width: 800, height: 400 }));
    expect(compiled).toContain('"labelAngle":0,"labelAlign":"center"');
    expect(compiled).toContain('"labelOverlap":false');
  });
});

describe('Vega-Lite corpus (from the documentation examples)', () => {
  it.each(Object.entries(vegaLiteCorpus))('%s draws its data marks under the header, in the SVG and the PNG', async (name, vegaLiteSpec) => {
    const result = await render(parseSpec({ kind: 'chart', title: `Vega-Lite: ${name}`, vegaLite: vegaLiteSpec }), { format: 'svg', scale: 1 });
    const svg = result.body.toString('utf8');
    const [chart, ...others] = embeddedSvgs(svg);
    expect(others, 'one chart image').toHaveLength(0);
    if (!chart) throw new Error('no chart image under the header');
    expect(vegaDataItems(chart.svg).length, 'data items Vega drew').toBeGreaterThan(0);
    const png = await rasterize(svg, { format: 'png', scale: 1 });
    expect((await sharp(png).metadata()).width).toBe(1200);
    // The sparsest spec (text-table: four letters) inks ~210 pixels of its plot area.
    expect(await inkPixels(png, chart), 'pixels drawn in the plot area').toBeGreaterThan(100);
  });

  it('malformed Vega-Lite is a 400 carrying the Vega-Lite message', async () => {
    const spec = parseSpec({ kind: 'chart', title: 'T', vegaLite: { mark: 'bar', data: { values: [{ a: 1 }] }, encoding: { x: { field: 'a', type: 'wrong' } } } });
    const error = await render(spec, { format: 'png', scale: 1 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GlimpseError);
    expect((error as GlimpseError).code).toBe('invalid_spec');
    expect((error as GlimpseError).message).toMatch(/^vegaLite: Invalid field type/);
  });

  it('Vega expressions cannot reach JavaScript', async () => {
    const spec = parseSpec({
      kind: 'chart',
      title: 'T',
      vegaLite: { mark: 'bar', data: { values: [{ a: 1 }] }, transform: [{ calculate: "constructor.constructor('return process')()", as: 'b' }], encoding: { x: { field: 'b', type: 'quantitative' } } },
    });
    const error = await render(spec, { format: 'svg', scale: 1 }).catch((caught: unknown) => caught);
    expect((error as GlimpseError).code).toBe('invalid_spec');
  });
});

describe('data URLs', () => {
  let server: Server;
  let port = 0;
  beforeAll(async () => {
    server = createServer((_request, response) => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify([{ a: 'x', b: 3 }, { a: 'y', b: 5 }]));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('load from an allowlisted host (GLIMPSE_CHART_DATA_HOSTS=127.0.0.1 in the test env)', async () => {
    const spec = parseSpec({ kind: 'chart', title: 'T', vegaLite: { data: { url: `http://127.0.0.1:${port}/data.json` }, mark: 'bar', encoding: { x: { field: 'a', type: 'nominal' }, y: { field: 'b', type: 'quantitative' } } } });
    const result = await render(spec, { format: 'svg', scale: 1 });
    expect(result.width).toBe(1200);
    const [chart] = embeddedSvgs(result.body.toString('utf8'));
    // One bar per row the server sent, labelled with that row's values.
    expect(vegaDataItems(chart?.svg ?? '')).toEqual(['a: x; b: 3', 'a: y; b: 5']);
  });

  it('are refused for any other host, even the same server by another name', () => {
    const error = parseError({ kind: 'chart', title: 'T', vegaLite: { data: { url: `http://localhost:${port}/data.json` }, mark: 'bar' } });
    expect(error.issues[0]?.path).toEqual(['vegaLite', 'data', 'url']);
  });
});

describe('csv and alt text', () => {
  it('csv is the chart data with a header row', async () => {
    const result = await render(parseSpec(compactExamples.bar), { format: 'csv', scale: 1 });
    const text = result.body.toString('utf8').replace(/^\uFEFF/, '');
    expect(text.split('\r\n').slice(0, 3)).toEqual(['label,value', 'Keelung,3700', 'Taipei,2405']);
    expect(result.contentType).toBe('text/csv; charset=utf-8');
  });

  it('csv of an infographic is unsupported_format (406)', async () => {
    const spec = parseSpec({ kind: 'infographic', title: 'x', sections: [{ type: 'text', text: 'y' }] });
    const error = await render(spec, { format: 'csv', scale: 1 }).catch((caught: unknown) => caught);
    expect((error as GlimpseError).code).toBe('unsupported_format');
  });

  it('alt text names the type, axes and data', async () => {
    const result = await render(parseSpec(compactExamples.bar), { format: 'svg', scale: 1 });
    expect(result.alt).toBe(
      'Annual rainfall by city. Bar chart of label versus Millimetres. Keelung: 3,700; Taipei: 2,405; Taichung: 1,773; Tainan: 1,740; Kaohsiung: 1,885. Source: Central Weather Administration, 1991–2020 normals.',
    );
  });

  it('alt text summarises large data: min, max and trend', () => {
    const alt = parseSpec({ ...bar, type: 'line', data: rows(50) });
    return render(alt, { format: 'svg', scale: 1 }).then((result) => {
      expect(result.alt).toMatch(/50 rows; minimum 0 \(r0\), maximum 49 \(r49\); overall rising from 0 to 49\./);
    });
  });
});
