import { expect, it } from 'vitest';
import type { GlimpseError, GlimpseErrorCode } from '@/lib/errors';
import * as limits from '@/lib/limits';
import { thrownGlimpseError } from './errors';

export type LimitName = keyof typeof limits;

/** One limit's edge: `build(value)` is accepted at the limit and refused one step past it, at `path` with `code`. */
export interface Edge {
  limit: LimitName;
  /** What the limit counts, for the test name: "bullets on a slide". */
  what: string;
  build: (value: number) => unknown;
  path: (string | number)[];
  code?: GlimpseErrorCode;
}

/** One step past a limit: MIN_* limits are passed going down, every other limit going up. */
export const pastLimit = (limit: LimitName): number => (limit.startsWith('MIN_') ? limits[limit] - 1 : limits[limit] + 1);

/**
 * Two tests per edge: `parse(build(N))` succeeds and `parse(build(N ± 1))` throws a GlimpseError whose
 * code is `code` (default invalid_spec) with an issue at `path` whose message names N.
 */
export function itEnforcesEdges(edges: Edge[], parse: (input: unknown) => unknown) {
  const rows = edges.map((edge) => [`${edge.limit} (${limits[edge.limit]} ${edge.what})`, edge] as const);
  it.each(rows)('%s: at the limit is accepted', (_name, edge) => {
    expect(() => parse(edge.build(limits[edge.limit]))).not.toThrow();
  });
  it.each(rows)('%s: one past it is refused at its path', (_name, edge) => {
    const error: GlimpseError = thrownGlimpseError(() => parse(edge.build(pastLimit(edge.limit))));
    expect(error.code).toBe(edge.code ?? 'invalid_spec');
    const issue = error.issues.find((candidate) => JSON.stringify(candidate.path) === JSON.stringify(edge.path));
    expect(issue, `issues: ${JSON.stringify(error.issues).slice(0, 500)}`).toBeDefined();
    expect(issue?.message).toContain(String(limits[edge.limit]));
  });
}
