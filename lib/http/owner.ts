import { createHash, randomBytes } from 'node:crypto';
import { env } from '@/lib/env';
import { GlimpseError } from '@/lib/errors';
import { OWNER_COOKIE_MAX_AGE_SECONDS } from '@/lib/limits';
import { apiKeyIdentity } from './api-keys';
import { publicOrigin } from './origin';

/**
 * Who a request acts for. `anon`: a browser, by its owner cookie; `key`: an API key (Authorization:
 * Bearer, one of GLIMPSE_API_KEYS; it wins over a cookie). `id` is never the secret itself: for a
 * cookie it is the SHA-256 of the token, so the database cannot be replayed as cookies; for a key
 * it is the key's name.
 */
export interface Owner {
  kind: 'anon' | 'key';
  id: string;
}

/** The anonymous owner cookie: HttpOnly, SameSite=Lax, Path=/, Secure when we are served over https. */
export const OWNER_COOKIE = 'glimpse_owner';
const TOKEN_BYTES = 32;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** A fresh owner secret: 256 random bits, base64url. */
export function newOwnerToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

/** What the store keeps in `conversations.owner`: `anon:<hash>` (or `key:<id>`). */
export function ownerKey(owner: Owner): string {
  return `${owner.kind}:${owner.id}`;
}

function cookieValue(header: string | null, name: string): string | undefined {
  for (const pair of (header ?? '').split(';')) {
    const separator = pair.indexOf('=');
    if (separator > 0 && pair.slice(0, separator).trim() === name) return pair.slice(separator + 1).trim();
  }
  return undefined;
}

/** The request's owner token, when it carries a well-formed one. */
export function ownerToken(headers: Headers): string | undefined {
  const token = cookieValue(headers.get('cookie'), OWNER_COOKIE);
  return token && TOKEN.test(token) ? token : undefined;
}

/**
 * Whether a request may change state on behalf of its cookie: no `Origin` (curl, server to
 * server), or one whose host is the request's `Host` or whose origin is GLIMPSE_PUBLIC_URL's.
 * SameSite=Lax alone lets a sibling subdomain or another port on the same host (same site, other
 * origin) post with the cookie; this closes that.
 */
export function sameOrigin(request: Pick<Request, 'headers'>, publicUrl = env.GLIMPSE_PUBLIC_URL): boolean {
  const origin = request.headers.get('origin');
  if (origin === null) return true;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (publicUrl && parsed.origin === new URL(publicUrl).origin) return true;
  return parsed.host === request.headers.get('host')?.toLowerCase();
}

/**
 * The one place a route learns who is asking: the API key's owner, else the owner cookie's owner,
 * else null (that asker owns nothing). A state-changing request that authenticates by cookie must also come from
 * our own origin: otherwise 403 `forbidden_origin` (cross-site request forgery).
 */
export function ownerOf(request: Pick<Request, 'headers' | 'method'>, publicUrl = env.GLIMPSE_PUBLIC_URL): Owner | null {
  // A key is not sent by browsers on their own, so it needs no Origin check; a wrong key is a 401.
  const key = request.headers.get('authorization') ? apiKeyIdentity(request) : null;
  if (key) return { kind: 'key', id: key.name };
  const token = ownerToken(request.headers);
  if (!token) return null;
  if (STATE_CHANGING.has(request.method.toUpperCase()) && !sameOrigin(request, publicUrl)) {
    const message = `Origin ${request.headers.get('origin')?.slice(0, 200)} may not change this server's conversations`;
    throw new GlimpseError('forbidden_origin', message, { issues: [{ path: ['headers', 'origin'], message: 'must be this server’s origin (or absent)' }] });
  }
  return { kind: 'anon', id: createHash('sha256').update(token).digest('base64url') };
}

/** The Set-Cookie attributes for an owner token (proxy.ts issues it on first visit). */
export function ownerCookie(token: string, request: Request, publicUrl = env.GLIMPSE_PUBLIC_URL) {
  return {
    name: OWNER_COOKIE,
    value: token,
    httpOnly: true,
    sameSite: 'lax' as const,
    path: '/',
    secure: publicOrigin(request, publicUrl).startsWith('https:'),
    maxAge: OWNER_COOKIE_MAX_AGE_SECONDS,
  };
}
