import { createHash, timingSafeEqual } from 'node:crypto';
import { env } from '@/lib/env';
import { GlimpseError } from '@/lib/errors';

/** Who a request speaks for when it carries an API key: the key's name (never the key). */
export interface ApiKeyIdentity {
  kind: 'key';
  name: string;
}

interface Key {
  name: string;
  digest: Buffer;
}

const digest = (secret: string) => createHash('sha256').update(secret).digest();

/** `name:key` or `key` (named by its digest's first 8 hex digits, so logs and limits can tell keys apart). */
export function parseApiKeys(entries: readonly string[]): Key[] {
  return entries.map((entry) => {
    const colon = entry.indexOf(':');
    const named = colon > 0 && colon <= 64 && /^[\w.-]+$/.test(entry.slice(0, colon));
    const secret = named ? entry.slice(colon + 1) : entry;
    return { name: named ? entry.slice(0, colon) : `key-${digest(secret).toString('hex').slice(0, 8)}`, digest: digest(secret) };
  });
}

let configured: Key[] | undefined;
const keys = () => (configured ??= parseApiKeys(env.GLIMPSE_API_KEYS));

/** Whether this server was given API keys (then the API needs them and ?spec= URLs need signatures). */
export const apiKeysRequired = (list: readonly Key[] = keys()) => list.length > 0;

/**
 * The key a request's `Authorization: Bearer` names, compared in constant time; null when it
 * carries none, or when this server has no keys (then the header means nothing here).
 */
export function apiKeyIdentity(request: Pick<Request, 'headers'>, list: readonly Key[] = keys()): ApiKeyIdentity | null {
  const header = request.headers.get('authorization');
  if (!header || list.length === 0) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  const presented = match?.[1] ? digest(match[1]) : undefined;
  const key = presented && list.find((candidate) => timingSafeEqual(candidate.digest, presented));
  if (!key) throw unauthorized('the API key is not one this server knows');
  return { kind: 'key', name: key.name };
}

/** For endpoints that need a key when keys are configured: the identity, or 401 (no key, wrong key). */
export function requireApiKey(request: Pick<Request, 'headers'>, list: readonly Key[] = keys()): ApiKeyIdentity | null {
  const identity = apiKeyIdentity(request, list);
  if (!identity && apiKeysRequired(list)) throw unauthorized('this server needs an API key: send Authorization: Bearer <key>');
  return identity;
}

export const unauthorized = (message: string) => new GlimpseError('unauthorized', message, { issues: [{ path: ['authorization'], message }] });
