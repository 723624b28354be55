import { env } from '@/lib/env';
import { GlimpseError } from '@/lib/errors';
import { apiKeyIdentity, requireApiKey, type ApiKeyIdentity } from './api-keys';
import { redisLink } from '@/lib/redis/link';
import { RateLimiter, SharedRateLimiter } from './rate-limit';
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
  renders: RateLimiter | SharedRateLimiter;
  model: RateLimiter | SharedRateLimiter;
}
// Next.js gives each route bundle its own copy of this module: one set of buckets per process.
const SHARED = Symbol.for('glimpse.rateLimiters');
const processWide = globalThis as { [SHARED]?: Limiters };
/** Local buckets; with GLIMPSE_REDIS_URL, the cluster's buckets in Redis (these local ones while it is away). */
function limiters(): Limiters {
  if (processWide[SHARED]) return processWide[SHARED];
  const link = redisLink();
  const renders = new RateLimiter(env.GLIMPSE_RATE_LIMIT_RENDERS);
  const model = new RateLimiter(env.GLIMPSE_RATE_LIMIT_MODEL);
  processWide[SHARED] = link ? { renders: new SharedRateLimiter(link, 'renders', renders), model: new SharedRateLimiter(link, 'model', model) } : { renders, model };
  return processWide[SHARED];
}

const refused = (error: unknown) => {
  if (error instanceof GlimpseError && error.code === 'rate_limited') return false;
  throw error;
};

/**
 * For the HTTP fast path: one token from the render bucket, or false when the client is over its
 * rate. Synchronous with local buckets; a promise with Redis's (the fast path then answers async).
 */
export function takeRenderToken(client: string): boolean | Promise<boolean> {
  // No instanceof: the limiters may come from another bundle's copy of these classes.
  let taken: void | Promise<void>;
  try {
    taken = limiters().renders.take(client);
  } catch (error) {
    return refused(error);
  }
  return taken ? taken.then(() => true, refused) : true;
}

export async function admit(request: Request, admission: Admission): Promise<Admitted> {
  let key: ApiKeyIdentity | null;
  if (admission === 'signed-url') {
    key = apiKeyIdentity(request);
    if (!key) verifySignedUrl(request.url);
  } else if (admission === 'chat' || admission === 'public') key = apiKeyIdentity(request);
  else key = requireApiKey(request);
  const client = key ? `key:${key.name}` : `ip:${request.headers.get(CLIENT_IP_HEADER) ?? 'unknown'}`;
  const usesModel = (admission === 'api-model' || admission === 'chat') && env.GLIMPSE_MODEL !== undefined;
  await (usesModel ? limiters().model : limiters().renders).take(client);
  return { key, client };
}
