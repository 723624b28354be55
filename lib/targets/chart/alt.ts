import { chartFields, chartRows } from './fields';
import { formatNumber } from './number-format';
import type { ChartRow, ChartSpec, ChartType } from './schema';

const TYPE_NAMES: Record<ChartType, string> = {
  bar: 'Bar chart',
  'horizontal-bar': 'Horizontal bar chart',
  'grouped-bar': 'Grouped bar chart',
  'stacked-bar': 'Stacked bar chart',
  line: 'Line chart',
  'multi-line': 'Line chart with several series',
  area: 'Area chart',
  'stacked-area': 'Stacked area chart',
  pie: 'Pie chart',
  donut: 'Donut chart',
  scatter: 'Scatter plot',
  bubble: 'Bubble chart',
  histogram: 'Histogram',
  heatmap: 'Heatmap',
  combo: 'Bar and line chart',
};

/** Rows listed in full up to this many; beyond it alt text summarises (min, max, trend). */
export const ALT_MAX_LISTED_ROWS = 20;

const numbers = (rows: ChartRow[], field: string) => rows.map((row) => row[field]).filter((value): value is number => typeof value === 'number');

function summary(spec: ChartSpec, rows: ChartRow[], x: string, y: string): string {
  const format = (value: number) => formatNumber(value, spec.format);
  const values = numbers(rows, y);
  if (values.length === 0) return `${rows.length} rows.`;
  const minIndex = values.indexOf(Math.min(...values));
  const maxIndex = values.indexOf(Math.max(...values));
  const first = values[0] ?? 0;
  const last = values.at(-1) ?? 0;
  const trend = last > first ? 'rising' : last < first ? 'falling' : 'flat';
  const at = (index: number) => String(rows.filter((row) => typeof row[y] === 'number')[index]?.[x] ?? '');
  return `${rows.length} rows; minimum ${format(values[minIndex] ?? 0)} (${at(minIndex)}), maximum ${format(values[maxIndex] ?? 0)} (${at(maxIndex)}); overall ${trend} from ${format(first)} to ${format(last)}.`;
}

/** Chart type, axes and the data (or a summary), so a screen-reader user gets the facts. */
export function chartAlt(spec: ChartSpec): string {
  const parts = [`${spec.title}.`];
  if (spec.subtitle) parts.push(`${spec.subtitle}.`);
  if (spec.vegaLite) {
    const mark = spec.vegaLite.mark;
    const markName = typeof mark === 'string' ? mark : mark && typeof mark === 'object' ? String((mark as { type?: unknown }).type ?? '') : 'composite';
    const values = (spec.vegaLite.data as { values?: unknown[] } | undefined)?.values;
    parts.push(`Chart (Vega-Lite, ${markName || 'layered'} marks)${Array.isArray(values) ? ` of ${values.length} data rows` : ''}.`);
  } else if (spec.type) {
    const rows = chartRows(spec);
    const fields = chartFields(spec, rows);
    const axes = [spec.xTitle ?? fields.x, spec.yTitle ?? fields.y].join(' versus ');
    parts.push(`${TYPE_NAMES[spec.type]} of ${axes}.`);
    if (spec.type === 'pie' || spec.type === 'donut') {
      const total = numbers(rows, fields.y).reduce((sum, value) => sum + value, 0);
      parts.push(rows.map((row) => `${row[fields.x]}: ${formatNumber(Number(row[fields.y] ?? 0), spec.format)} (${total ? ((Number(row[fields.y] ?? 0) / total) * 100).toFixed(1) : '0'}%)`).join('; ') + '.');
    } else if (rows.length <= ALT_MAX_LISTED_ROWS) {
      parts.push(
        rows
          .map((row) => {
            const series = fields.series ? `${row[fields.series]} ` : '';
            const value = row[fields.y];
            return `${series}${row[fields.x]}: ${typeof value === 'number' ? formatNumber(value, spec.format) : String(value ?? '')}`;
          })
          .join('; ') + '.',
      );
    } else {
      parts.push(summary(spec, rows, fields.x, fields.y));
    }
  }
  if (spec.source) parts.push(`Source: ${spec.source}.`);
  return parts.join(' ');
}
