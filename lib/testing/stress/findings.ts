import type { LintFinding } from '@/lib/lint/finding';
import { lintSpec } from '@/lib/lint';
import { renderSvg } from '@/lib/render/satori';
import { parseSpec, targetFor } from '@/lib/spec/visual';

/*
 * Issue 14's bar: every registry example and the committed stress set render with no `error`
 * finding, from the spec rules or the layout critic. SVG only: the critic reads the layout, not pixels.
 */

const rendered = new Map<unknown, Promise<{ pages: number; findings: LintFinding[] }>>();

/** Every finding of a spec, spec rules and each page's layout critic (each spec rendered once per run). */
export function findingsOf(input: unknown): Promise<{ pages: number; findings: LintFinding[] }> {
  if (!rendered.has(input)) rendered.set(input, renderAll(input));
  return rendered.get(input) as Promise<{ pages: number; findings: LintFinding[] }>;
}

async function renderAll(input: unknown): Promise<{ pages: number; findings: LintFinding[] }> {
  const spec = parseSpec(input);
  const pages = targetFor(spec.kind).pageCount?.(spec) ?? 1;
  const findings = [...lintSpec(spec)];
  for (let page = 0; page < pages; page += 1) findings.push(...(await renderSvg(spec, page)).findings);
  return { pages, findings };
}

export const errorsOf = (findings: LintFinding[]) => findings.filter((finding) => finding.severity === 'error').map((finding) => `${finding.rule} ${finding.path.join('.')}: ${finding.message}`);
