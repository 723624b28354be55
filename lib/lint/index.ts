import type { VisualSpec } from '@/lib/spec/visual';
import { inputOf } from '@/lib/spec/visual';
import type { LintFinding } from './finding';
import { SPEC_RULES } from './spec-rules';

export type { LintFinding } from './finding';
export { SPEC_RULES } from './spec-rules';

/**
 * What a designer (or the model) should know about a spec that renders: each finding names its rule,
 * severity and path. `input` is what was sent; by default the input `parseSpec` saw for this spec.
 */
export function lintSpec(spec: VisualSpec, input: unknown = inputOf(spec) ?? spec): LintFinding[] {
  return SPEC_RULES.flatMap((rule) => rule.check(spec, input).map((finding) => ({ rule: rule.id, severity: rule.severity, ...finding })));
}
