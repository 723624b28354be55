import type { DataTable } from '@/lib/targets/define-target';
import { chartRows } from './fields';
import type { ChartSpec } from './schema';

type Cell = DataTable['rows'][number][number];
const cell = (value: unknown): Cell => (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : value === null || value === undefined ? null : JSON.stringify(value));

function fromObjects(objects: Record<string, unknown>[]): DataTable {
  const columns = [...new Set(objects.flatMap((row) => Object.keys(row)))];
  return { columns, rows: objects.map((row) => columns.map((column) => cell(row[column]))) };
}

/** The data behind a chart: compact rows, or a Vega-Lite spec's inline values (top level, else the first dataset). */
export function chartTable(spec: ChartSpec): DataTable | undefined {
  if (!spec.vegaLite) return fromObjects(chartRows(spec));
  const data = spec.vegaLite.data as { values?: unknown } | undefined;
  const datasets = spec.vegaLite.datasets as Record<string, unknown> | undefined;
  const values = Array.isArray(data?.values) ? data.values : Object.values(datasets ?? {}).find(Array.isArray);
  if (!Array.isArray(values)) return undefined;
  const objects = values.map((value) => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : { data: value }));
  return fromObjects(objects);
}
