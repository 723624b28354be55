import { env } from '@/lib/env';
import { apiKeyIdentity, requireApiKey, type ApiKeyIdentity } from './api-keys';
import { RateLimiter } from './rate-limit';
import { verifySignedUrl } from './signing';

/**
 * The front door of every endpoint that costs work: who is asking (an API key, else the client's
 * address) and whether they may (key required? signature valid? within their rate?). Routes call
 * `admit` first, so refusals cost nothing else.
 */
export type Admission =
  /** Stateless API endpoints (POST render/specs/decks/sign): a key when keys are configured. */
  | 'api'
  /** GET /api/render?spec=: a valid `sig` (or a key) when keys are configured. */
  | 'signed-url'
  /** /api/generate: a key when keys are configured; the model's rate when a model is configured. */
  | 'api-model'
  /** /api/chat: owned by its cookie (no key), the model's rate when a model is configured. */
  | 'chat'
  /** Capability URLs (/i/<stored id>, deck exports) and cookie-owned edits: no key, the render rate. */
  | 'public';

export interface Admitted {
  key: ApiKeyIdentity | null;
  /** What rate limits count against: `key:<name>` or `ip:<address>`. */
  client: string;
}

/** Set by scripts/server.mjs from the socket (any value a client sent is replaced), never from X-Forwarded-For. */
export const CLIENT_IP_HEADER = 'x-glimpse-client-ip';

interface Limiters {
  renders: RateLimiter;
  model: RateLimiter;
}
// Next.js gives each route bundle its own copy of this module: one set of buckets per process.
const SHARED = Symbol.for('glimpse.rateLimiters');
const processWide = globalThis as { [SHARED]?: Limiters };
const limiters = (): Limiters =>
  (processWide[SHARED] ??= { renders: new RateLimiter(env.GLIMPSE_RATE_LIMIT_RENDERS), model: new RateLimiter(env.GLIMPSE_RATE_LIMIT_MODEL) });

/** For the HTTP fast path: one token from the render bucket, or false when the client is over its rate. */
export function takeRenderToken(client: string): boolean {
  try {
    limiters().renders.take(client);
    return true;
  } catch {
    return false;
  }
}

export function admit(request: Request, admission: Admission): Admitted {
  let key: ApiKeyIdentity | null;
  if (admission === 'signed-url') {
    key = apiKeyIdentity(request);
    if (!key) verifySignedUrl(request.url);
  } else if (admission === 'chat' || admission === 'public') key = apiKeyIdentity(request);
  else key = requireApiKey(request);
  const client = key ? `key:${key.name}` : `ip:${request.headers.get(CLIENT_IP_HEADER) ?? 'unknown'}`;
  const usesModel = (admission === 'api-model' || admission === 'chat') && env.GLIMPSE_MODEL !== undefined;
  (usesModel ? limiters().model : limiters().renders).take(client);
  return { key, client };
}
