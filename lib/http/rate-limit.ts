import { LRUCache } from 'lru-cache';
import { GlimpseError } from '@/lib/errors';
import { MAX_RATE_LIMIT_CLIENTS } from '@/lib/limits';
import type { RedisLink } from '@/lib/redis/link';

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * A token bucket per client: `perMinute` requests may come at once, and the bucket refills at
 * `perMinute` a minute. At most MAX_RATE_LIMIT_CLIENTS clients are remembered (least recently seen
 * forgotten first), so a flood of addresses costs bounded memory.
 */
export class RateLimiter {
  private readonly buckets = new LRUCache<string, Bucket>({ max: MAX_RATE_LIMIT_CLIENTS });

  constructor(
    readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one token for `client`, or throws 429 `rate_limited` with Retry-After (seconds until one is back). */
  take(client: string): void {
    if (this.perMinute <= 0) return;
    const now = this.now();
    const bucket = this.buckets.get(client) ?? { tokens: this.perMinute, at: now };
    const tokens = Math.min(this.perMinute, bucket.tokens + ((now - bucket.at) * this.perMinute) / 60_000);
    if (tokens < 1) {
      this.buckets.set(client, { tokens, at: now });
      throw rateLimited(this.perMinute, tokens);
    }
    this.buckets.set(client, { tokens: tokens - 1, at: now });
  }

  get size(): number {
    return this.buckets.size;
  }
}

/** 429 `rate_limited`, with Retry-After: the seconds until the bucket holds a whole token again. */
function rateLimited(perMinute: number, tokens: number): GlimpseError {
  const retryAfterSeconds = Math.max(1, Math.ceil(((1 - tokens) * 60) / perMinute));
  const message = `more than ${perMinute} requests a minute from this client; try again in ${retryAfterSeconds} s`;
  return new GlimpseError('rate_limited', message, { issues: [{ path: ['client'], message }], retryAfterSeconds });
}

/**
 * The same token bucket in one atomic script, on Redis's clock, so every node takes from one
 * bucket per client. A bucket left alone refills fully in a minute, so it expires after that.
 * Returns { 1 | 0 (taken or refused), tokens left (as text: Lua numbers become integers in replies) }.
 */
const TAKE = `
local rate = tonumber(ARGV[1])
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
local bucket = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(bucket[1]) or rate
local at = tonumber(bucket[2]) or now
tokens = math.min(rate, tokens + math.max(0, now - at) * rate / 60000)
local taken = 0
if tokens >= 1 then
  tokens = tokens - 1
  taken = 1
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], 61000)
return { taken, tostring(tokens) }
`;

/**
 * GLIMPSE_REDIS_URL: one bucket per client for the whole cluster (a client cannot multiply its rate
 * by the number of nodes). While Redis is unreachable each node falls back to its own `local`
 * limiter, which is what a node without Redis has: limits stay enforced, per node.
 */
export class SharedRateLimiter {
  constructor(
    readonly link: RedisLink,
    /** Which limit (renders, model): part of the key. */
    readonly name: string,
    readonly local: RateLimiter,
  ) {}

  get perMinute(): number {
    return this.local.perMinute;
  }

  /** Takes one token for `client` (from Redis, else locally), or throws 429 `rate_limited` with Retry-After. */
  async take(client: string): Promise<void> {
    if (this.perMinute <= 0) return;
    if (!this.link.usable) return this.local.take(client);
    let reply: [number, string];
    try {
      reply = (await this.link.client.eval(TAKE, 1, `glimpse:rate:${this.name}:${client}`, this.perMinute)) as [number, string];
    } catch (error) {
      this.link.failed(error);
      return this.local.take(client);
    }
    if (reply[0] !== 1) throw rateLimited(this.perMinute, Number(reply[1]));
  }
}
