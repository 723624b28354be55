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

type FieldKey = keyof ChartFields;

const isNumeric = (rows: ChartRow[], field: string) => rows.some((row) => typeof row[field] === 'number') && rows.every((row) => row[field] === undefined || row[field] === null || typeof row[field] === 'number');
const isPresent = (rows: ChartRow[], field: string) => rows.some((row) => Object.hasOwn(row, field));

/** The field a spec names for `key`, the type's default name, and whether the value must be a number. */
function wanted(spec: FieldInput, key: FieldKey): { named?: string; fallback: string; numeric: boolean } | undefined {
  const xy = spec.type !== undefined && XY_TYPES.includes(spec.type);
  switch (key) {
    case 'x':
      return { named: spec.x, fallback: xy ? 'x' : 'label', numeric: spec.type === 'scatter' || spec.type === 'bubble' };
    case 'y':
      return { named: spec.y, fallback: xy ? 'y' : 'value', numeric: spec.type !== 'heatmap' };
    case 'size':
      return spec.type === 'bubble' ? { named: spec.size, fallback: 'size', numeric: true } : undefined;
    case 'line':
      return spec.type === 'combo' ? { named: spec.line, fallback: 'line', numeric: true } : undefined;
    case 'value':
      return spec.type === 'heatmap' ? { named: spec.value, fallback: 'value', numeric: true } : undefined;
    case 'series':
      return undefined;
  }
}

export interface FieldSubstitution {
  key: FieldKey;
  /** The field the spec named (or the default name) that no row has. */
  named: string;
  /** The field drawn instead. */
  used: string;
}

/**
 * Which fields a compact chart draws. A field the spec names (or the type's default) that no row has
 * is replaced by the first suitable field of the data — a number where a number is needed, else the
 * first text field — and reported as a substitution (a lint warning), as a misspelt name should not
 * cost the whole chart. Nothing suitable left: the named field stays, and `fieldProblems` says why.
 */
export function resolveFields(spec: FieldInput, rows: ChartRow[]): { fields: ChartFields; substitutions: FieldSubstitution[] } {
  const available = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const used = new Set<string>();
  const substitutions: FieldSubstitution[] = [];
  const pick = (key: FieldKey): string | undefined => {
    const want = wanted(spec, key);
    if (!want) return undefined;
    const name = want.named ?? want.fallback;
    if (isPresent(rows, name)) {
      used.add(name);
      return name;
    }
    const text = (field: string) => rows.some((row) => typeof row[field] === 'string');
    const candidate =
      available.find((field) => !used.has(field) && (want.numeric ? isNumeric(rows, field) : key === 'x' ? text(field) : true)) ??
      (want.numeric ? undefined : available.find((field) => !used.has(field)));
    if (!candidate) return name;
    used.add(candidate);
    substitutions.push({ key, named: name, used: candidate });
    return candidate;
  };
  // The value fields claim numbers first, so a category axis never takes the only numeric field.
  const picked: Partial<Record<FieldKey, string>> = {};
  const order: FieldKey[] = spec.type === 'scatter' || spec.type === 'bubble' ? ['x', 'y', 'size'] : spec.type === 'heatmap' ? ['value', 'x', 'y'] : ['y', 'size', 'line', 'x'];
  for (const key of order) picked[key] = pick(key);
  const fields: ChartFields = { x: picked.x ?? 'label', y: picked.y ?? 'value' };
  const series = spec.series ?? 'series';
  if (isPresent(rows, series) && !used.has(series)) fields.series = series;
  if (picked.size) fields.size = picked.size;
  if (picked.line) fields.line = picked.line;
  if (picked.value) fields.value = picked.value;
  return { fields, substitutions };
}

export function chartFields(spec: FieldInput, rows: ChartRow[]): ChartFields {
  return resolveFields(spec, rows).fields;
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
