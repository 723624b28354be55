import { extendSeries } from '@/lib/render/series-colors';
import { colord } from 'colord';
import type { Theme } from '@/lib/render/theme';
import { tint } from '@/lib/render/theme';
import { chartFields, chartRows, type ChartFields } from './fields';
import { formatExpression } from './number-format';
import type { ChartRow, ChartSpec, ChartType } from './schema';

/** A Vega-Lite spec as plain JSON (we build it; vega-lite validates it when compiling). */
export type VegaLiteSpec = Record<string, unknown>;

export interface ChartSize {
  width: number;
  height: number;
}

const LABEL = '__glimpse_label';
const field = (name: string) => `datum[${JSON.stringify(name)}]`;

interface Build {
  spec: ChartSpec & { type: ChartType };
  rows: ChartRow[];
  fields: ChartFields;
  theme: Theme;
  size: ChartSize;
  colors: string[];
}

/** Compact chart → one Vega-Lite spec (the one chart engine). */
export function compileCompact(spec: ChartSpec & { type: ChartType }, theme: Theme, size: ChartSize): VegaLiteSpec {
  const rows = chartRows(spec);
  const build: Build = { spec, rows, fields: chartFields(spec, rows), theme, size, colors: spec.colors ? extendSeries(spec.colors, theme.background) : theme.accents };
  const body = compileBody(build);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: size.width,
    height: size.height,
    autosize: { type: 'fit', contains: 'padding' },
    data: { values: rows },
    ...body,
  };
}

function compileBody(build: Build): VegaLiteSpec {
  switch (build.spec.type) {
    case 'bar':
    case 'horizontal-bar':
      return withAnnotations(build, barChart(build));
    case 'grouped-bar':
    case 'stacked-bar':
      return withAnnotations(build, seriesBarChart(build));
    case 'line':
    case 'multi-line':
    case 'area':
    case 'stacked-area':
      return withAnnotations(build, lineChart(build));
    case 'pie':
    case 'donut':
      return pieChart(build);
    case 'scatter':
    case 'bubble':
      return withAnnotations(build, scatterChart(build));
    case 'histogram':
      return withAnnotations(build, histogram(build));
    case 'heatmap':
      return heatmap(build);
    case 'combo':
      return comboChart(build);
    default: {
      const unreachable: never = build.spec.type;
      return unreachable;
    }
  }
}

const labelCalc = (build: Build, valueField: string) => ({ calculate: formatExpression(field(valueField), build.spec.format), as: LABEL });
const valueAxis = (build: Build, title: string | undefined) => ({ title: title ?? null, labelExpr: formatExpression('datum.value', build.spec.format) });

function categorySort(build: Build, valueChannel: 'x' | 'y'): unknown {
  switch (build.spec.sort) {
    case 'ascending':
      return valueChannel;
    case 'descending':
      return `-${valueChannel}`;
    case 'label':
      return 'ascending';
    case 'none':
      return null;
    default: {
      const unreachable: never = build.spec.sort;
      return unreachable;
    }
  }
}

/** Categories whose labels would collide at 0° are rotated and truncated with an ellipsis. */
function categoryAxis(build: Build, title: string | undefined, horizontal: boolean): Record<string, unknown> {
  const labels = [...new Set(build.rows.map((row) => String(row[build.fields.x] ?? '')))];
  if (horizontal) return { title: title ?? null, labelLimit: Math.round(build.size.width * 0.28) };
  const longest = Math.max(0, ...labels.map((label) => [...label].reduce((sum, char) => sum + ((char.codePointAt(0) ?? 0) > 0x2e80 ? 13 : 7.2), 0)));
  const band = build.size.width / Math.max(1, labels.length);
  const rotate = longest > band - 8;
  return { title: title ?? null, labelAngle: rotate ? -40 : 0, labelLimit: rotate ? 150 : Math.max(40, band - 6), labelAlign: rotate ? 'right' : 'center' };
}

function highlightTest(build: Build): string | undefined {
  const highlight = build.spec.annotations?.find((annotation) => annotation.type === 'highlight');
  return highlight?.type === 'highlight' ? `${field(build.fields.x)} === ${JSON.stringify(highlight.x)}` : undefined;
}

