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

/** Text drawn smaller than this (CSS px at scale 1) is a `text-too-small` finding (WCAG-minded; 10 px for chart ticks). */
export const MIN_READABLE_TEXT_PX = 12;

/** Chart axis ticks may be smaller: below this they are a `text-too-small` finding. */
export const MIN_TICK_TEXT_PX = 10;

/** An empty band (or stretched card) over this share of the content height is an `empty-space` finding. */
export const MAX_EMPTY_BAND = 0.35;

/** A rule over the spec: `spec` is the parsed spec, `input` what was sent (before defaults and fixes). */
export interface SpecRule {
  id: string;
  severity: LintSeverity;
  /** One line for docs and `GET /api/lint`. */
  description: string;
  check: (spec: unknown, input: unknown) => Omit<LintFinding, 'rule' | 'severity'>[];
}
