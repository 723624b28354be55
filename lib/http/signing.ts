import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { env } from '@/lib/env';
import { GlimpseError } from '@/lib/errors';
import { apiKeysRequired } from './api-keys';

/**
 * Signed `GET /api/render?spec=` URLs (like imgproxy's): with API keys configured, anybody may
 * fetch an image URL a key holder made, but nobody can make new ones, so the server is not a free
 * renderer for the world. The signature is HMAC-SHA256 over the query values that choose the
 * output, exactly as they appear in the URL.
 */
export const SIGNED_PARAMS = ['spec', 'format', 'scale', 'slide'] as const;

let derived: Buffer | undefined;
function secret(): Buffer {
  if (env.GLIMPSE_URL_SECRET) return Buffer.from(env.GLIMPSE_URL_SECRET);
  return (derived ??= createHash('sha256').update('glimpse url signing\0').update(env.GLIMPSE_API_KEYS.join('\0')).digest());
}

function signatureOf(params: URLSearchParams, key: Buffer): string {
  const message = SIGNED_PARAMS.map((name) => `${name}=${params.get(name) ?? ''}`).join('\n');
  return createHmac('sha256', key).update(message).digest('base64url');
}

/** Adds `sig` to a render URL's query when this server signs URLs (it has API keys); returns it unchanged otherwise. */
export function signUrl(url: string, key: Buffer | undefined = apiKeysRequired() ? secret() : undefined): string {
  if (!key) return url;
  const parsed = new URL(url, 'http://relative.invalid');
  parsed.searchParams.delete('sig');
  parsed.searchParams.set('sig', signatureOf(parsed.searchParams, key));
  return url.startsWith('/') ? `${parsed.pathname}${parsed.search}` : parsed.toString();
}

/** For GET ?spec=: passes when the server needs no signatures or `sig` matches; else 403 naming `sig`. */
export function verifySignedUrl(url: string, key: Buffer | undefined = apiKeysRequired() ? secret() : undefined): void {
  if (!key) return;
  const params = new URL(url).searchParams;
  const given = Buffer.from(params.get('sig') ?? '');
  const expected = Buffer.from(signatureOf(params, key));
  if (given.length === expected.length && timingSafeEqual(given, expected)) return;
  const message = given.length === 0 ? 'this server only renders signed ?spec= URLs: get one from POST /api/sign' : 'the signature does not match this spec and these options';
  throw new GlimpseError('forbidden', message, { issues: [{ path: ['sig'], message }] });
}
