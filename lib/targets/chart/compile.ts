import { extendSeries } from '@/lib/render/series-colors';
import { colord } from 'colord';
import type { Theme } from '@/lib/render/theme';
import { tint } from '@/lib/render/theme';
import { chartFields, chartRows, type ChartFields } from './fields';
import { compactMoney, formatExpression, formatNumber } from './number-format';
import { measureText } from '@/lib/render/text-paths';
import { wrapLines } from '@/lib/render/wrap-lines';
import { linePieces } from '@/lib/render/line-break';
import { LOOKS, type LookTokens } from '@/lib/looks/tokens';
import type { ChartRow, ChartSpec, ChartType } from './schema';
import { INSIDE } from './critic';
import { ROW } from './locate';
import { fixedWords, inferLocale } from '@/lib/render/words';

/** A Vega-Lite spec as plain JSON (we build it; vega-lite validates it when compiling). */
export type VegaLiteSpec = Record<string, unknown>;

export interface ChartSize {
  width: number;
  height: number;
}

const LABEL = '__glimpse_label';
/** Value labels sit this far from the end of their bar. */
const LABEL_GAP_PX = 6;
const field = (name: string) => `datum[${JSON.stringify(name)}]`;

interface Build {
  spec: ChartSpec & { type: ChartType };
  rows: ChartRow[];
  fields: ChartFields;
  theme: Theme;
  size: ChartSize;
  colors: string[];
  /** The weight axis labels are drawn in (the look's), so they are measured as drawn. */
  labelWeight: number;
  /** Lines may be named at their ends instead of a legend (false: the legend, the end labels collided). */
  endLabels: boolean;
}

/** Drawing options of a compact chart. */
export interface CompileOptions {
  /** Name a multi-line chart's lines at their ends (END_LABELS) when their names are short enough; false keeps the legend. */
  endLabels?: boolean;
}

