import { MAX_CHART_ROWS, MAX_CHART_VIEWS } from '@/lib/limits';

/**
 * Work a Vega-Lite spec asks for that its size does not show: views that `repeat`, `concat` and
 * `layer` multiply (900 scatter plots from 834 bytes), and rows that `sequence` generators make
 * (200,000 from 60 bytes). Counted before rendering, so such a spec is refused (413 too_large)
 * in microseconds instead of holding a worker until its deadline.
 */
export interface BudgetProblem {
  path: (string | number)[];
  message: string;
}

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);
const length = (value: unknown) => (Array.isArray(value) ? value.length : 1);

/** Views a (sub)spec draws: repeat multiplies its inner spec, concat and layer add their children. */
export function viewCount(spec: unknown): number {
  if (!isNode(spec)) return 1;
  const children = (key: string) => (Array.isArray(spec[key]) ? (spec[key] as unknown[]).reduce<number>((sum, child) => sum + viewCount(child), 0) : 0);
  if (spec.repeat !== undefined) {
    const repeat = spec.repeat;
    const cells = Array.isArray(repeat) ? repeat.length : isNode(repeat) ? length(repeat.row) * length(repeat.column) * length(repeat.layer) : 1;
    return Math.max(1, cells) * viewCount(spec.spec);
  }
  if (spec.facet !== undefined && spec.spec !== undefined) return viewCount(spec.spec);
  const combined = children('concat') + children('hconcat') + children('vconcat') + children('layer');
  return combined > 0 ? combined : 1;
}

/** Rows every `sequence` generator in the spec makes; Infinity for a step that never reaches `stop`. */
export function sequenceRows(value: unknown): number {
  if (Array.isArray(value)) return value.reduce<number>((sum, item) => sum + sequenceRows(item), 0);
  if (!isNode(value)) return 0;
  let rows = 0;
  for (const [key, child] of Object.entries(value)) {
    if (key === 'sequence' && isNode(child)) {
      const start = Number(child.start ?? 0);
      const stop = Number(child.stop);
      const step = Number(child.step ?? 1);
      const count = (stop - start) / step;
      rows += Number.isFinite(count) && step !== 0 ? Math.max(0, Math.ceil(count)) : Number.POSITIVE_INFINITY;
    } else rows += sequenceRows(child);
  }
  return rows;
}

/** Field names a facet definition splits by: `facet: { field }`, `facet: { row, column }`, or encoding row/column/facet. */
function facetFields(spec: Node): string[][] {
  const fieldOf = (channel: unknown) => (isNode(channel) && typeof channel.field === 'string' ? [channel.field] : []);
  const groups: string[][] = [];
  if (isNode(spec.facet)) groups.push(typeof spec.facet.field === 'string' ? [spec.facet.field] : [...fieldOf(spec.facet.row), ...fieldOf(spec.facet.column)]);
  if (isNode(spec.encoding)) {
    const fields = [...fieldOf(spec.encoding.row), ...fieldOf(spec.encoding.column), ...fieldOf(spec.encoding.facet)];
    if (fields.length > 0) groups.push(fields);
  }
  return groups;
}

/**
 * Cells a facet over the spec's own inline rows makes: the product of distinct values of its fields
 * (a facet by a unique id splits 5,000 rows into 5,000 views). Fields made by transforms are not
 * known here; the render counts the views it laid out as well (vega.ts).
 */
export function facetCells(spec: unknown): number {
  if (!isNode(spec)) return 1;
  const rows = isNode(spec.data) && Array.isArray(spec.data.values) ? (spec.data.values as unknown[]).filter(isNode) : [];
  const cells = facetFields(spec).map((fields) => fields.reduce((product, field) => product * Math.max(1, new Set(rows.map((row) => JSON.stringify(row[field] ?? null))).size), 1));
  return Math.max(1, ...cells) * viewCount(isNode(spec.spec) && spec.facet !== undefined ? spec.spec : {});
}

export const tooManyViews = (views: number) => `at most ${MAX_CHART_VIEWS} views (MAX_CHART_VIEWS) from repeat, facet, concat and layer; this spec draws ${views}`;

export function vegaLiteBudgetProblems(vegaLite: unknown, path: (string | number)[]): BudgetProblem[] {
  const problems: BudgetProblem[] = [];
  const views = Math.max(viewCount(vegaLite), facetCells(vegaLite));
  if (views > MAX_CHART_VIEWS) problems.push({ path, message: tooManyViews(views) });
  const generated = sequenceRows(vegaLite);
  if (generated > MAX_CHART_ROWS) {
    const count = Number.isFinite(generated) ? String(generated) : 'without end (check step)';
    problems.push({ path, message: `at most ${MAX_CHART_ROWS} rows (MAX_CHART_ROWS) from sequence generators; this spec makes ${count}` });
  }
  return problems;
}
