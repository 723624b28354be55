import { describe, expect, it } from 'vitest';
import { renderSvg } from '@/lib/render/satori';
import { parseSpec, targetFor, type VisualSpec } from '@/lib/spec/visual';
import { targets } from '@/lib/targets/registry';
import { stressDecks } from '@/lib/testing/stress/slides';
import { lintSpec, type LintFinding } from './index';

/*
 * Issue 14's bar: every registry example and the committed stress set (long labels, limits, CJK,
 * emoji, dark, every palette, aspect and look) render with no `error` finding, from the spec rules
 * or the layout critic. SVG only: the critic reads the layout, not pixels.
 */

const needsBrowser = (spec: VisualSpec) => spec.kind === 'whiteboard' && Boolean(spec.mermaid);

const rendered = new Map<unknown, Promise<{ pages: number; findings: LintFinding[] }>>();
/** Every finding of a spec (each page rendered once per run). */
function findingsOf(input: unknown): Promise<{ pages: number; findings: LintFinding[] }> {
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

const describeFinding = (finding: LintFinding) => `${finding.severity} ${finding.rule} ${finding.path.join('.')}: ${finding.message}`;

describe('no error findings on the registry examples and the stress set', () => {
  const examples = targets.flatMap((target) => (target.examples as { name: string; spec: unknown }[]).filter((example) => !needsBrowser(parseSpec(example.spec))));
  it.each([...examples, ...stressDecks].map((example) => [example.name, example.spec] as const))('%s', async (_name, spec) => {
    const { findings } = await findingsOf(spec);
    expect(findings.filter((finding) => finding.severity === 'error').map(describeFinding)).toEqual([]);
  });

  it('few stress slides keep an empty band over a third of their height', async () => {
    let slides = 0;
    let empty = 0;
    for (const deck of stressDecks) {
      const { pages, findings } = await findingsOf(deck.spec);
      slides += pages;
      empty += new Set(findings.filter((finding) => finding.rule === 'empty-space').map((finding) => finding.path[1])).size;
    }
    console.info(`stress slides with an empty band over 35%: ${empty} of ${slides}`);
    expect(empty / slides).toBeLessThan(0.1);
  });
});