/** Compact chart → one Vega-Lite spec (the one chart engine). */
export function compileCompact(spec: ChartSpec & { type: ChartType }, theme: Theme, size: ChartSize, look: LookTokens = LOOKS.clean, options: CompileOptions = {}): VegaLiteSpec {
  const rows = chartRows(spec);
  let build: Build = { spec, rows, fields: chartFields(spec, rows), theme, size, colors: spec.colors ? extendSeries(spec.colors, theme.background) : theme.accents, labelWeight: look.chart.labelWeight, endLabels: options.endLabels ?? true };
  // A short bar chart whose labels would have to turn is drawn as horizontal bars: the labels stay level.
  if (spec.type === 'bar' && size.height < SHORT_CHART_PX && categoryLabels(build).length * ROW_PX <= size.height && !categoriesFit(build)) build = { ...build, spec: { ...spec, type: 'horizontal-bar' } };
  const body = compileBody(build);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: size.width,
    height: size.height,
    autosize: { type: 'fit', contains: 'padding' },
    data: { values: rows.map((row, index) => ({ ...row, [ROW]: index })) },
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

/** Whether this chart's money is written short ("$4.8M"): its largest value is a million or more. */
const shortMoney = (build: Build, valueField = build.fields.y) => compactMoney(build.spec.format, Math.max(0, ...build.rows.map((row) => row[valueField]).filter((value): value is number => typeof value === 'number').map(Math.abs)));
const labelCalc = (build: Build, valueField: string) => ({ calculate: formatExpression(field(valueField), build.spec.format, shortMoney(build, valueField)), as: LABEL });
const valueAxis = (build: Build, title: string | undefined) => ({ title: title ?? null, labelExpr: formatExpression('datum.value', build.spec.format, shortMoney(build)) });

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

/** Axis labels are 15 px (vega-config.ts); a rotated label needs this much of its band to clear the next one. */
const AXIS_LABEL_PX = 15;
const LABEL_GAP = 8;
const ROTATED_LIMIT = 160;
/** Rotated labels take at most this share of the chart's height, so a short chart keeps its plot. */
const ROTATED_SHARE = 0.3;

const YEAR = /^\d{4}$/;

/** "2024-01" (or "2024-01-31") category labels are dates: drawn as "Jan 2024". */
const YEAR_MONTH = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

export function datedCategories(build: Build): 'month' | 'day' | undefined {
  const labels = build.rows.map((row) => row[build.fields.x]);
  if (labels.length === 0 || !labels.every((label) => typeof label === 'string' && YEAR_MONTH.test(label))) return undefined;
  return labels.every((label) => String(label).length === 7) ? 'month' : 'day';
}

const DATE_FORMATS = { month: '%b %Y', day: '%d %b %Y' } as const;
const dateLabel = (label: string, kind: 'month' | 'day') => {
  const date = new Date(kind === 'month' ? `${label}-01T00:00:00Z` : `${label}T00:00:00Z`);
  const month = date.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
  return kind === 'month' ? `${month} ${date.getUTCFullYear()}` : `${String(date.getUTCDate()).padStart(2, '0')} ${month} ${date.getUTCFullYear()}`;
};

/** Below this plot height a vertical bar chart with long labels turns horizontal. */
const SHORT_CHART_PX = 320;
/** The least height a horizontal bar's label needs. */
const ROW_PX = 20;

const categoryLabels = (build: Build) => {
  const dated = datedCategories(build);
  return [...new Set(build.rows.map((row) => String(row[build.fields.x] ?? '')))].map((label) => (dated ? dateLabel(label, dated) : label));
};
const longestLabel = (labels: string[]) => Math.max(0, ...labels.map((label) => measureText(label, { size: AXIS_LABEL_PX, weight: 400 })));
const bandOf = (build: Build, count: number) => (build.size.width - 80) / Math.max(1, count);

function categoriesFit(build: Build): boolean {
  const labels = categoryLabels(build);
  return longestLabel(labels) <= bandOf(build, labels.length) - LABEL_GAP;
}

/**
 * Category labels stay horizontal when they fit their band (measured with the fonts they are drawn
 * in); otherwise they turn 45° (or 90° when even that would not clear the next label), truncated
 * alike with an ellipsis. Every label is drawn: none is hidden to make room.
 */
function categoryAxis(build: Build, title: string | undefined, horizontal: boolean): Record<string, unknown> {
  const dated = datedCategories(build);
  const labels = categoryLabels(build);
  const labelExpr = dated ? { labelExpr: `utcFormat(toDate(datum.value${dated === 'month' ? " + '-01'" : ''}), '${DATE_FORMATS[dated]}')` } : {};
  if (horizontal) return dated ? { title: title ?? null, labelLimit: Math.round(build.size.width * LABEL_SHARE), ...labelExpr } : wrappedCategoryAxis(build, title, labels);
  const longest = longestLabel(labels);
  const band = bandOf(build, labels.length);
  if (longest <= band - LABEL_GAP) return { title: title ?? null, labelAngle: 0, labelAlign: 'center', labelLimit: Math.max(40, band - 4), labelOverlap: false, ...labelExpr };
  // A run of years ("2000" … "2025") reads as a time line: level labels, every other one (or fewer)
  // left out until they clear each other, as on a time axis, rather than 26 labels turned 45°.
  if (labels.length > 2 && labels.every((label, position) => YEAR.test(label) && (position === 0 || Number(label) > Number(labels[position - 1])))) {
    return { title: title ?? null, labelAngle: 0, labelAlign: 'center', labelOverlap: 'parity', labelSeparation: LABEL_GAP, ...labelExpr };
  }
  const wrapped = dated ? undefined : bandLines(build, labels, band);
  if (wrapped) return wrappedBandAxis(build, title, labels, wrapped, band);
  // At 45° labels one line apart need √2 lines of band; at 90° one line.
  const angle = band >= AXIS_LABEL_PX * Math.SQRT2 + 4 ? -45 : -90;
  return { title: title ?? null, labelAngle: angle, labelAlign: 'right', labelBaseline: angle === -90 ? 'middle' : 'top', labelLimit: Math.min(ROTATED_LIMIT, Math.ceil(longest) + 1, Math.round((build.size.height * ROTATED_SHARE) / (angle === -45 ? Math.SQRT1_2 : 1))), labelOverlap: band < AXIS_LABEL_PX + 2, ...labelExpr };
}

/** Horizontal bars' category labels take at most this share of the chart's width. */
const LABEL_SHARE = 0.28;
/** Lines of a wrapped category label, 18 px apart, at most this many. */
const LABEL_LINE_PX = 18;
const MAX_LABEL_LINES = 3;

/**
 * Vertical bars' names that do not fit their band on one line, wrapped at word breaks onto at most
 * MAX_LABEL_LINES lines (fewer when that many would take more than ROTATED_SHARE of a short chart's
 * height), every line measured in the font it is drawn in within the band; undefined when a word
 * is wider than the band or a name needs more lines: those names turn instead.
 */
function bandLines(build: Build, labels: string[], band: number): string[][] | undefined {
  const width = band - LABEL_GAP;
  const style = { size: AXIS_LABEL_PX, weight: build.labelWeight, locale: build.spec.locale };
  const measure = (line: string) => measureText(line, style);
  const most = Math.min(MAX_LABEL_LINES, Math.floor((build.size.height * ROTATED_SHARE) / LABEL_LINE_PX));
  if (most < 2 || labels.some((label) => linePieces(label, build.spec.locale).some((piece) => measure(piece.trim()) > width))) return undefined;
  const broken = labels.map((label) => (measure(label) <= width ? [label] : wrapLines(label, width, measure, { locale: build.spec.locale, balance: true })));
  return broken.every((lines) => lines.length <= most && lines.every((line) => measure(line) <= width)) ? broken : undefined;
}

/** Wrapped names level and centred under their bar, their first line on the tick, the rest below (the axis grows by the lines). */
function wrappedBandAxis(build: Build, title: string | undefined, labels: string[], broken: string[][], band: number): Record<string, unknown> {
  const long = labels.filter((_label, index) => (broken[index]?.length ?? 1) > 1);
  const names = JSON.stringify(long);
  const lines = JSON.stringify(broken.filter((wrapped) => wrapped.length > 1));
  return {
    title: title ?? null,
    labelAngle: 0,
    labelAlign: 'center',
    labelBaseline: 'top',
    labelLimit: Math.max(40, band - 4),
    labelOverlap: false,
    labelLineHeight: LABEL_LINE_PX,
    labelExpr: `indexof(${names}, datum.value) >= 0 ? ${lines}[indexof(${names}, datum.value)] : datum.label`,
  };
}

/** The lines a long label is drawn on: balanced, at most `lines`, the rest left on the last (Vega cuts it with "…" at the limit). */
function labelLines(label: string, width: number, lines: number, build: Build): string[] {
  const style = { size: AXIS_LABEL_PX, weight: build.labelWeight, locale: build.spec.locale };
  const wrapped = wrapLines(label, width, (line) => measureText(line, style), { locale: build.spec.locale, balance: true });
  if (wrapped.length <= lines) return wrapped;
  // Balanced over the lines there are room for, then the remainder joins the last one.
  const kept = wrapLines(label, width, (line) => measureText(line, style), { locale: build.spec.locale }).slice(0, lines - 1);
  let rest = label;
  for (const line of kept) rest = rest.trimStart().startsWith(line) ? rest.trimStart().slice(line.length) : rest;
  return [...kept, rest.trim()];
}

/**
 * Horizontal bars' long category labels wrap onto as many lines (at most three) as a bar's row has
 * room for, measured in the fonts they are drawn in, as a designer sets them; only what is still
 * left past the last line is cut with "…". Labels that fit stay on one line.
 */
function wrappedCategoryAxis(build: Build, title: string | undefined, labels: string[]): Record<string, unknown> {
  const limit = Math.round(build.size.width * LABEL_SHARE);
  // The x axis's labels and padding take about 40 px of the height; each category gets a row of the rest.
  const row = (build.size.height - 40) / Math.max(1, labels.length);
  const lines = Math.max(1, Math.min(MAX_LABEL_LINES, Math.floor((row - 4) / LABEL_LINE_PX)));
  const style = { size: AXIS_LABEL_PX, weight: build.labelWeight, locale: build.spec.locale };
  const long = lines > 1 ? labels.filter((label) => measureText(label, style) > limit) : [];
  const axis = { title: title ?? null, labelLimit: limit + 1 };
  if (long.length === 0) return axis;
  const broken = long.map((label) => labelLines(label, limit, lines, build));
  const names = JSON.stringify(long);
  // Vega sets a label's first line on the tick: a label of n lines moves up by half of the n − 1 below it, so it is centred on its bar.
  const shifts = [2, 3]
    .map((count) => long.filter((_label, index) => broken[index]?.length === count))
    .map((group, index) => ({ test: `indexof(${JSON.stringify(group)}, datum.value) >= 0`, value: (-(index + 1) * LABEL_LINE_PX) / 2 }))
    .filter((condition) => condition.test !== 'indexof([], datum.value) >= 0');
  return {
    ...axis,
    labelLineHeight: LABEL_LINE_PX,
    labelExpr: `indexof(${names}, datum.value) >= 0 ? ${JSON.stringify(broken)}[indexof(${names}, datum.value)] : datum.label`,
    ...(shifts.length ? { labelOffset: { condition: shifts, value: 0 } } : {}),
  };
}

function highlightTest(build: Build): string | undefined {
  const highlight = build.spec.annotations?.find((annotation) => annotation.type === 'highlight');
  return highlight?.type === 'highlight' ? `${field(build.fields.x)} === ${JSON.stringify(highlight.x)}` : undefined;
}

/** Value labels are 14 px semibold (vega-config.ts); a little more so rounding never clips the last digit. */
const VALUE_LABEL = { size: 14, weight: 600 } as const;
const LABEL_ROOM_SLACK = 4;

/** The widest value label of a bar chart, as formatNumber writes it (the same digits Vega draws). */
const valueLabelWidth = (build: Build) =>
  Math.max(0, ...build.rows.map((row) => row[build.fields.y]).filter((value): value is number => typeof value === 'number' && value >= 0).map((value) => measureText(formatNumber(value, build.spec.format, shortMoney(build)), VALUE_LABEL)));

function barChart(build: Build): VegaLiteSpec {
  const horizontal = build.spec.type === 'horizontal-bar';
  const { x, y } = build.fields;
  const valueChannel = horizontal ? 'x' : 'y';
  const category = { field: x, type: 'nominal', sort: categorySort(build, valueChannel), axis: categoryAxis(build, build.spec.xTitle, horizontal) };
  // Unstacked: Vega-Lite draws rounded ends of stacked bars as one group per category (a view each).
  const value = { field: y, type: 'quantitative', stack: null, axis: valueAxis(build, build.spec.yTitle) };
  const test = highlightTest(build);
  const color = test ? { condition: { test, value: build.colors[0] }, value: tint(build.theme, build.theme.textMuted, 0.35) } : { value: build.colors[0] };
  const showLabels = build.spec.labels ?? build.rows.length <= 24;
  // Labels keep a gap from the bar's end: its baseline (or, below a negative bar, its top) 6 px away.
  const labelOffset = `${field(y)} < 0 ? -6 : 6`;
  const gap = `${field(y)} < 0 ? ${LABEL_GAP_PX} : ${-LABEL_GAP_PX}`;
  // Labels beyond the longest bar need room at the right: the plot gives it up (Vega's fit leaves text out).
  const labelRoom = horizontal && showLabels ? valueLabelWidth(build) + 6 + LABEL_ROOM_SLACK : 0;
  return {
    ...(labelRoom > 0 ? { padding: { top: 4, bottom: 4, left: 4, right: Math.ceil(labelRoom) } } : {}),
    transform: [labelCalc(build, y)],
    encoding: horizontal ? { y: category, x: value } : { x: category, y: value },
    layer: [
      { name: 'bars', mark: { type: 'bar', cornerRadiusEnd: 4, ...(horizontal ? {} : { width: { band: 0.72 } }) }, encoding: { color } },
      ...(showLabels
        ? [
            {
              name: 'value_labels',
              mark: horizontal
                ? { type: 'text', align: { expr: `${field(y)} < 0 ? 'right' : 'left'` }, dx: { expr: labelOffset }, fontWeight: 600 }
                : { type: 'text', dy: { expr: gap }, baseline: { expr: `${field(y)} < 0 ? 'top' : 'bottom'` }, fontWeight: 600 },
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
  const encoding = {
    x: { field: x, type: 'nominal', sort: categorySort(build, 'y'), axis: categoryAxis(build, build.spec.xTitle, false) },
    y: { field: y, type: 'quantitative', axis: valueAxis(build, build.spec.yTitle), ...(grouped ? { stack: null } : { stack: 'zero' }) },
    color: { field: seriesField, type: 'nominal', sort: null, scale: { range: build.colors }, legend: { title: null } },
    ...(grouped ? { xOffset: { field: seriesField, sort: null } } : { order: { field: '__order' } }),
  };
  // Grouped bars write their values when asked to (labels: true), above each bar as on plain bars.
  if (grouped && build.spec.labels === true) {
    const { color, ...position } = encoding;
    return {
      transform: [labelCalc(build, y)],
      encoding: position,
      layer: [
        { name: 'bars', mark: { type: 'bar', cornerRadiusEnd: 3 }, encoding: { color } },
        { name: 'value_labels', mark: { type: 'text', dy: { expr: `${field(y)} < 0 ? ${LABEL_GAP_PX} : ${-LABEL_GAP_PX}` }, baseline: { expr: `${field(y)} < 0 ? 'top' : 'bottom'` }, fontWeight: 600 }, encoding: { text: { field: LABEL } } },
      ],
    };
  }
  return {
    mark: { type: 'bar', cornerRadiusEnd: grouped ? 3 : 0 },
    encoding,
    ...(grouped ? {} : { transform: [{ window: [{ op: 'row_number', as: '__order' }] }] }),
  };
}

const DATE = '__glimpse_date';

/** "2024-01" labels as dates (a time axis), parsed in UTC so no time zone moves them. */
function dateTransform(build: Build): VegaLiteSpec[] {
  const dated = datedCategories(build);
  return dated ? [{ calculate: `toDate(${field(build.fields.x)}${dated === 'month' ? " + '-01'" : ''})`, as: DATE }] : [];
}

function xEncoding(build: Build): Record<string, unknown> {
  const numeric = build.rows.every((row) => typeof row[build.fields.x] === 'number');
  const dated = datedCategories(build);
  if (dated) {
    const months = new Set(build.rows.map((row) => row[build.fields.x])).size;
    return { field: DATE, type: 'temporal', timeUnit: dated === 'month' ? 'utcyearmonth' : 'utcyearmonthdate', axis: { title: build.spec.xTitle ?? null, format: DATE_FORMATS[dated], labelAngle: 0, labelOverlap: true, ...(months <= 12 ? { tickCount: { interval: dated === 'month' ? 'month' : 'day', step: 1 } } : {}) } };
  }
  return numeric
    ? { field: build.fields.x, type: 'quantitative', scale: { zero: false }, axis: { title: build.spec.xTitle ?? null } }
    : { field: build.fields.x, type: 'ordinal', sort: null, axis: categoryAxis(build, build.spec.xTitle, false) };
}

const SERIES_INDEX = '__series_index';

/** Each row's series as its place in the order the series first come (a stack's order). */
function seriesIndex(build: Build, series: string): VegaLiteSpec {
  const names = [...new Set(build.rows.map((row) => String(row[series] ?? '')))];
  return { calculate: `indexof(${JSON.stringify(names)}, '' + ${field(series)})`, as: SERIES_INDEX };
}

function lineChart(build: Build): VegaLiteSpec {
  const { y, series } = build.fields;
  const type = build.spec.type;
  const area = type === 'area' || type === 'stacked-area';
  // A series field splits any line or area chart into one line a series (one zig-zag through them all reads as nonsense).
  const seriesCount = series ? new Set(build.rows.map((row) => row[series])).size : 0;
  const multi = type === 'multi-line' || type === 'stacked-area' || seriesCount > 1;
  const color = multi && series ? { field: series, type: 'nominal', sort: null, scale: { range: build.colors }, legend: { title: null } } : { value: build.colors[0] };
  // Stacked in the order the series come (the first at the bottom), as the legend lists them, not alphabetically.
  const order = type === 'stacked-area' && series ? { order: { field: SERIES_INDEX, type: 'quantitative' } } : {};
  const yEncoding = { field: y, type: 'quantitative', axis: valueAxis(build, build.spec.yTitle), ...(type === 'stacked-area' ? { stack: 'zero' } : { stack: null }) };
  const showLabels = !multi && (build.spec.labels ?? build.rows.length <= 12);
  const ends = !area && multi && series ? lineEnds(build, series) : undefined;
  const layers: VegaLiteSpec[] = area
    ? [{ name: 'areas', mark: { type: 'area', opacity: type === 'stacked-area' ? 0.85 : 0.18, line: type === 'area' ? { strokeWidth: 3 } : false } }]
    : [{ name: 'lines', mark: { type: 'line', strokeWidth: 3, point: { size: 70, filled: true } } }];
  if (showLabels) layers.push({ name: 'value_labels', transform: [labelCalc(build, y)], mark: { type: 'text', baseline: 'bottom', dy: -14, fontWeight: 600 }, encoding: { text: { field: LABEL } } });
  // Each line named at its end in its colour (place-labels.ts nudges them apart; the legend comes back if they cannot be).
  if (ends && series) layers.push({ name: 'end_labels', transform: [{ filter: { field: ROW, oneOf: ends.rows } }], mark: { type: 'text', align: 'left', baseline: 'middle', dx: END_LABEL_GAP_PX, fontSize: END_LABEL_PX, fontWeight: 600 }, encoding: { text: { field: series } } });
  const dates = [...dateTransform(build), ...(type === 'stacked-area' && series ? [seriesIndex(build, series)] : [])];
  const named = ends ? { ...color, legend: null } : color;
  // (No padding for them: Vega's fit counts the labels' bounds, as it does the axes'.)
  return { ...(dates.length ? { transform: dates } : {}), encoding: { x: xEncoding(build), y: yEncoding, color: named, ...order }, layer: layers };
}

/** End labels: 15 px semibold like the legend's, this far right of the last point. */
export const END_LABEL_PX = 15;
const END_LABEL_GAP_PX = 10;
/** Lines are named at their ends when the longest name takes at most this share of the chart's width (else the plot would shrink for them). */
const END_LABEL_SHARE = 0.2;
/** …and at most this many lines (more names than a reader matches by colour and place). */
export const MAX_END_LABELS = 12;

/** The last point of each series (its row index) and the widest name, or undefined when the lines keep their legend. */
function lineEnds(build: Build, series: string): { rows: number[]; width: number } | undefined {
  if (!build.endLabels) return undefined;
  const { x } = build.fields;
  const names = [...new Set(build.rows.map((row) => String(row[series] ?? '')))];
  if (names.length < 2 || names.length > MAX_END_LABELS) return undefined;
  const width = Math.max(...names.map((name) => measureText(name, { size: END_LABEL_PX, weight: 600 })));
  if (width > build.size.width * END_LABEL_SHARE) return undefined;
  // Where each row sits along x: its number, its date, or its category's place in the order drawn.
  const numeric = build.rows.every((row) => typeof row[x] === 'number');
  const categories = [...new Set(build.rows.map((row) => String(row[x] ?? '')))];
  // Dates ("2024-01") in time order; other categories in the order they come (drawn so: sort null).
  const order = datedCategories(build) ? [...categories].sort() : categories;
  const place = (row: ChartRow) => (numeric ? Number(row[x]) : order.indexOf(String(row[x] ?? '')));
  const last = new Map<string, number>();
  build.rows.forEach((row, index) => {
    const name = String(row[series] ?? '');
    const seen = last.get(name);
    if (typeof row[build.fields.y] !== 'number') return;
    if (seen === undefined || place(row) >= place(build.rows[seen] as ChartRow)) last.set(name, index);
  });
  return { rows: [...last.values()], width };
}

const SLICE_LABEL = '__slice_label';
/** A legend entry's circle and the gaps around it; entries are this far apart (15 px labels, vega-config). */
const LEGEND_SYMBOL_PX = 48;
const LEGEND_ROW_PX = 21;
/** Between a pie's edge and its legend. */
const PIE_LEGEND_GAP = 40;

/** Slices named beside the pie: 15 px semibold names, a leader this long from the rim, the name this far past it. */
const SLICE_NAME_PX = 15;
const SLICE_NAME_LINE_PX = 18;
const LEADER_PX = 14;
const LEADER_GAP_PX = 4;
/** At most this many slices are named on the pie (more: the legend). */
export const MAX_NAMED_SLICES = 6;
/** The pie may shrink to this share of its radius beside a legend to make room for its names (less: the legend). */
const NAMED_PIE_SHARE = 0.8;

interface SliceNames {
  radius: number;
  centre: { x: number; y: number };
  /** Per row: the leader's ends and the name's anchor (pixels in the chart), and its side. */
  leaders: { x1: number; y1: number; x2: number; y2: number; x: number; y: number; align: 'left' | 'right' }[];
}

/**
 * Slices named beside the pie with a short leader (as Napkin and Datawrapper do) when there are at
 * most MAX_NAMED_SLICES, every name is clear of the others and inside the chart, and the pie keeps
 * NAMED_PIE_SHARE of the radius it has beside a legend; undefined keeps the legend. The angles are
 * the arcs' own (Vega: 0 at 12 o'clock, clockwise, stacked in row order).
 */
function sliceNames(build: Build, names: string[], legendRadius: number): SliceNames | undefined {
  const { x, y } = build.fields;
  if (names.length !== build.rows.length || names.length < 2 || names.length > MAX_NAMED_SLICES) return undefined;
  const values = build.rows.map((row) => (typeof row[y] === 'number' ? Math.max(0, row[y] as number) : 0));
  const total = values.reduce((sum, value) => sum + value, 0);
  if (!(total > 0) || values.some((value) => value <= 0)) return undefined;
  const widths = build.rows.map((row) => measureText(String(row[x] ?? ''), { size: SLICE_NAME_PX, weight: 600 }));
  const side = Math.max(...widths) + LEADER_PX + LEADER_GAP_PX + 4;
  const radius = Math.floor(Math.min(build.size.width / 2 - side, build.size.height / 2 - SLICE_NAME_LINE_PX - LEADER_PX) - 4);
  if (radius < legendRadius * NAMED_PIE_SHARE) return undefined;
  const centre = { x: build.size.width / 2, y: build.size.height / 2 };
  let start = 0;
  const leaders: SliceNames['leaders'] = [];
  const boxes: { x: number; y: number; width: number; height: number }[] = [];
  for (const [index, value] of values.entries()) {
    const angle = ((start + value / 2) / total) * 2 * Math.PI;
    start += value;
    const [dx, dy] = [Math.sin(angle), -Math.cos(angle)];
    const at = (distance: number) => ({ x: centre.x + dx * distance, y: centre.y + dy * distance });
    const [from, to] = [at(radius + 2), at(radius + LEADER_PX)];
    const align = dx >= 0 ? 'left' : 'right';
    const anchor = { x: to.x + (align === 'left' ? LEADER_GAP_PX : -LEADER_GAP_PX), y: to.y };
    const width = widths[index] as number;
    const box = { x: align === 'left' ? anchor.x : anchor.x - width, y: anchor.y - SLICE_NAME_LINE_PX / 2, width, height: SLICE_NAME_LINE_PX };
    if (box.x < 0 || box.y < 0 || box.x + box.width > build.size.width || box.y + box.height > build.size.height) return undefined;
    if (boxes.some((other) => box.x < other.x + other.width && other.x < box.x + box.width && box.y < other.y + other.height && other.y < box.y + box.height)) return undefined;
    boxes.push(box);
    leaders.push({ x1: from.x, y1: from.y, x2: to.x, y2: to.y, x: anchor.x, y: anchor.y, align });
  }
  return { radius, centre, leaders };
}

/** A per-row number looked up by the row's index (the data's ROW field). */
const byRow = (values: number[], as: string) => ({ calculate: `${JSON.stringify(values.map((value) => Math.round(value * 10) / 10))}[${field(ROW)}]`, as });

function pieChart(build: Build): VegaLiteSpec {
  const { x, y } = build.fields;
  // The legend takes its labels' width (15 px, at most 220 px: vega-config) and a symbol and gaps: the pie gets the rest.
  const names = [...new Set(build.rows.map((row) => String(row[x] ?? '')))];
  const legendWidth = Math.min(220, longestLabel(names)) + LEGEND_SYMBOL_PX;
  const radius = Math.max(20, Math.min(build.size.width - legendWidth - PIE_LEGEND_GAP, build.size.height) / 2 - 12);
  // Pie and legend side by side as one group, centred: the legend beside the ring, its middle level
  // with the ring's, not in the chart's far corner with the ring centred in the space left.
  const group = radius * 2 + PIE_LEGEND_GAP + legendWidth;
  const left = Math.max(0, (build.size.width - group) / 2);
  const centre = { x: left + radius, y: build.size.height / 2 };
  const legendTop = Math.max(0, centre.y - (names.length * LEGEND_ROW_PX) / 2);
  const donut = build.spec.type === 'donut';
  const showLabels = build.spec.labels ?? build.rows.length <= 12;
  const named = sliceNames(build, names, radius);
  if (named) return namedPie(build, named, donut, showLabels);
  return {
    transform: [
      { joinaggregate: [{ op: 'sum', field: y, as: '__total' }] },
      { calculate: `${field('__total')} > 0 ? ${field(y)} / ${field('__total')} : 0`, as: '__share' },
      { calculate: `format(${field('__share')} * 100, '.1~f') + '%'`, as: LABEL },
      { window: [{ op: 'row_number', as: '__order' }] },
    ],
    encoding: {
      theta: { field: y, type: 'quantitative', stack: true },
      color: { field: x, type: 'nominal', sort: null, scale: { range: build.colors }, legend: { title: null, orient: 'none', legendX: Math.round(left + radius * 2 + PIE_LEGEND_GAP), legendY: Math.round(legendTop) } },
      order: { field: '__order' },
    },
    layer: [
      { name: 'slices', mark: { type: 'arc', ...centre, outerRadius: radius, innerRadius: donut ? radius * 0.58 : 0, stroke: build.theme.background, strokeWidth: 2 } },
      ...(showLabels
        ? [
            {
              name: `slice_labels${INSIDE}`,
              // Small slices get no label. Blank, not filtered out: a filter would restack the
              // labels' angles without those slices and put the next label on the wrong slice.
              transform: [{ calculate: `${field('__share')} >= 0.03 ? ${field(LABEL)} : ''`, as: SLICE_LABEL }],
              mark: { type: 'text', ...centre, radius: donut ? radius * 0.79 : radius * 0.68, fontWeight: 700, fontSize: 14, fill: '#FFFFFF' },
              encoding: { text: { field: SLICE_LABEL } },
            },
          ]
        : []),
    ],
  };
}

/** The pie drawn larger, centred, each slice named beside it with a leader: no legend. */
function namedPie(build: Build, named: SliceNames, donut: boolean, showLabels: boolean): VegaLiteSpec {
  const { x, y } = build.fields;
  const { radius, centre, leaders } = named;
  const pixel = (name: string) => ({ field: name, type: 'quantitative', scale: null });
  return {
    transform: [
      { joinaggregate: [{ op: 'sum', field: y, as: '__total' }] },
      { calculate: `${field('__total')} > 0 ? ${field(y)} / ${field('__total')} : 0`, as: '__share' },
      { calculate: `format(${field('__share')} * 100, '.1~f') + '%'`, as: LABEL },
      { window: [{ op: 'row_number', as: '__order' }] },
    ],
    layer: [
      {
        name: 'slices',
        mark: { type: 'arc', ...centre, outerRadius: radius, innerRadius: donut ? radius * 0.58 : 0, stroke: build.theme.background, strokeWidth: 2 },
        encoding: { theta: { field: y, type: 'quantitative', stack: true }, color: { field: x, type: 'nominal', sort: null, scale: { range: build.colors }, legend: null }, order: { field: '__order' } },
      },
      ...(showLabels
        ? [
            {
              name: `slice_labels${INSIDE}`,
              transform: [{ calculate: `${field('__share')} >= 0.03 ? ${field(LABEL)} : ''`, as: SLICE_LABEL }],
              mark: { type: 'text', ...centre, radius: donut ? radius * 0.79 : radius * 0.68, fontWeight: 700, fontSize: 14, fill: '#FFFFFF' },
              encoding: { theta: { field: y, type: 'quantitative', stack: true }, order: { field: '__order' }, text: { field: SLICE_LABEL } },
            },
          ]
        : []),
      {
        name: 'slice_leaders',
        transform: [byRow(leaders.map((leader) => leader.x1), '__x1'), byRow(leaders.map((leader) => leader.y1), '__y1'), byRow(leaders.map((leader) => leader.x2), '__x2'), byRow(leaders.map((leader) => leader.y2), '__y2')],
        mark: { type: 'rule', stroke: build.theme.textMuted, strokeWidth: 1.5 },
        encoding: { x: pixel('__x1'), y: pixel('__y1'), x2: { field: '__x2' }, y2: { field: '__y2' } },
      },
      {
        name: 'slice_names',
        transform: [byRow(leaders.map((leader) => leader.x), '__nx'), byRow(leaders.map((leader) => leader.y), '__ny'), { calculate: `${JSON.stringify(leaders.map((leader) => leader.align))}[${field(ROW)}]`, as: '__align' }],
        mark: { type: 'text', baseline: 'middle', align: { expr: "datum.__align" }, fontSize: SLICE_NAME_PX, fontWeight: 600, fill: build.theme.text },
        encoding: { x: pixel('__nx'), y: pixel('__ny'), text: { field: x } },
      },
    ],
  };
}

/** Two or three round sizes between the smallest and largest bubble, for the size legend. */
export function legendSizes(values: unknown[]): number[] {
  const numbers = values.filter((value): value is number => typeof value === 'number' && Number.isFinite(value) && value > 0);
  if (numbers.length === 0) return [];
  const round = (value: number) => {
    const step = 10 ** Math.floor(Math.log10(value));
    return Math.max(step, Math.round(value / step) * step);
  };
  const low = round(Math.min(...numbers));
  const high = round(Math.max(...numbers));
  return [...new Set([low, round((low + high) / 2), high])].sort((a, b) => a - b);
}

/** Bubble areas in px² (radius 5 to 36). */
const BUBBLE_AREA: [number, number] = [80, 4000];

/**
 * Values that are never negative and start near zero (GDP, counts) keep a scale that does not
 * round out below zero: the bubbles' padding is kept, but no "nice" tick at −10,000.
 */
function nearZero(build: Build, name: string): Record<string, unknown> {
  const values = build.rows.map((row) => row[name]).filter((value): value is number => typeof value === 'number');
  if (values.length === 0) return {};
  const low = Math.min(...values);
  const high = Math.max(...values);
  return low >= 0 && low < (high - low) * 0.1 ? { nice: false } : {};
}

function scatterChart(build: Build): VegaLiteSpec {
  const { x, y, series, size } = build.fields;
  // Points are named by a "label" column when the data has one (and it is not the x field).
  const named = x !== 'label' && build.rows.some((row) => typeof row.label === 'string');
  const labels = named && (build.spec.labels ?? build.rows.length <= 30);
  // The scales reach a largest point's radius past the data, so no point sits on an axis's labels.
  const padding = size ? Math.ceil(Math.sqrt(BUBBLE_AREA[1] / Math.PI)) + 4 : 12;
  const encoding = {
    x: { field: x, type: 'quantitative', scale: { zero: false, padding, ...nearZero(build, x) }, axis: { title: build.spec.xTitle ?? x } },
    y: { field: y, type: 'quantitative', scale: { zero: false, padding, ...nearZero(build, y) }, axis: { ...valueAxis(build, build.spec.yTitle), title: build.spec.yTitle ?? y } },
    color: series ? { field: series, type: 'nominal', sort: null, scale: { range: build.colors }, legend: { title: null } } : { value: build.colors[0] },
    // Bubbles say what their size means: a legend of a few sizes, titled with the field (not on a short chart).
    ...(size ? { size: { field: size, type: 'quantitative', scale: { range: BUBBLE_AREA }, legend: build.size.height < SHORT_CHART_PX ? null : { title: size, symbolFillColor: build.colors[0], symbolOpacity: 0.78, symbolStrokeColor: build.theme.background, values: legendSizes(build.rows.map((row) => row[size])), direction: 'horizontal' } } } : {}),
  };
  const points = { mark: { type: 'circle', opacity: 0.78, stroke: build.theme.background, strokeWidth: 1, ...(size ? {} : { size: 180 }) } };
  if (!labels) return { ...points, encoding };
  const { x: xChannel, y: yChannel } = encoding;
  return {
    encoding: { x: xChannel, y: yChannel },
    layer: [
      { ...points, name: 'points', encoding },
      { name: 'point_labels', mark: { type: 'text', align: 'left', dx: 10, dy: -10, fontWeight: 600 }, encoding: { text: { field: 'label' } } },
    ],
  };
}

function histogram(build: Build): VegaLiteSpec {
  return {
    mark: { type: 'bar', color: build.colors[0], binSpacing: 2, cornerRadiusEnd: 2 },
    encoding: {
      x: { field: build.fields.y, bin: { maxbins: build.spec.bins ?? 20 }, type: 'quantitative', axis: { title: build.spec.xTitle ?? build.fields.y, labelExpr: formatExpression('datum.value', build.spec.format) } },
      y: { aggregate: 'count', type: 'quantitative', stack: null, axis: { title: build.spec.yTitle ?? fixedWords(build.spec.locale ?? inferLocale(build.spec.title ?? '')).count } },
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
      { name: 'cells', mark: { type: 'rect', cornerRadius: 3, stroke: build.theme.background, strokeWidth: 2 }, encoding: { color: { field: value, type: 'quantitative', scale: { range: [low, high] }, legend: { title: null, gradientLength: Math.min(300, build.size.height - 40) } } } },
      ...(showLabels
        ? [{ name: `cell_labels${INSIDE}`, mark: { type: 'text', fontWeight: 600 }, encoding: { text: { field: LABEL }, color: { condition: { test: `${field(value)} > ${middle}`, value: colord(high).isDark() ? '#FFFFFF' : '#0F172A' }, value: build.theme.text } } }]
        : []),
    ],
  };
}

function comboChart(build: Build): VegaLiteSpec {
  const { x, y } = build.fields;
  const line = build.fields.line ?? 'line';
  const barColor = build.colors[0];
  const lineColor = build.colors[1] ?? build.theme.accents[1];
  const barY = { field: y, type: 'quantitative', stack: null, axis: { ...valueAxis(build, build.spec.yTitle), titleColor: barColor } };
  const lineY = { field: line, type: 'quantitative', axis: { title: build.spec.lineTitle ?? line, orient: 'right', titleColor: lineColor, grid: false } };
  const bars = { name: 'bars', mark: { type: 'bar', color: barColor, cornerRadiusEnd: 3, width: { band: 0.65 } }, encoding: { y: barY } };
  // Asked for labels (labels: true): each bar's value inside its top, on the bars' own scale (the
  // line's values are read off its axis: labels above its points would sit on the bars).
  const barLayer = build.spec.labels === true
    ? { encoding: { y: barY }, layer: [{ ...bars, encoding: {} }, { name: `bar_labels${INSIDE}`, transform: [labelCalc(build, y)], mark: { type: 'text', baseline: 'top', dy: 8, fontWeight: 600, fill: '#FFFFFF' }, encoding: { text: { field: LABEL } } }] }
    : bars;
  return {
    encoding: { x: { field: x, type: 'ordinal', sort: null, axis: categoryAxis(build, build.spec.xTitle, false) } },
    layer: [
      barLayer,
      {
        name: 'lines',
        mark: { type: 'line', color: lineColor, strokeWidth: 3, point: { size: 70, filled: true, color: lineColor } },
        encoding: { y: lineY },
      },
    ],
    resolve: { scale: { y: 'independent' } },
  };
}

/** A rule's label goes in the right margin when it is at most this share of the chart's width. */
const RULE_LABEL_MARGIN = 0.2;

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
  // A histogram's values are on its binned x axis; its y axis counts them.
  const vertical = horizontal || build.spec.type === 'histogram';
  const valueChannel = vertical ? 'x' : 'y';
  const color = build.theme.warning;
  const barLike = build.spec.type === 'bar' || build.spec.type === 'horizontal-bar';
  const extra = annotations.flatMap((annotation, index): VegaLiteSpec[] => {
    const name = (part: string) => `annotation_${index}_${part}`;
    if (annotation.type === 'rule') {
      const at = { [valueChannel]: { datum: annotation.value, type: 'quantitative' } };
      const layers: VegaLiteSpec[] = [{ name: name('rule'), data: { values: [{}] }, mark: { type: 'rule', color, strokeWidth: 2, strokeDash: [6, 4] }, encoding: at }];
      if (annotation.label) {
        // Beside the line outside the plot (above it, or in the right margin), where no bar reaches;
        // a label too long for the margin sits above the line's right end instead.
        const short = measureText(annotation.label, { size: 14, weight: 700 }) <= build.size.width * RULE_LABEL_MARGIN;
        const text = vertical
          ? { type: 'text', align: 'center', baseline: 'bottom', dy: -8, y: 0, color, fontWeight: 700, text: annotation.label }
          : short
            ? { type: 'text', align: 'left', baseline: 'middle', dx: 8, x: { expr: 'width' }, color, fontWeight: 700, text: annotation.label }
            : { type: 'text', align: 'right', baseline: 'bottom', dy: -4, x: { expr: 'width' }, color, fontWeight: 700, text: annotation.label };
        layers.push({ name: name('label'), data: { values: [{}] }, mark: text, encoding: at });
      }
      return layers;
    }
    if (!annotation.label && barLike) return [];
    const test = `${field(build.fields.x)} === ${JSON.stringify(annotation.x)}`;
    const label = annotation.label
      ? [{ name: name('label'), transform: [{ filter: test }], mark: horizontal ? { type: 'text', align: 'left', dx: 64, color, fontWeight: 700, text: annotation.label } : { type: 'text', dy: barLike ? -30 : -36, color, fontWeight: 700, text: annotation.label }, encoding: position }]
      : [];
    const ring = barLike ? [] : [{ name: name('ring'), transform: [{ filter: test }], mark: { type: 'point', size: 420, strokeWidth: 3, color, filled: false }, encoding: position }];
    return [...ring, ...label];
  });
  return { ...rest, ...(transform ? { transform } : {}), layer: [...mainLayers, ...extra] };
}
