import { describe, expect, it } from 'vitest';
import { describeEachStore } from '@/lib/testing/stores';
import { SPEC_ID_CHARS } from '@/lib/limits';
import { parseSpec } from '@/lib/spec/visual';
import { isSpecId, loadSpec, saveSpec } from './specs';

describeEachStore('stored specs', () => {
  it(`ids are SPEC_ID_CHARS (${SPEC_ID_CHARS}) characters and load back`, async () => {
    const spec = parseSpec({ kind: 'infographic', title: 'Stored', sections: [{ type: 'text', text: 'x' }] });
    const id = await saveSpec(spec);
    expect(id).toHaveLength(SPEC_ID_CHARS);
    expect(isSpecId(id)).toBe(true);
    expect(await loadSpec(id)).toEqual(spec);
    expect(await saveSpec(spec), 'the same spec, the same id').toBe(id);
    expect(await loadSpec('A'.repeat(SPEC_ID_CHARS))).toBeUndefined();
  });
});

describe('spec ids', () => {
  it('an id one character shorter or longer is not an id (routes answer 404 without a lookup)', () => {
    expect(isSpecId('A'.repeat(SPEC_ID_CHARS))).toBe(true);
    expect(isSpecId('A'.repeat(SPEC_ID_CHARS - 1))).toBe(false);
    expect(isSpecId('A'.repeat(SPEC_ID_CHARS + 1))).toBe(false);
    expect(isSpecId(`${'A'.repeat(SPEC_ID_CHARS - 1)}.`)).toBe(false);
  });
});
