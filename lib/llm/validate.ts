import { GlimpseError, type ErrorIssue } from '@/lib/errors';
import { parseSpec, type VisualSpec } from '@/lib/spec/visual';
import { coerceNumbers, dropNulls } from './json';

export type Validated = { ok: true; spec: VisualSpec; input: unknown; coerced: boolean } | { ok: false; input: unknown; issues: ErrorIssue[] };

const NUMBER_EXPECTED = /expected number, received string|must be a number/i;
const NULL_RECEIVED = /received null/i;

/**
 * zod first; numbers sent as strings are converted, and nulls where a field may only be absent
 * are dropped (strict structured output writes absent fields as null) — only at the paths the
 * validator names — and checked again. `input` is what was finally checked.
 */
export function validate(candidate: unknown): Validated {
  let current = candidate;
  let coerced = false;
  // Validators report one bad row at a time, so convert and re-check until nothing is left to convert.
  for (let round = 0; round < 20; round += 1) {
    try {
      return { ok: true, spec: parseSpec(current), input: current, coerced };
    } catch (error) {
      if (!(error instanceof GlimpseError)) throw error;
      const numberPaths = error.issues.filter((issue) => NUMBER_EXPECTED.test(issue.message)).map((issue) => issue.path);
      const nullPaths = error.issues.filter((issue) => NULL_RECEIVED.test(issue.message)).map((issue) => issue.path);
      const next = dropNulls(numberPaths.length > 0 ? coerceNumbers(current, numberPaths) : current, nullPaths);
      if (JSON.stringify(next) === JSON.stringify(current)) {
        return { ok: false, input: current, issues: error.issues.length ? error.issues : [{ path: [], message: error.message }] };
      }
      if (numberPaths.length > 0) coerced = true;
      current = next;
    }
  }
  return { ok: false, input: current, issues: [{ path: [], message: 'too many values to convert' }] };
}
