import { describe, expect, it } from 'vitest';
import { SPEC_ID_CHARS } from '@/lib/limits';
import { parseSpec } from '@/lib/spec/visual';
import { isSpecId, loadSpec, saveSpec } from './specs';

describe('stored specs', () => {
  it(`ids are SPEC_ID_CHARS (${SPEC_ID_CHARS}) characters and load back`, () => {
    const spec = parseSpec({ kind: 'infographic', title: 'Stored', sections: [{ type: 'text', text: 'x' }] });
    const id = saveSpec(spec);
    expect(id).toHaveLength(SPEC_ID_CHARS);
    expect(isSpecId(id)).toBe(true);
    expect(loadSpec(id)).toEqual(spec);
  });

  it('an id one character shorter or longer is not an id (routes answer 404 without a lookup)', () => {
    expect(isSpecId('A'.repeat(SPEC_ID_CHARS))).toBe(true);
    expect(isSpecId('A'.repeat(SPEC_ID_CHARS - 1))).toBe(false);
    expect(isSpecId('A'.repeat(SPEC_ID_CHARS + 1))).toBe(false);
    expect(isSpecId(`${'A'.repeat(SPEC_ID_CHARS - 1)}.`)).toBe(false);
  });
});
