import { describe, expect, it } from 'vitest';
import { applySpecPatch, asPatchReply } from '@/lib/llm/patch';
import { parseSpec } from '@/lib/spec/visual';
import { INVALID_SPEC, PATCH_ADD_ROW, PATCH_BAD_TYPE, PATCH_DARK, PATCH_FIX_VALUE, PATCH_RETITLE, PATCH_UNRESOLVABLE, VALID_CHART, VALID_DECK, VALID_INFOGRAPHIC, VALID_SLIDES, VALID_WHITEBOARD } from './recorded-replies';

describe('recorded valid replies', () => {
  it.each([
    ['infographic', VALID_INFOGRAPHIC],
    ['chart', VALID_CHART],
    ['slides', VALID_SLIDES],
    ['slides', VALID_DECK],
    ['whiteboard', VALID_WHITEBOARD],
  ])('%s parses as a spec of that kind', (kind, reply) => {
    expect(parseSpec(JSON.parse(reply)).kind).toBe(kind);
  });

  it('the six-slide deck has six slides', () => {
    expect((JSON.parse(VALID_DECK) as { slides: unknown[] }).slides).toHaveLength(6);
  });
});

describe('recorded patch replies', () => {
  it.each([
    ['PATCH_DARK on the chart', PATCH_DARK, VALID_CHART],
    ['PATCH_ADD_ROW on the chart', PATCH_ADD_ROW, VALID_CHART],
    ['PATCH_RETITLE on the infographic', PATCH_RETITLE, VALID_INFOGRAPHIC],
    ['PATCH_FIX_VALUE on INVALID_SPEC', PATCH_FIX_VALUE, INVALID_SPEC],
  ])('%s applies and leaves a valid spec', (_name, patch, spec) => {
    const applied = applySpecPatch(JSON.parse(spec), asPatchReply(JSON.parse(patch))!.patch);
    expect(applied.ok).toBe(true);
    if (applied.ok) expect(() => parseSpec(applied.document)).not.toThrow();
  });

  it('PATCH_UNRESOLVABLE does not apply; PATCH_BAD_TYPE applies to an invalid spec', () => {
    expect(applySpecPatch(JSON.parse(VALID_CHART), asPatchReply(JSON.parse(PATCH_UNRESOLVABLE))!.patch).ok).toBe(false);
    const bad = applySpecPatch(JSON.parse(VALID_CHART), asPatchReply(JSON.parse(PATCH_BAD_TYPE))!.patch);
    expect(bad.ok && (() => parseSpec(bad.document))).toThrow();
  });
});
