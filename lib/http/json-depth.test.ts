import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH } from '@/lib/limits';
import { rejectedGlimpseError, thrownGlimpseError } from '@/lib/testing/errors';
import { depthExceededAt } from './json-depth';
import { decodeSpecParam, encodeSpecParam, readJsonBody } from './request';

const nested = (depth: number, open = '[', close = ']') => open.repeat(depth) + close.repeat(depth);
const post = (body: string) => new Request('http://x/api/render', { method: 'POST', body, headers: { 'content-type': 'application/json' } });

describe('depthExceededAt', () => {
  it('counts arrays and objects alike, and ignores brackets inside strings (escaped quotes too)', () => {
    expect(depthExceededAt(nested(3), 3)).toBe(-1);
    expect(depthExceededAt(nested(4), 3)).toBe(3);
    expect(depthExceededAt('{"a":{"b":[{}]}}', 4)).toBe(-1);
    expect(depthExceededAt('{"a":{"b":[{}]}}', 3)).toBe(11);
    expect(depthExceededAt(JSON.stringify({ text: '[[[[[[\\"{{{{' }), 1)).toBe(-1);
    expect(depthExceededAt('[[],[],[]]', 2)).toBe(-1);
  });
});

describe(`MAX_JSON_DEPTH (${MAX_JSON_DEPTH}) on request bodies and ?spec=`, () => {
  it('accepts exactly MAX_JSON_DEPTH levels', async () => {
    await expect(readJsonBody(post(nested(MAX_JSON_DEPTH)))).resolves.toBeDefined();
    expect(decodeSpecParam(encodeSpecParam(JSON.parse(nested(MAX_JSON_DEPTH))))).toBeDefined();
  });

  it('refuses one level more with 400 invalid_json naming body, before parsing', async () => {
    const error = await rejectedGlimpseError(readJsonBody(post(nested(MAX_JSON_DEPTH + 1))));
    expect(error.code).toBe('invalid_json');
    expect(error.issues[0]).toMatchObject({ path: ['body'], message: expect.stringContaining('MAX_JSON_DEPTH') });
  });

  it('refuses 60,000 levels (which would overflow JSON.stringify) in a body and in ?spec=', async () => {
    const deep = `{"kind":"chart","vegaLite":{"usermeta":${nested(60_000)}}}`;
    expect(() => JSON.stringify(JSON.parse(deep))).toThrow(RangeError);
    expect((await rejectedGlimpseError(readJsonBody(post(deep)))).code).toBe('invalid_json');
    const error = thrownGlimpseError(() => decodeSpecParam(`{"a":${nested(MAX_JSON_DEPTH)}}`));
    expect(error).toMatchObject({ code: 'invalid_json', issues: [{ path: ['spec'] }] });
  });
});
