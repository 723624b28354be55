import { afterAll, describe, expect, it } from 'vitest';
import { mermaidPool } from '@/lib/render/mermaid/pool';
import { findingsOf } from '@/lib/testing/stress/findings';
import { heldbackSet } from '@/lib/testing/heldback';

/*
 * Issue 14: "a held-back set of realistic specs renders with at most a few warnings". The set
 * (lib/testing/heldback, reviewed by eye in docs/heldback-review.md) was written without looking at
 * the stress set, so the layout was not tuned against it. Every spec renders (no 4xx/5xx), with no
 * `error` finding, and at most MAX_HELDBACK_WARNINGS warnings in all.
 */

/** Warnings the whole set may raise (it raises 0 today; a few are allowed for honest edge cases). */
const MAX_HELDBACK_WARNINGS = 3;

afterAll(async () => {
  await mermaidPool().close();
});

describe('the held-back set renders with no error finding and at most a few warnings', () => {
  const warnings: string[] = [];

  it.each(heldbackSet.map((example) => [example.name, example.spec] as const))('%s', async (name, spec) => {
    const { findings } = await findingsOf(spec);
    const errors = findings.filter((finding) => finding.severity === 'error').map((finding) => `${name} ${finding.rule} ${finding.path.join('.')}`);
    expect(errors).toEqual([]);
    warnings.push(...findings.filter((finding) => finding.severity === 'warning').map((finding) => `${name} ${finding.rule} ${finding.path.join('.')}: ${finding.message}`));
  });

  it(`at most ${MAX_HELDBACK_WARNINGS} warnings over the whole set`, () => {
    console.info(`held-back set: ${heldbackSet.length} specs, ${warnings.length} warnings`, warnings);
    expect(warnings.length).toBeLessThanOrEqual(MAX_HELDBACK_WARNINGS);
  });
});
