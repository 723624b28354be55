import { describe, expect, it } from 'vitest';
import { chooseOutput, decodeSpecParam, encodeSpecParam, readJsonBody } from './request';
import { rejectedGlimpseError, thrownGlimpseError } from '@/lib/testing/errors';
import { MAX_BODY_BYTES, MAX_SCALE, MAX_SPEC_PARAM_CHARS, MIN_SCALE } from '@/lib/limits';

const CHROME_IMG_ACCEPT = 'image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8';

const errorOf = thrownGlimpseError;
const asyncErrorOf = rejectedGlimpseError;

const get = (query: string, accept?: string) => new Request(`http://x/api/render${query}`, { headers: accept ? { accept } : {} });
const post = (body: string, type = 'application/json') =>
  new Request('http://x/api/render', { method: 'POST', body, headers: { 'content-type': type } });

describe('chooseOutput', () => {
  it.each([
    ['', undefined, 'png', true],
    ['?format=svg', 'image/webp', 'svg', false],
    ['', 'image/webp', 'webp', true],
    ['', 'application/pdf', 'pdf', true],
    ['', 'application/json', 'json', true],
    ['', 'text/csv', 'csv', true],
    ['', 'image/svg+xml;q=0.5, image/webp;q=0.9', 'webp', true],
    ['', CHROME_IMG_ACCEPT, 'png', true],
  ])('query %j with Accept %j → %s', (query, accept, format, negotiated) => {
    expect(chooseOutput(get(query, accept))).toMatchObject({ format, negotiated });
  });

  it('refuses an unknown ?format= naming the field', () => {
    const error = errorOf(() => chooseOutput(get('?format=gif')));
    expect(error.code).toBe('invalid_option');
    expect(error.issues[0]?.path).toEqual(['format']);
  });

  it('answers unsupported_format when no Accept type is available', () => {
    expect(errorOf(() => chooseOutput(get('', 'text/html'))).code).toBe('unsupported_format');
  });

  it.each([MIN_SCALE, 1, MAX_SCALE])('accepts scale=%s', (scale) => {
    expect(chooseOutput(get(`?scale=${scale}`)).scale).toBe(scale);
  });

  it.each([MIN_SCALE - 0.01, MAX_SCALE + 0.01, 'abc'])('rejects scale=%s at path scale', (scale) => {
    const error = errorOf(() => chooseOutput(get(`?scale=${scale}`)));
    expect(error.code).toBe('invalid_option');
    expect(error.issues[0]?.path).toEqual(['scale']);
  });
});

describe('decodeSpecParam', () => {
  it('round-trips base64url and accepts raw JSON', () => {
    const spec = { kind: 'infographic', title: '台灣 🎉' };
    expect(decodeSpecParam(encodeSpecParam(spec))).toEqual(spec);
    expect(decodeSpecParam(JSON.stringify(spec))).toEqual(spec);
  });

  it('is missing → invalid_spec at spec', () => {
    expect(errorOf(() => decodeSpecParam(null)).issues[0]?.path).toEqual(['spec']);
  });

  it(`accepts ${MAX_SPEC_PARAM_CHARS} characters and refuses one more`, () => {
    const padded = (length: number) => {
      const json = JSON.stringify({ pad: '' });
      return JSON.stringify({ pad: 'x'.repeat(length - json.length) });
    };
    expect(decodeSpecParam(padded(MAX_SPEC_PARAM_CHARS))).toHaveProperty('pad');
    expect(errorOf(() => decodeSpecParam(padded(MAX_SPEC_PARAM_CHARS + 1))).code).toBe('too_large');
  });

  it('refuses non-base64url and bad JSON with clear codes', () => {
    expect(errorOf(() => decodeSpecParam('abc!!')).code).toBe('invalid_spec');
    expect(errorOf(() => decodeSpecParam(Buffer.from('{oops').toString('base64url'))).code).toBe('invalid_json');
  });
});

describe('readJsonBody', () => {
  it('parses JSON', async () => {
    await expect(readJsonBody(post('{"a":1}'))).resolves.toEqual({ a: 1 });
  });

  it('refuses other media types with 415', async () => {
    expect((await asyncErrorOf(readJsonBody(post('{}', 'text/plain')))).code).toBe('unsupported_media_type');
  });

  it('refuses malformed JSON with invalid_json at body', async () => {
    const error = await asyncErrorOf(readJsonBody(post('{"a":')));
    expect(error.code).toBe('invalid_json');
    expect(error.issues[0]?.path).toEqual(['body']);
  });

  it(`accepts exactly MAX_BODY_BYTES (${MAX_BODY_BYTES}) and refuses one byte more`, async () => {
    const body = (size: number) => `"${'x'.repeat(size - 2)}"`;
    await expect(readJsonBody(post(body(MAX_BODY_BYTES)))).resolves.toHaveLength(MAX_BODY_BYTES - 2);
    expect((await asyncErrorOf(readJsonBody(post(body(MAX_BODY_BYTES + 1))))).code).toBe('too_large');
  });
});
