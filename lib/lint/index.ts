import type { VisualSpec } from '@/lib/spec/visual';
import { inputOf } from '@/lib/spec/visual';
import type { LintFinding } from './finding';
import { SPEC_RULES } from './spec-rules';

export type { LintFinding } from './finding';
export { SPEC_RULES } from './spec-rules';

/** Rules the renderer reports while drawing (RenderContext.report), listed for docs and GET /api/lint. */
export const LAYOUT_RULES = [
  { id: 'text-too-small', severity: 'error', description: 'Text drawn below 12 px at scale 1 (whiteboard labels after the diagram is fitted, also inside a slide; the renderer first tries the other direction; slides never shrink text below it; any infographic text, footers and badges included; chart text once its picture is scaled onto the canvas, 10 px for axis ticks).' },
  { id: 'text-overflow', severity: 'error', description: 'Text wider than its box even at the smallest size the layout allows (a word breaks mid-word), or running past the foot of a slide.' },
  { id: 'overlap', severity: 'error', description: 'Chart text drawn over other text (error), or over a bar, point or line (warning), read from the laid-out Vega scenegraph; the path names the label, annotation or field that drew it (under slides.N.visual for a chart embedded in a slide).' },
  { id: 'missing-glyph', severity: 'error', description: 'Text with characters no bundled font or Twemoji draws (after Inter, the CJK subsets and the last-resort font); every render leaves them out rather than draw empty boxes.' },
  { id: 'clipped', severity: 'error', description: 'Content drawn outside the canvas or cut by its container: a whiteboard edge, node or label leaving the drawing, a frame title wider than its frame, a sticky-note word wider than the note; chart text (a value label, a legend label) past the edge of the chart\'s picture; a mermaid label outside the diagram or running out of its shape (frames grow to their titles and long words break first).' },
  { id: 'empty-space', severity: 'warning', description: 'An empty band across more than 35% of a slide\'s content height after the layout has grown and centred its body (title, section and quote slides excepted).' },
] as const;

/**
 * What a designer (or the model) should know about a spec that renders: each finding names its rule,
 * severity and path. `input` is what was sent; by default the input `parseSpec` saw for this spec.
 */
export function lintSpec(spec: VisualSpec, input: unknown = inputOf(spec) ?? spec): LintFinding[] {
  return SPEC_RULES.flatMap((rule) => rule.check(spec, input).map((finding) => ({ rule: rule.id, severity: rule.severity, ...finding })));
}
