import { chartFields, chartRows } from './fields';
import { formatNumber } from './number-format';
import type { ChartRow, ChartSpec } from './schema';
import { altWords, type AltWords } from '@/lib/targets/shared/alt-words';

/** Rows listed in full up to this many; beyond it alt text summarises (min, max, trend). */
export const ALT_MAX_LISTED_ROWS = 20;

const numbers = (rows: ChartRow[], field: string) => rows.map((row) => row[field]).filter((value): value is number => typeof value === 'number');

function summary(spec: ChartSpec, rows: ChartRow[], x: string, y: string, words: AltWords): string {
  const format = (value: number) => formatNumber(value, spec.format);
  const values = numbers(rows, y);
  if (values.length === 0) return `${words.chart.rows(rows.length)}${words.stop}`;
  const minIndex = values.indexOf(Math.min(...values));
  const maxIndex = values.indexOf(Math.max(...values));
  const first = values[0] ?? 0;
  const last = values.at(-1) ?? 0;
  const trend = last > first ? 'rising' : last < first ? 'falling' : 'flat';
  const at = (index: number) => String(rows.filter((row) => typeof row[y] === 'number')[index]?.[x] ?? '');
  const point = (index: number) => `${format(values[index] ?? 0)}${words.open}${at(index)}${words.close}`;
  return `${words.chart.summary(rows.length, point(minIndex), point(maxIndex), trend, format(first), format(last))}${words.stop}`;
}

/** Chart type, axes and the data (or a summary), so a screen-reader user gets the facts; in the spec's language. */
export function chartAlt(spec: ChartSpec): string {
  const words = altWords(spec);
  const { stop, colon, list } = words;
  const parts = [`${spec.title}${stop}`];
  if (spec.subtitle) parts.push(`${spec.subtitle}${stop}`);
  if (spec.vegaLite) {
    const mark = spec.vegaLite.mark;
    const markName = typeof mark === 'string' ? mark : mark && typeof mark === 'object' ? String((mark as { type?: unknown }).type ?? '') : 'composite';
    const values = (spec.vegaLite.data as { values?: unknown[] } | undefined)?.values;
    parts.push(`${words.chart.vegaLite(markName || 'layered', Array.isArray(values) ? values.length : undefined)}${stop}`);
  } else if (spec.type) {
    const rows = chartRows(spec);
    const fields = chartFields(spec, rows);
    parts.push(`${words.chart.of(words.chart.types[spec.type], spec.xTitle ?? fields.x, spec.yTitle ?? fields.y)}${stop}`);
    if (spec.type === 'pie' || spec.type === 'donut') {
      const total = numbers(rows, fields.y).reduce((sum, value) => sum + value, 0);
      parts.push(rows.map((row) => `${row[fields.x]}${colon}${formatNumber(Number(row[fields.y] ?? 0), spec.format)}${words.open}${total ? ((Number(row[fields.y] ?? 0) / total) * 100).toFixed(1) : '0'}%${words.close}`).join(list) + stop);
    } else if (rows.length <= ALT_MAX_LISTED_ROWS) {
      parts.push(
        rows
          .map((row) => {
            const series = fields.series ? `${row[fields.series]} ` : '';
            const value = row[fields.y];
            return `${series}${row[fields.x]}${colon}${typeof value === 'number' ? formatNumber(value, spec.format) : String(value ?? '')}`;
          })
          .join(list) + stop,
      );
    } else {
      parts.push(summary(spec, rows, fields.x, fields.y, words));
    }
  }
  if (spec.source) parts.push(`${words.source(spec.source)}${stop}`);
  return parts.join(stop === '。' ? '' : ' ');
}
