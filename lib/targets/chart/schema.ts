import { z } from 'zod';
import { commonFields, hexColorSchema, labelSchema } from '@/lib/spec/common';
import { chartRows, fieldProblems } from './fields';
import { vegaLiteBudgetProblems } from './budgets';
import { refusedUrls } from './data-urls';
import { withJsonForms, withJsonRewrite } from '@/lib/spec/json-schema';
import {
  MAX_ANNOTATIONS,
  MAX_CHART_COLORS,
  MAX_CHART_FIELDS,
  MAX_CHART_ROWS,
  MAX_FIELD_NAME_CHARS,
  MAX_FORMAT_DECIMALS,
  MAX_HISTOGRAM_BINS,
  MAX_LABEL_CHARS,
  MAX_TEXT_CHARS,
  MIN_HISTOGRAM_BINS,
} from '@/lib/limits';

export const CHART_TYPES = [
  'bar',
  'horizontal-bar',
  'grouped-bar',
  'stacked-bar',
  'line',
  'multi-line',
  'area',
  'stacked-area',
  'pie',
  'donut',
  'scatter',
  'bubble',
  'histogram',
  'heatmap',
  'combo',
] as const;
export type ChartType = (typeof CHART_TYPES)[number];

const cellSchema = z.union([z.string().max(MAX_LABEL_CHARS), z.number(), z.null()]).describe('A cell: text, number or null');
const fieldName = z.string().min(1).max(MAX_FIELD_NAME_CHARS);
/** The field names a compact chart reads by default, published so a model can use them without x/y. */
const DEFAULT_ROW_FIELDS = {
  label: { type: ['string', 'number'], description: 'Category (default x)' },
  value: { type: ['number', 'null'], description: 'Value (default y)' },
  series: { type: 'string', description: 'Series name: one colour per series' },
  x: { type: ['number', 'string'], description: 'x of scatter, bubble, heatmap' },
  y: { type: ['number', 'string', 'null'], description: 'y of scatter, bubble, heatmap' },
  size: { type: 'number', description: 'Bubble size' },
  line: { type: ['number', 'null'], description: 'Combo: the line value' },
};

const rowSchema = withJsonRewrite(z.record(fieldName, cellSchema), (json) => {
  json.properties = DEFAULT_ROW_FIELDS;
  json.minProperties = 1;
}).describe('One data row, e.g. { "label": "Taipei", "value": 2.5 }; other field names work too with x/y set');

const annotationSchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('rule'),
      value: z.number().describe('Where the reference line sits on the value axis'),
      label: labelSchema.optional().describe('Text beside the line, e.g. "Target"'),
    })
    .strict()
    .describe('A reference line across the chart at a value'),
  z
    .object({
      type: z.literal('highlight'),
      x: z.union([z.string(), z.number()]).describe('The category (or x value) to highlight'),
      label: labelSchema.optional().describe('Callout text for the highlighted point/bar'),
    })
    .strict()
    .describe('Emphasise one category or point; the others are muted'),
]);

export const numberFormatSchema = z
  .object({
    style: z.enum(['number', 'percent', 'currency', 'si']).default('number').describe('percent: values are already percentages (42 → 42%); si: 1.2k, 3.4M'),
    currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code like USD').default('USD').describe('Currency code for style "currency"'),
    decimals: z.number().int().min(0).max(MAX_FORMAT_DECIMALS).optional().describe('Digits after the decimal point; default: as needed'),
  })
  .strict()
  .describe('How values are written on axes, labels and in alt text');

export type NumberFormat = z.infer<typeof numberFormatSchema>;

const VEGA_LITE_MARKS = ['arc', 'area', 'bar', 'boxplot', 'circle', 'errorband', 'errorbar', 'geoshape', 'image', 'line', 'point', 'rect', 'rule', 'square', 'text', 'tick', 'trail'];
const VEGA_LITE_VIEWS = ['mark', 'layer', 'concat', 'hconcat', 'vconcat', 'facet', 'repeat'];