function barChart(build: Build): VegaLiteSpec {
  const horizontal = build.spec.type === 'horizontal-bar';
  const { x, y } = build.fields;
  const valueChannel = horizontal ? 'x' : 'y';
  const category = { field: x, type: 'nominal', sort: categorySort(build, valueChannel), axis: categoryAxis(build, build.spec.xTitle, horizontal) };
  const value = { field: y, type: 'quantitative', axis: valueAxis(build, build.spec.yTitle) };
  const test = highlightTest(build);
  const color = test ? { condition: { test, value: build.colors[0] }, value: tint(build.theme, build.theme.textMuted, 0.35) } : { value: build.colors[0] };
  const showLabels = build.spec.labels ?? build.rows.length <= 24;
  const labelOffset = `${field(y)} < 0 ? ${horizontal ? -6 : 14} : ${horizontal ? 6 : -6}`;
  return {
    transform: [labelCalc(build, y)],
    encoding: horizontal ? { y: category, x: value } : { x: category, y: value },
    layer: [
      { mark: { type: 'bar', cornerRadiusEnd: 4, ...(horizontal ? {} : { width: { band: 0.72 } }) }, encoding: { color } },
      ...(showLabels
        ? [
            {
              mark: horizontal
                ? { type: 'text', align: { expr: `${field(y)} < 0 ? 'right' : 'left'` }, dx: { expr: labelOffset }, fontWeight: 600 }
                : { type: 'text', dy: { expr: labelOffset }, fontWeight: 600 },
              encoding: { text: { field: LABEL } },
            },
          ]
        : []),
    ],
  };
}

function seriesBarChart(build: Build): VegaLiteSpec {
  const { x, y, series } = build.fields;
  const grouped = build.spec.type === 'grouped-bar';
  const seriesField = series ?? x;
  return {
    mark: { type: 'bar', cornerRadiusEnd: grouped ? 3 : 0 },
    encoding: {
      x: { field: x, type: 'nominal', sort: categorySort(build, 'y'), axis: categoryAxis(build, build.spec.xTitle, false) },
      y: { field: y, type: 'quantitative', axis: valueAxis(build, build.spec.yTitle), ...(grouped ? {} : { stack: 'zero' }) },
      color: { field: seriesField, type: 'nominal', sort: null, scale: { range: build.colors }, legend: { title: null } },
      ...(grouped ? { xOffset: { field: seriesField, sort: null } } : { order: { field: '__order' } }),
    },
    ...(grouped ? {} : { transform: [{ window: [{ op: 'row_number', as: '__order' }] }] }),
  };
}

function xEncoding(build: Build): Record<string, unknown> {
  const numeric = build.rows.every((row) => typeof row[build.fields.x] === 'number');
  return numeric
    ? { field: build.fields.x, type: 'quantitative', scale: { zero: false }, axis: { title: build.spec.xTitle ?? null } }
    : { field: build.fields.x, type: 'ordinal', sort: null, axis: categoryAxis(build, build.spec.xTitle, false) };
}

function lineChart(build: Build): VegaLiteSpec {
  const { y, series } = build.fields;
  const type = build.spec.type;
  const area = type === 'area' || type === 'stacked-area';
  const multi = type === 'multi-line' || type === 'stacked-area' || (series !== undefined && type !== 'line' && type !== 'area');
  const color = multi && series ? { field: series, type: 'nominal', sort: null, scale: { range: build.colors }, legend: { title: null } } : { value: build.colors[0] };
  const yEncoding = { field: y, type: 'quantitative', axis: valueAxis(build, build.spec.yTitle), ...(type === 'stacked-area' ? { stack: 'zero' } : { stack: null }) };
  const showLabels = !multi && (build.spec.labels ?? build.rows.length <= 12);
  const layers: VegaLiteSpec[] = area
    ? [{ mark: { type: 'area', opacity: type === 'stacked-area' ? 0.85 : 0.18, line: type === 'area' ? { strokeWidth: 3 } : false } }]
    : [{ mark: { type: 'line', strokeWidth: 3, point: { size: 70, filled: true } } }];
  if (showLabels) layers.push({ transform: [labelCalc(build, y)], mark: { type: 'text', dy: -14, fontWeight: 600 }, encoding: { text: { field: LABEL } } });
  return { encoding: { x: xEncoding(build), y: yEncoding, color }, layer: layers };
}

