import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisLink } from '@/lib/redis/link';
import { rejectedGlimpseError } from '@/lib/testing/errors';
import { startRedis, type RedisServer } from '@/lib/testing/redis';
import { RateLimiter, SharedRateLimiter } from './rate-limit';

// A real redis-server; "nodes" are limiters with their own connection and local fallback bucket.
let redis: RedisServer;
const links: RedisLink[] = [];
let names = 0;

beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await Promise.all(links.map((link) => link.close()));
  await redis?.stop();
});

async function nodes(perMinute: number, count = 2) {
  const name = `test${(names += 1)}`;
  return Promise.all(
    Array.from({ length: count }, async () => {
      const link = new RedisLink(redis.url, () => undefined);
      links.push(link);
      for (let tries = 0; !link.usable && tries < 100; tries++) await new Promise((resolve) => setTimeout(resolve, 20));
      return new SharedRateLimiter(link, name, new RateLimiter(perMinute));
    }),
  );
}

describe('SharedRateLimiter: one token bucket per client for the whole cluster', () => {
  it('requests to either node take from one bucket: perMinute in all, then 429 with Retry-After on both', async () => {
    const [a, b] = await nodes(6);
    for (let index = 0; index < 3; index++) {
      await a!.take('ip:1');
      await b!.take('ip:1');
    }
    for (const node of [a!, b!]) {
      const error = await rejectedGlimpseError(node.take('ip:1'));
      expect(error).toMatchObject({ code: 'rate_limited', issues: [{ path: ['client'] }] });
      expect(error.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      expect(error.retryAfterSeconds).toBeLessThanOrEqual(10);
    }
    await a!.take('ip:2'); // another client has its own bucket
  });

  it('refills at perMinute a minute on Redis\'s clock', async () => {
    const [a] = await nodes(120); // one token every 500 ms
    for (let index = 0; index < 120; index++) await a!.take('ip:refill');
    await expect(a!.take('ip:refill')).rejects.toMatchObject({ code: 'rate_limited', retryAfterSeconds: 1 });
    await new Promise((resolve) => setTimeout(resolve, 600));
    await a!.take('ip:refill');
    await expect(a!.take('ip:refill')).rejects.toMatchObject({ code: 'rate_limited' });
  });

  it('0 means no limit, and Redis is not asked', async () => {
    const [a] = await nodes(0);
    for (let index = 0; index < 1000; index++) await a!.take('ip:free');
    expect(await a!.link.client.exists(`glimpse:rate:${a!.name}:ip:free`)).toBe(0);
  });

  it('with Redis gone each node limits on its own bucket (still 429 past perMinute), and shares again when it is back', async () => {
    const [a, b] = await nodes(4);
    await redis.stop();
    for (let index = 0; index < 4; index++) {
      await a!.take('ip:outage');
      await b!.take('ip:outage');
    }
    await expect(a!.take('ip:outage')).rejects.toMatchObject({ code: 'rate_limited' });
    await expect(b!.take('ip:outage')).rejects.toMatchObject({ code: 'rate_limited' });
    await redis.start();
    for (let tries = 0; !(a!.link.usable && b!.link.usable) && tries < 200; tries++) await new Promise((resolve) => setTimeout(resolve, 25));
    for (let index = 0; index < 2; index++) {
      await a!.take('ip:back');
      await b!.take('ip:back');
    }
    await expect(b!.take('ip:back')).rejects.toMatchObject({ code: 'rate_limited' });
  });
});
