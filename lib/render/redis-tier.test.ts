import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_SHARED_CACHE_ENTRY_BYTES } from '@/lib/limits';
import { RedisLink } from '@/lib/redis/link';
import { startRedis, type RedisServer } from '@/lib/testing/redis';
import { encodeEntry, MemoryTier, RenderCache } from './cache';
import type { Rendered } from './render';
import { RedisTier } from './redis-tier';

// A real redis-server on loopback; two "nodes" are two caches, each with its own memory tier and
// its own connection, sharing one Redis, as two Glimpse processes do.
let redis: RedisServer;
const links: RedisLink[] = [];
const logs: string[] = [];
let prefixes = 0;

beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await Promise.all(links.map((link) => link.close()));
  await redis?.stop();
});

async function connectedLink(): Promise<RedisLink> {
  const link = new RedisLink(redis.url, (message) => logs.push(message));
  links.push(link);
  for (let tries = 0; !link.usable && tries < 100; tries++) await new Promise((resolve) => setTimeout(resolve, 20));
  expect(link.usable).toBe(true);
  return link;
}

/** Two nodes on one Redis, under a prefix no other test uses. */
async function twoNodes(wait = { waitMs: 2000, pollMs: 10 }) {
  const prefix = `test${(prefixes += 1)}:`;
  const node = async () => {
    const tier = new RedisTier(await connectedLink(), prefix, 60, 5000);
    return { tier, cache: new RenderCache([new MemoryTier(8 * 1024 * 1024), tier], wait) };
  };
  return { a: await node(), b: await node() };
}

const output = (key: string, bodyBytes = 3): Rendered => ({
  body: Buffer.alloc(bodyBytes, 7),
  contentType: 'image/png',
  width: 12,
  height: 34,
  alt: 'A chart; ✓ non-ASCII alt',
  hash: key,
  findings: [{ rule: 'text-too-small', severity: 'warning', path: ['title'], message: 'small' }],
} as Rendered);

const counting = (key: string, delayMs = 0) => {
  let calls = 0;
  const render = async () => {
    calls += 1;
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    return output(key);
  };
  return { render, calls: () => calls };
};

describe('RedisTier: the output cache tier every node shares', () => {
  it('a render cached by node A is a `shared` answer on node B (the full Rendered), then a memory hit there', async () => {
    const { a, b } = await twoNodes();
    const drawn = counting('k1');
    expect((await a.cache.getOrRender('k1', undefined, drawn.render)).cache).toBe('miss');
    const fromB = await b.cache.getOrRender('k1', undefined, drawn.render);
    expect(fromB.cache).toBe('shared');
    expect(fromB.rendered).toEqual(output('k1'));
    expect((await b.cache.getOrRender('k1', undefined, drawn.render)).cache).toBe('hit');
    expect(drawn.calls()).toBe(1);
  });

  it(`keeps an entry of MAX_SHARED_CACHE_ENTRY_BYTES (${MAX_SHARED_CACHE_ENTRY_BYTES}) encoded bytes, not one byte more`, async () => {
    const { a } = await twoNodes();
    const overhead = encodeEntry(output('edge', 0)).byteLength;
    await a.tier.set('edge', output('edge', MAX_SHARED_CACHE_ENTRY_BYTES - overhead));
    expect((await a.tier.get('edge'))?.body.byteLength).toBe(MAX_SHARED_CACHE_ENTRY_BYTES - overhead);
    await a.tier.set('over', output('over', MAX_SHARED_CACHE_ENTRY_BYTES - overhead + 1));
    expect(await a.tier.get('over')).toBeUndefined();
  });

  it('entries expire after their TTL', async () => {
    const link = await connectedLink();
    const tier = new RedisTier(link, `ttl${(prefixes += 1)}:`, 1, 5000);
    await tier.set('short', output('short'));
    expect(await tier.get('short')).toBeDefined();
    expect(await link.client.ttl(`${tier.prefix}short`)).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 1300));
    expect(await tier.get('short')).toBeUndefined();
  });

  it('an entry under another key (or not an entry) is a miss, never served', async () => {
    const { a } = await twoNodes();
    await a.tier.link.client.set(`${a.tier.prefix}wrong`, encodeEntry(output('other-key')));
    await a.tier.link.client.set(`${a.tier.prefix}junk`, 'not an entry');
    expect(await a.tier.get('wrong')).toBeUndefined();
    expect(await a.tier.get('junk')).toBeUndefined();
  });

  it('single-flight across nodes: a burst of identical requests on two nodes renders once', async () => {
    const { a, b } = await twoNodes();
    const drawn = counting('burst', 300);
    const answers = await Promise.all([...Array.from({ length: 4 }, () => a.cache.getOrRender('burst', undefined, drawn.render)), ...Array.from({ length: 4 }, () => b.cache.getOrRender('burst', undefined, drawn.render))]);
    expect(drawn.calls()).toBe(1);
    expect(answers.map((answer) => answer.cache).sort()).toEqual([...Array(4).fill('miss'), ...Array(4).fill('shared')].sort());
    expect(await a.tier.claimed('burst'), 'the lock is released after the render').toBe(false);
  });

  it('a claim whose holder never answers costs at most the wait: then the node draws it itself', async () => {
    const { a, b } = await twoNodes({ waitMs: 400, pollMs: 20 });
    expect((await a.tier.claim('stuck')).taken).toBe(false); // node A claims it, then "dies"
    const drawn = counting('stuck');
    const started = Date.now();
    expect((await b.cache.getOrRender('stuck', undefined, drawn.render)).cache).toBe('miss');
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
    expect(drawn.calls()).toBe(1);
  });

  it('a claim released without an output (the render failed) sends the waiter to draw at once', async () => {
    const { a, b } = await twoNodes({ waitMs: 5000, pollMs: 20 });
    const claim = await a.tier.claim('failed');
    setTimeout(() => void claim.release(), 100);
    const started = Date.now();
    const drawn = counting('failed');
    expect((await b.cache.getOrRender('failed', undefined, drawn.render)).cache).toBe('miss');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('with Redis gone every call is an immediate miss (logged once), and sharing resumes when it is back', async () => {
    const { a, b } = await twoNodes();
    const before = logs.length;
    await redis.stop();
    const drawnA = counting('outage');
    const started = Date.now();
    expect((await a.cache.getOrRender('outage', undefined, drawnA.render)).cache).toBe('miss');
    expect((await b.cache.getOrRender('outage', undefined, drawnA.render)).cache).toBe('miss');
    expect(Date.now() - started, 'no waiting on a dead Redis').toBeLessThan(200);
    expect((await b.cache.getOrRender('outage', undefined, drawnA.render)).cache).toBe('hit'); // its own memory
    const outageLogs = logs.slice(before).filter((line) => line.includes('unreachable'));
    expect(outageLogs.length).toBeGreaterThanOrEqual(1);
    expect(outageLogs.length, 'one line per connection, not per request').toBeLessThanOrEqual(links.length);

    await redis.start();
    for (let tries = 0; !(a.tier.link.usable && b.tier.link.usable) && tries < 200; tries++) await new Promise((resolve) => setTimeout(resolve, 25));
    const drawn = counting('after');
    expect((await a.cache.getOrRender('after', undefined, drawn.render)).cache).toBe('miss');
    expect((await b.cache.getOrRender('after', undefined, drawn.render)).cache).toBe('shared');
    expect(logs.slice(before).some((line) => line.includes('reachable again'))).toBe(true);
  });
});