function pieChart(build: Build): VegaLiteSpec {
  const { x, y } = build.fields;
  const radius = Math.min(build.size.width, build.size.height) / 2 - 12;
  const donut = build.spec.type === 'donut';
  const showLabels = build.spec.labels ?? build.rows.length <= 12;
  return {
    transform: [
      { joinaggregate: [{ op: 'sum', field: y, as: '__total' }] },
      { calculate: `${field('__total')} > 0 ? ${field(y)} / ${field('__total')} : 0`, as: '__share' },
      { calculate: `format(${field('__share')} * 100, '.1~f') + '%'`, as: LABEL },
      { window: [{ op: 'row_number', as: '__order' }] },
    ],
    encoding: {
      theta: { field: y, type: 'quantitative', stack: true },
      color: { field: x, type: 'nominal', sort: null, scale: { range: build.colors }, legend: { title: null, orient: 'right' } },
      order: { field: '__order' },
    },
    layer: [
      { mark: { type: 'arc', outerRadius: radius, innerRadius: donut ? radius * 0.58 : 0, stroke: build.theme.background, strokeWidth: 2 } },
      ...(showLabels
        ? [
            {
              transform: [{ filter: `${field('__share')} >= 0.03` }],
              mark: { type: 'text', radius: donut ? radius * 0.79 : radius * 0.68, fontWeight: 700, fontSize: 14, fill: '#FFFFFF' },
              encoding: { text: { field: LABEL } },
            },
          ]
        : []),
    ],
  };
}

function scatterChart(build: Build): VegaLiteSpec {
  const { x, y, series, size } = build.fields;
  // Points are named by a "label" column when the data has one (and it is not the x field).
  const named = x !== 'label' && build.rows.some((row) => typeof row.label === 'string');
  const labels = named && (build.spec.labels ?? build.rows.length <= 30);
  const encoding = {
    x: { field: x, type: 'quantitative', scale: { zero: false }, axis: { title: build.spec.xTitle ?? x } },
    y: { field: y, type: 'quantitative', scale: { zero: false }, axis: { ...valueAxis(build, build.spec.yTitle), title: build.spec.yTitle ?? y } },
    color: series ? { field: series, type: 'nominal', sort: null, scale: { range: build.colors }, legend: { title: null } } : { value: build.colors[0] },
    ...(size ? { size: { field: size, type: 'quantitative', scale: { range: [80, 4000] }, legend: null } } : {}),
  };
  const points = { mark: { type: 'circle', opacity: 0.78, stroke: build.theme.background, strokeWidth: 1, ...(size ? {} : { size: 180 }) } };
  if (!labels) return { ...points, encoding };
  const { x: xChannel, y: yChannel } = encoding;
  return {
    encoding: { x: xChannel, y: yChannel },
    layer: [
      { ...points, encoding },
      { mark: { type: 'text', align: 'left', dx: 10, dy: -10, fontWeight: 600 }, encoding: { text: { field: 'label' } } },
    ],
  };
}

function histogram(build: Build): VegaLiteSpec {
  return {
    mark: { type: 'bar', color: build.colors[0], binSpacing: 2, cornerRadiusEnd: 2 },
    encoding: {
      x: { field: build.fields.y, bin: { maxbins: build.spec.bins ?? 20 }, type: 'quantitative', axis: { title: build.spec.xTitle ?? build.fields.y, labelExpr: formatExpression('datum.value', build.spec.format) } },
      y: { aggregate: 'count', type: 'quantitative', axis: { title: build.spec.yTitle ?? 'Count' } },
    },
  };
}

function heatmap(build: Build): VegaLiteSpec {
  const { x, y } = build.fields;
  const value = build.fields.value ?? 'value';
  const low = tint(build.theme, build.colors[0] ?? build.theme.primary, 0.08);
  const high = build.colors[0] ?? build.theme.primary;
  const values = build.rows.map((row) => row[value]).filter((cell): cell is number => typeof cell === 'number');
  const middle = (Math.min(...values) + Math.max(...values)) / 2;
  const showLabels = build.spec.labels ?? build.rows.length <= 150;
  return {
    transform: [labelCalc(build, value)],
    encoding: {
      x: { field: x, type: 'ordinal', sort: null, axis: { ...categoryAxis(build, build.spec.xTitle, false), domain: false, ticks: false } },
      y: { field: y, type: 'ordinal', sort: null, axis: { title: build.spec.yTitle ?? null, domain: false, ticks: false } },
    },
    layer: [
      { mark: { type: 'rect', cornerRadius: 3, stroke: build.theme.background, strokeWidth: 2 }, encoding: { color: { field: value, type: 'quantitative', scale: { range: [low, high] }, legend: { title: null, gradientLength: Math.min(300, build.size.height - 40) } } } },
      ...(showLabels
        ? [{ mark: { type: 'text', fontWeight: 600 }, encoding: { text: { field: LABEL }, color: { condition: { test: `${field(value)} > ${middle}`, value: colord(high).isDark() ? '#FFFFFF' : '#0F172A' }, value: build.theme.text } } }]
        : []),
    ],
  };
}

