import type { ChartRow, ChartType } from './schema';

/** Which row fields a compact chart reads, with per-type defaults. */
export interface ChartFields {
  x: string;
  y: string;
  series?: string;
  size?: string;
  line?: string;
  value?: string;
}

interface FieldInput {
  type?: ChartType;
  x?: string;
  y?: string;
  series?: string;
  size?: string;
  line?: string;
  value?: string;
}

const XY_TYPES: ChartType[] = ['scatter', 'bubble', 'heatmap'];

export function chartFields(spec: FieldInput, rows: ChartRow[]): ChartFields {
  const xy = spec.type !== undefined && XY_TYPES.includes(spec.type);
  const has = (field: string) => rows.some((row) => Object.hasOwn(row, field));
  const fields: ChartFields = { x: spec.x ?? (xy ? 'x' : 'label'), y: spec.y ?? (xy ? 'y' : 'value') };
  const series = spec.series ?? 'series';
  if (has(series)) fields.series = series;
  if (spec.type === 'bubble') fields.size = spec.size ?? 'size';
  if (spec.type === 'combo') fields.line = spec.line ?? 'line';
  if (spec.type === 'heatmap') fields.value = spec.value ?? 'value';
  return fields;
}

/** Rows from either `data` or `columns`. */
export function chartRows(spec: { data?: ChartRow[]; columns?: Record<string, (string | number | null)[]> }): ChartRow[] {
  if (spec.data) return spec.data;
  const columns = Object.entries(spec.columns ?? {});
  const length = Math.max(0, ...columns.map(([, values]) => values.length));
  return Array.from({ length }, (_, index) => Object.fromEntries(columns.map(([name, values]) => [name, values[index] ?? null])));
}

export interface FieldProblem {
  path: (string | number)[];
  message: string;
}

/** Fields the type needs must exist; value fields must be numbers. */
export function fieldProblems(spec: FieldInput, rows: ChartRow[]): FieldProblem[] {
  if (!spec.type || rows.length === 0) return rows.length === 0 ? [{ path: ['data'], message: 'needs at least one row' }] : [];
  const fields = chartFields(spec, rows);
  const available = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const problems: FieldProblem[] = [];
  const numeric: (keyof ChartFields)[] = spec.type === 'heatmap' ? ['value'] : spec.type === 'histogram' ? ['y'] : ['y', 'size', 'line'];
  if (spec.type === 'scatter' || spec.type === 'bubble') numeric.push('x');
  const required: (keyof ChartFields)[] = spec.type === 'histogram' ? ['y'] : ['x', 'y', 'size', 'line', 'value'];
  for (const key of required) {
    const field = fields[key];
    if (!field) continue;
    if (!rows.some((row) => Object.hasOwn(row, field))) {
      problems.push({ path: [key], message: `field "${field}" is not in the data; fields: ${available.join(', ')}` });
      continue;
    }
    if (numeric.includes(key)) {
      const bad = rows.findIndex((row) => row[field] !== null && row[field] !== undefined && typeof row[field] !== 'number');
      if (bad !== -1) problems.push({ path: ['data', bad, field], message: `"${field}" must be a number (or null)` });
    }
  }
  if ((spec.type === 'pie' || spec.type === 'donut') && problems.length === 0) {
    const negative = rows.findIndex((row) => typeof row[fields.y] === 'number' && (row[fields.y] as number) < 0);
    if (negative !== -1) problems.push({ path: ['data', negative, fields.y], message: 'pie and donut values must be ≥ 0 (slices are shares of the total)' });
  }
  return problems;
}
