import { describe, expect, it } from 'vitest';
import { fromZodError } from '@/lib/errors';
import { MAX_PATCH_OPERATIONS } from '@/lib/limits';
import { itEnforcesEdges } from '@/lib/testing/edges';
import { applySpecPatch, asPatchReply, diffSpecs, patchReplySchema } from './patch';

const spec = { kind: 'chart', title: 'Signups', type: 'bar', data: [{ label: 'Jan', value: 1 }] };
const replaceTitle = { op: 'replace', path: '/title', value: 'T' } as const;

describe('JSON Patch replies', () => {
  itEnforcesEdges(
    [{ limit: 'MAX_PATCH_OPERATIONS', what: 'operations in one patch', build: (count) => ({ patch: Array.from({ length: count }, () => replaceTitle) }), path: ['patch'] }],
    (input) => {
      const parsed = patchReplySchema.safeParse(input);
      if (!parsed.success) throw fromZodError(parsed.error);
      return parsed.data;
    },
  );

  it(`a reply with more than MAX_PATCH_OPERATIONS (${MAX_PATCH_OPERATIONS}) operations, or one carrying "kind", is not read as a patch`, () => {
    expect(asPatchReply({ patch: Array.from({ length: MAX_PATCH_OPERATIONS }, () => replaceTitle) })?.patch).toHaveLength(MAX_PATCH_OPERATIONS);
    expect(asPatchReply({ patch: Array.from({ length: MAX_PATCH_OPERATIONS + 1 }, () => replaceTitle) })).toBeUndefined();
    expect(asPatchReply({ kind: 'chart', patch: [replaceTitle] })).toBeUndefined();
    expect(asPatchReply({ patch: [{ op: 'rename', path: '/title' }] })).toBeUndefined();
  });

  it('applies to a copy: add, replace, remove, append', () => {
    const result = applySpecPatch(spec, [
      { op: 'add', path: '/theme', value: { mode: 'dark' } },
      { op: 'replace', path: '/type', value: 'line' },
      { op: 'add', path: '/data/-', value: { label: 'Feb', value: 2 } },
      { op: 'remove', path: '/title' },
    ]);
    expect(result).toEqual({ ok: true, document: { kind: 'chart', type: 'line', theme: { mode: 'dark' }, data: [{ label: 'Jan', value: 1 }, { label: 'Feb', value: 2 }] }, operations: expect.any(Array) });
    expect(spec.title).toBe('Signups');
  });

  it('a patch that does not fit is a reason, never a throw: missing path, failed test, add without value, __proto__, a non-object result', () => {
    for (const operations of [
      [{ op: 'replace', path: '/sections/3/title', value: 'x' }],
      [{ op: 'test', path: '/title', value: 'Other' }],
      [{ op: 'add', path: '/subtitle' }],
      [{ op: 'add', path: '/__proto__/polluted', value: true }],
      [{ op: 'replace', path: '', value: [1, 2] }],
    ] as const) {
      const result = applySpecPatch(spec, operations as never);
      expect(result.ok, JSON.stringify(operations)).toBe(false);
      expect(result.ok ? '' : result.reason).toMatch(/\w/);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('diffSpecs gives the patch from one spec to another', () => {
    const edited = { ...spec, theme: { mode: 'dark' } };
    const patch = diffSpecs(spec, edited);
    expect(patch).toEqual([{ op: 'add', path: '/theme', value: { mode: 'dark' } }]);
    expect(applySpecPatch(spec, patch)).toMatchObject({ ok: true, document: edited });
  });
});
