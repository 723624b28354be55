/** What the lint reports: a rule id, how bad it is, where in the spec (as validation errors name it), and why. */
export type LintSeverity = 'error' | 'warning';

export interface LintFinding {
  rule: string;
  severity: LintSeverity;
  /** The spec field, as in validation errors: ["sections", 0, "items", 1, "icon"]. */
  path: (string | number)[];
  message: string;
  /** Where on the canvas (CSS px at scale 1), for rules that look at the layout. */
  box?: { x: number; y: number; width: number; height: number };
}

/** A rule over the spec: `spec` is the parsed spec, `input` what was sent (before defaults and fixes). */
export interface SpecRule {
  id: string;
  severity: LintSeverity;
  /** One line for docs and `GET /api/lint`. */
  description: string;
  check: (spec: unknown, input: unknown) => Omit<LintFinding, 'rule' | 'severity'>[];
}