/** Any Vega-Lite spec (Vega-Lite validates it); published with the top level a renderable spec needs. */
const vegaLiteSchema = withJsonRewrite(z.record(z.string(), z.unknown()), (json) => {
  const mark = { type: 'string', enum: VEGA_LITE_MARKS };
  json.properties = {
    mark: { anyOf: [mark, { type: 'object', properties: { type: mark }, required: ['type'] }], description: 'The mark, e.g. "bar" or { "type": "line", "point": true }' },
    data: { type: 'object', properties: { values: { type: 'array', items: { type: 'object' }, description: 'The rows' } }, description: 'Inline data: { "values": [rows] }' },
    encoding: { type: 'object', description: 'Channels: x, y, color, theta, size … each { "field", "type" }' },
  };
  json.anyOf = VEGA_LITE_VIEWS.map((view) => ({ required: [view] }));
});

const rowsLimit = (rows: number, context: z.RefinementCtx, path: (string | number)[]) => {
  if (rows > MAX_CHART_ROWS) {
    context.addIssue({ code: 'custom', path, message: `at most ${MAX_CHART_ROWS} rows (MAX_CHART_ROWS); got ${rows}`, params: { code: 'too_large' } });
  }
};

/** Rows of inline data anywhere in a Vega-Lite spec (every "values" array, datasets included). */
function inlineRowCount(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + inlineRowCount(item), 0);
  if (!value || typeof value !== 'object') return 0;
  return Object.entries(value).reduce((sum, [key, child]) => sum + (key === 'values' && Array.isArray(child) ? child.length : key === 'datasets' && child && typeof child === 'object' ? Object.values(child).reduce((total: number, rows) => total + (Array.isArray(rows) ? rows.length : 0), 0) : inlineRowCount(child)), 0);
}

