import { describe, expect, it } from 'vitest';
import { thrownGlimpseError } from '@/lib/testing/errors';
import { apiKeyIdentity, parseApiKeys, requireApiKey } from './api-keys';
import { signUrl, verifySignedUrl } from './signing';

const KEY = Buffer.from('k'.repeat(32));
const base = 'http://h/api/render?spec=eyJraW5kIjoiY2hhcnQifQ&format=png';

describe('signed ?spec= URLs', () => {
  it('a signed URL verifies; absolute and relative URLs alike', () => {
    expect(() => verifySignedUrl(signUrl(base, KEY), KEY)).not.toThrow();
    const relative = signUrl('/api/render?spec=abc&format=webp', KEY);
    expect(relative).toMatch(/^\/api\/render\?spec=abc&format=webp&sig=[\w-]{43}$/);
    expect(() => verifySignedUrl(`http://h${relative}`, KEY)).not.toThrow();
  });

  it.each([
    ['another spec', (url: string) => url.replace('spec=eyJ', 'spec=eyK')],
    ['another format', (url: string) => url.replace('format=png', 'format=pdf')],
    ['an added scale', (url: string) => `${url}&scale=4`],
    ['an added slide', (url: string) => `${url}&slide=2`],
    ['a truncated signature', (url: string) => url.slice(0, -1)],
    ['no signature', (url: string) => url.replace(/&sig=.*$/, '')],
  ])('%s → 403 forbidden naming sig', (_, change) => {
    const error = thrownGlimpseError(() => verifySignedUrl(change(signUrl(base, KEY)), KEY));
    expect(error).toMatchObject({ code: 'forbidden', issues: [{ path: ['sig'] }] });
  });

  it('another secret does not verify; no secret (no API keys) needs no signature', () => {
    expect(() => verifySignedUrl(signUrl(base, KEY), Buffer.from('x'.repeat(32)))).toThrow();
    expect(signUrl(base, undefined)).toBe(base);
    expect(() => verifySignedUrl(base, undefined)).not.toThrow();
  });
});

describe('API keys', () => {
  const keys = parseApiKeys(['ci:0123456789abcdef0123', 'fedcba9876543210fedcba']);
  const withAuth = (value?: string) => new Request('http://h/api/render', { headers: value ? { authorization: value } : {} });

  it('names keys by their name, or by a digest prefix (never the key itself)', () => {
    expect(keys.map((key) => key.name)).toEqual(['ci', expect.stringMatching(/^key-[0-9a-f]{8}$/)]);
    expect(apiKeyIdentity(withAuth('Bearer 0123456789abcdef0123'), keys)).toEqual({ kind: 'key', name: 'ci' });
    expect(apiKeyIdentity(withAuth('bearer fedcba9876543210fedcba'), keys)?.name).toBe(keys[1]?.name);
  });

  it('a wrong key, or none where keys are required, is 401 naming authorization', () => {
    for (const header of ['Bearer 0123456789abcdef0124', 'Bearer', 'Basic Y2k6eA==', 'Bearer ci:0123456789abcdef0123']) {
      expect(thrownGlimpseError(() => requireApiKey(withAuth(header), keys))).toMatchObject({ code: 'unauthorized', issues: [{ path: ['authorization'] }] });
    }
    expect(thrownGlimpseError(() => requireApiKey(withAuth(), keys)).code).toBe('unauthorized');
    expect(requireApiKey(withAuth(), [])).toBeNull();
    // A server without keys ignores the header (nothing to check it against).
    expect(requireApiKey(withAuth('Bearer whatever-it-is-0123456'), [])).toBeNull();
  });
});