function comboChart(build: Build): VegaLiteSpec {
  const { x, y } = build.fields;
  const line = build.fields.line ?? 'line';
  const barColor = build.colors[0];
  const lineColor = build.colors[1] ?? build.theme.accents[1];
  return {
    encoding: { x: { field: x, type: 'ordinal', sort: null, axis: categoryAxis(build, build.spec.xTitle, false) } },
    layer: [
      { mark: { type: 'bar', color: barColor, cornerRadiusEnd: 3, width: { band: 0.65 } }, encoding: { y: { field: y, type: 'quantitative', axis: { ...valueAxis(build, build.spec.yTitle), titleColor: barColor } } } },
      {
        mark: { type: 'line', color: lineColor, strokeWidth: 3, point: { size: 70, filled: true, color: lineColor } },
        encoding: { y: { field: line, type: 'quantitative', axis: { title: build.spec.lineTitle ?? line, orient: 'right', titleColor: lineColor, grid: false } } },
      },
    ],
    resolve: { scale: { y: 'independent' } },
  };
}

/** Reference lines and highlight callouts as extra layers; rules bring their own one-row data. */
function withAnnotations(build: Build, chart: VegaLiteSpec): VegaLiteSpec {
  const annotations = build.spec.annotations ?? [];
  if (annotations.length === 0) return chart;
  const { mark, encoding, transform, layer, ...rest } = chart as VegaLiteSpec & { layer?: VegaLiteSpec[]; encoding?: Record<string, unknown> };
  const shared = encoding ?? {};
  // Shared encodings move into each main layer so annotation layers inherit nothing they lack data for.
  const mainLayers = (layer ?? [{ mark }]).map((main) => ({ ...main, encoding: { ...shared, ...((main.encoding as Record<string, unknown> | undefined) ?? {}) } }));
  const position = Object.fromEntries(Object.entries(shared).filter(([channel]) => channel === 'x' || channel === 'y'));
  const horizontal = build.spec.type === 'horizontal-bar';
  const valueChannel = horizontal ? 'x' : 'y';
  const color = build.theme.warning;
  const barLike = build.spec.type === 'bar' || build.spec.type === 'horizontal-bar';
  const extra = annotations.flatMap((annotation): VegaLiteSpec[] => {
    if (annotation.type === 'rule') {
      const at = { [valueChannel]: { datum: annotation.value, type: 'quantitative' } };
      const layers: VegaLiteSpec[] = [{ data: { values: [{}] }, mark: { type: 'rule', color, strokeWidth: 2, strokeDash: [6, 4] }, encoding: at }];
      if (annotation.label) {
        const text = horizontal
          ? { type: 'text', align: 'left', baseline: 'top', dx: 4, y: 0, color, fontWeight: 700, text: annotation.label }
          : { type: 'text', align: 'right', baseline: 'bottom', dy: -4, x: { expr: 'width' }, color, fontWeight: 700, text: annotation.label };
        layers.push({ data: { values: [{}] }, mark: text, encoding: at });
      }
      return layers;
    }
    if (!annotation.label && barLike) return [];
    const test = `${field(build.fields.x)} === ${JSON.stringify(annotation.x)}`;
    const label = annotation.label
      ? [{ transform: [{ filter: test }], mark: horizontal ? { type: 'text', align: 'left', dx: 64, color, fontWeight: 700, text: annotation.label } : { type: 'text', dy: barLike ? -30 : -36, color, fontWeight: 700, text: annotation.label }, encoding: position }]
      : [];
    const ring = barLike ? [] : [{ transform: [{ filter: test }], mark: { type: 'point', size: 420, strokeWidth: 3, color, filled: false }, encoding: position }];
    return [...ring, ...label];
  });
  return { ...rest, ...(transform ? { transform } : {}), layer: [...mainLayers, ...extra] };
}
