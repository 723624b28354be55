import { LRUCache } from 'lru-cache';
import { GlimpseError } from '@/lib/errors';
import { MAX_RATE_LIMIT_CLIENTS } from '@/lib/limits';

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
      const retryAfterSeconds = Math.max(1, Math.ceil(((1 - tokens) * 60) / this.perMinute));
      const message = `more than ${this.perMinute} requests a minute from this client; try again in ${retryAfterSeconds} s`;
      throw new GlimpseError('rate_limited', message, { issues: [{ path: ['client'], message }], retryAfterSeconds });
    }
    this.buckets.set(client, { tokens: tokens - 1, at: now });
  }

  get size(): number {
    return this.buckets.size;
  }
}
