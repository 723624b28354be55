import { describe, expect, it } from 'vitest';
import { GlimpseError, httpStatus } from '@/lib/errors';
import { OWNER_COOKIE_MAX_AGE_SECONDS } from '@/lib/limits';
import { newOwnerToken, OWNER_COOKIE, ownerCookie, ownerKey, ownerOf, ownerToken, sameOrigin } from './owner';

const request = (headers: Record<string, string>, method = 'GET') => ({ method, headers: new Headers({ host: 'glimpse.test:3000', ...headers }) });
const withCookie = (token: string, headers: Record<string, string> = {}, method = 'GET') => request({ cookie: `theme=dark; ${OWNER_COOKIE}=${token}; other=1`, ...headers }, method);

describe('the owner of a request', () => {
  it('is the cookie token, hashed: the same token the same owner, another token another owner', () => {
    const token = newOwnerToken();
    const owner = ownerOf(withCookie(token));
    expect(owner?.kind).toBe('anon');
    expect(owner?.id).not.toContain(token);
    expect(owner?.id).toHaveLength(43);
    expect(ownerOf(withCookie(token))).toEqual(owner);
    expect(ownerOf(withCookie(newOwnerToken()))?.id).not.toBe(owner?.id);
    expect(ownerKey(owner!)).toBe(`anon:${owner!.id}`);
  });

  it('tokens are 256 random bits, base64url', () => {
    const tokens = new Set(Array.from({ length: 1000 }, newOwnerToken));
    expect(tokens.size).toBe(1000);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it.each([
    ['no cookie header', {}],
    ['no owner cookie', { cookie: 'theme=dark' }],
    ['an empty one', { cookie: `${OWNER_COOKIE}=` }],
    ['a short one', { cookie: `${OWNER_COOKIE}=abc` }],
    ['one with other characters', { cookie: `${OWNER_COOKIE}=${'a'.repeat(42)}%` }],
    ['a prefix of the name', { cookie: `x${OWNER_COOKIE}=${newOwnerToken()}` }],
  ])('is nobody with %s', (_name, headers) => {
    expect(ownerOf(request(headers))).toBeNull();
    expect(ownerToken(new Headers(headers))).toBeUndefined();
  });
});

describe('the Origin check on state-changing cookie requests', () => {
  const token = newOwnerToken();

  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])('%s from another origin is 403 forbidden_origin, naming the header', (method) => {
    for (const origin of ['https://evil.example', 'http://glimpse.test:3001', 'http://sub.glimpse.test:3000', 'null', 'not a url']) {
      let thrown: unknown;
      try {
        ownerOf(withCookie(token, { origin }, method));
      } catch (error) {
        thrown = error;
      }
      expect(thrown, origin).toBeInstanceOf(GlimpseError);
      expect((thrown as GlimpseError).code).toBe('forbidden_origin');
      expect(httpStatus((thrown as GlimpseError).code)).toBe(403);
      expect((thrown as GlimpseError).issues[0]?.path).toEqual(['headers', 'origin']);
    }
  });

  it('same origin, no Origin, and reads are let through', () => {
    expect(ownerOf(withCookie(token, { origin: 'http://glimpse.test:3000' }, 'POST'))).not.toBeNull();
    expect(ownerOf(withCookie(token, { origin: 'HTTP://GLIMPSE.TEST:3000' }, 'DELETE'))).not.toBeNull();
    expect(ownerOf(withCookie(token, {}, 'POST'))).not.toBeNull();
    expect(ownerOf(withCookie(token, { origin: 'https://evil.example' }, 'GET'))).not.toBeNull();
  });

  it("GLIMPSE_PUBLIC_URL's origin is ours too (behind a proxy that rewrites Host)", () => {
    const behindProxy = request({ host: '10.0.0.5:3000', origin: 'https://glimpse.example.com' });
    expect(sameOrigin(behindProxy, 'https://glimpse.example.com/')).toBe(true);
    expect(sameOrigin(behindProxy, undefined)).toBe(false);
    expect(sameOrigin(request({ origin: 'https://glimpse.example.com.evil.example' }), 'https://glimpse.example.com')).toBe(false);
  });
});

describe('the owner cookie', () => {
  it('is HttpOnly, SameSite=Lax, Path=/, long-lived; Secure exactly when the public origin is https', () => {
    const token = newOwnerToken();
    const plain = ownerCookie(token, new Request('http://127.0.0.1:3000/'), undefined);
    expect(plain).toEqual({ name: OWNER_COOKIE, value: token, httpOnly: true, sameSite: 'lax', path: '/', secure: false, maxAge: OWNER_COOKIE_MAX_AGE_SECONDS });
    expect(ownerCookie(token, new Request('https://glimpse.example.com/'), undefined).secure).toBe(true);
    expect(ownerCookie(token, new Request('http://10.0.0.5:3000/'), 'https://glimpse.example.com').secure).toBe(true);
  });
});