const chartObjectSchema = z
  .object({
    kind: z.literal('chart'),
    ...commonFields,
    type: z.enum(CHART_TYPES).optional().describe('Compact form: the chart type'),
    data: z.array(rowSchema).optional().describe(`Compact form: rows of data (at most ${MAX_CHART_ROWS})`),
    columns: withJsonRewrite(z.record(fieldName, z.array(cellSchema).min(1)), (json) => {
      json.properties = Object.fromEntries(Object.entries(DEFAULT_ROW_FIELDS).map(([name, field]) => [name, { type: 'array', minItems: 1, items: { type: field.type }, description: field.description }]));
    })
      .optional()
      .describe('Compact form, alternative to data: columns of equal length, e.g. { "label": ["A","B"], "value": [1,2] }'),
    x: fieldName.optional().describe('Field for categories / x values (default "label"; "x" for scatter, bubble, heatmap)'),
    y: fieldName.optional().describe('Field for values / y values (default "value"; "y" for scatter, bubble, heatmap)'),
    series: fieldName.optional().describe('Field that splits data into series/colours (default "series")'),
    size: fieldName.optional().describe('Bubble size field (default "size")'),
    line: fieldName.optional().describe('Combo: field drawn as the line over the bars (default "line")'),
    value: fieldName.optional().describe('Heatmap: field for the cell colour (default "value")'),
    xTitle: labelSchema.optional().describe('Title of the x (category) axis'),
    yTitle: labelSchema.optional().describe('Title of the y (value) axis'),
    lineTitle: labelSchema.optional().describe('Combo: title of the line series and its axis'),
    format: numberFormatSchema.optional(),
    sort: z.enum(['none', 'ascending', 'descending', 'label']).default('none').describe('Order of categories: as given, by value, or alphabetical'),
    colors: z.array(hexColorSchema).min(1).max(MAX_CHART_COLORS).optional().describe('Series colours in order; default: the theme palette'),
    labels: z.boolean().optional().describe('Write values on bars/slices/cells; default: when there are few'),
    bins: z.number().int().min(MIN_HISTOGRAM_BINS).max(MAX_HISTOGRAM_BINS).optional().describe('Histogram: maximum number of bins'),
    annotations: z.array(annotationSchema).max(MAX_ANNOTATIONS).optional().describe('Reference lines and highlighted points'),
    source: z.string().min(1).max(MAX_TEXT_CHARS).optional().describe('Where the data comes from; shown under the chart'),
    vegaLite: vegaLiteSchema
      .optional()
      .describe('Full form instead of type/data: a Vega-Lite v5/v6 spec (inline data.values; external URLs only for allowlisted hosts)'),
  })
  .strict()
  .superRefine((spec, context) => {
    const compact = spec.type !== undefined || spec.data !== undefined || spec.columns !== undefined;
    if (spec.vegaLite && compact) {
      context.addIssue({ code: 'custom', path: ['vegaLite'], message: 'use either vegaLite or the compact form (type + data/columns), not both' });
      return;
    }
    if (spec.vegaLite) {
      for (const problem of refusedUrls(spec.vegaLite, ['vegaLite'])) context.addIssue({ code: 'custom', ...problem });
      rowsLimit(inlineRowCount(spec.vegaLite), context, ['vegaLite', 'data', 'values']);
      for (const problem of vegaLiteBudgetProblems(spec.vegaLite, ['vegaLite'])) context.addIssue({ code: 'custom', ...problem, params: { code: 'too_large' } });
      return;
    }
    if (!spec.type) context.addIssue({ code: 'custom', path: ['type'], message: `required: one of ${CHART_TYPES.join(', ')} (or give a vegaLite spec)` });
    if (!spec.data && !spec.columns) context.addIssue({ code: 'custom', path: ['data'], message: 'required: data rows or columns' });
    if (spec.data && spec.columns) context.addIssue({ code: 'custom', path: ['columns'], message: 'give data or columns, not both' });
    if (spec.data) {
      rowsLimit(spec.data.length, context, ['data']);
      spec.data.forEach((row, index) => {
        if (Object.keys(row).length > MAX_CHART_FIELDS) context.addIssue({ code: 'custom', path: ['data', index], message: `at most ${MAX_CHART_FIELDS} fields per row` });
      });
    }
    if (spec.columns) {
      const fields = Object.keys(spec.columns).length;
      if (fields > MAX_CHART_FIELDS) context.addIssue({ code: 'custom', path: ['columns'], message: `at most ${MAX_CHART_FIELDS} columns (fields per row); got ${fields}` });
      const lengths = Object.values(spec.columns).map((column) => column.length);
      rowsLimit(Math.max(0, ...lengths), context, ['columns']);
    }
    if (spec.type && (spec.data || spec.columns)) {
      for (const problem of fieldProblems(spec, chartRows(spec))) context.addIssue({ code: 'custom', ...problem });
    }
  })
  .describe('A chart: the compact form (type + data rows) compiles to Vega-Lite; or a full Vega-Lite spec in "vegaLite"');

/** Fields only the compact form reads. */
const COMPACT_FIELDS = ['type', 'data', 'columns', 'x', 'y', 'series', 'size', 'line', 'value', 'xTitle', 'yTitle', 'lineTitle', 'format', 'sort', 'colors', 'labels', 'bins', 'annotations'] as const;

/** Published as three forms, so a schema-constrained model cannot mix them (shorter columns end in nulls). */
export const CHART_FORMS = [
  { description: 'Compact form: a chart type and rows of data', omit: ['vegaLite', 'columns'], require: ['type', 'data'], tighten: { data: { minItems: 1 } } },
  { description: 'Compact form: a chart type and columns of data', omit: ['vegaLite', 'data'], require: ['type', 'columns'], tighten: { columns: { minProperties: 1 } } },
  { description: 'Full form: a Vega-Lite spec', omit: COMPACT_FIELDS, require: ['vegaLite'] },
] as const;

export const chartSpecSchema = withJsonForms(chartObjectSchema, CHART_FORMS);

export type ChartSpec = z.infer<typeof chartSpecSchema>;
export type ChartRow = Record<string, string | number | null>;
