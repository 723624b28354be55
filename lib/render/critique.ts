import type { ErrorIssue } from '@/lib/errors';
import { GlimpseError } from '@/lib/errors';
import { targetFor, type VisualSpec } from '@/lib/spec/visual';
import type { LintFinding } from '@/lib/lint/finding';
import type { Rendered, RenderOptions } from './render';

/** Draws one page: the render service in the server (pool and cache), `render` itself in tests. */
export type DrawPage = (spec: VisualSpec, options: RenderOptions) => Promise<Pick<Rendered, 'findings'>>;

/**
 * What the layout critic cannot fix in `spec`, as repair issues for the model (lib/llm/plan.ts):
 * the `error` findings of every page, and content that does not fit at all (content_overflow),
 * each with its spec path. Other render errors are left to the render that follows.
 */
export async function layoutProblems(spec: VisualSpec, draw: DrawPage): Promise<ErrorIssue[]> {
  const pages = targetFor(spec.kind).pageCount?.(spec) ?? 1;
  const issues: ErrorIssue[] = [];
  for (let page = 0; page < pages; page += 1) {
    try {
      const { findings = [] } = await draw(spec, { format: 'svg', scale: 1, page });
      for (const finding of findings) if (finding.severity === 'error') issues.push({ path: finding.path, message: `${finding.rule}: ${finding.message}` });
    } catch (error) {
      if (!(error instanceof GlimpseError) || error.code !== 'content_overflow') throw error;
      issues.push(...(error.issues.length ? error.issues : [{ path: [], message: error.message }]).map((issue) => ({ path: issue.path, message: `content-overflow: ${issue.message}` })));
    }
  }
  return issues;
}

/** `layoutProblems` through a render service: the pages it draws are cached for the render that follows. */
export const critiqueWith = (service: { render: (spec: VisualSpec, options: RenderOptions, signal?: AbortSignal) => Promise<{ rendered: Rendered }> }, signal?: AbortSignal) => (spec: VisualSpec) =>
  layoutProblems(spec, async (page, options) => (await service.render(page, options, signal)).rendered);

/**
 * The layout findings of every page of `spec` (each slide of a deck, an embedded chart's with its
 * slide): `first` is page 0's, from the render the caller made already; the others are drawn (cached).
 */
export async function everyPageFindings(spec: VisualSpec, first: LintFinding[] | undefined, draw: DrawPage): Promise<LintFinding[]> {
  const pages = targetFor(spec.kind).pageCount?.(spec) ?? 1;
  const rest = await Promise.all(Array.from({ length: pages - 1 }, (_, index) => draw(spec, { format: 'svg', scale: 1, page: index + 1 })));
  return [...(first ?? []), ...rest.flatMap((page) => page.findings ?? [])];
}
