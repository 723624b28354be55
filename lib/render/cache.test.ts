import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { respondWithRender } from '@/lib/http/respond';
import { parseSpec } from '@/lib/spec/visual';
import { rejectedGlimpseError } from '@/lib/testing/errors';
import { heavySpec } from '@/lib/testing/heavy-spec';
import { DiskTier, MemoryTier, RenderCache } from './cache';
import { RenderPool } from './pool';
import type { Rendered, RenderOptions } from './render';
import { RenderService } from './service';

// The real service: worker processes drawing, the cache in front. Renders are counted by the pool
// (a task a worker started), so "rendered once" means one worker drew it.
const pool = new RenderPool({ threads: 2, maxQueue: 8, timeoutMs: 180_000 });
const service = new RenderService(pool, new RenderCache([new MemoryTier(64 * 1024 * 1024)]));
const PNG: RenderOptions = { format: 'png', scale: 1 };
const SLOW = 240_000;
let titles = 0;
/** A spec no earlier test has rendered. */
const freshCard = () => parseSpec({ kind: 'infographic', title: `Cache test ${(titles += 1)}`, width: 640, sections: [{ type: 'text', text: 'Drawn once, then served from the cache.' }] });
const started = () => pool.stats().started;
const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

afterAll(async () => {
  await pool.close();
});

describe('RenderService with the output cache', () => {
  it('answers a repeated request from the cache with the same bytes and X-Glimpse-Cache: hit', { timeout: SLOW }, async () => {
    const spec = freshCard();
    const post = () => new Request('http://glimpse.test/api/render?format=png', { method: 'POST' });
    const before = started();
    const fresh = await respondWithRender(post(), spec, { format: 'png', scale: 1, negotiated: false }, 'revalidate', service);
    const cached = await respondWithRender(post(), spec, { format: 'png', scale: 1, negotiated: false }, 'revalidate', service);
    expect([fresh.status, cached.status]).toEqual([200, 200]);
    expect(fresh.headers.get('x-glimpse-cache')).toBe('miss');
    expect(cached.headers.get('x-glimpse-cache')).toBe('hit');
    const [freshBytes, cachedBytes] = await Promise.all([fresh.arrayBuffer(), cached.arrayBuffer()]);
    expect(Buffer.compare(Buffer.from(freshBytes), Buffer.from(cachedBytes))).toBe(0);
    expect(cached.headers.get('etag')).toBe(fresh.headers.get('etag'));
    expect(started() - before).toBe(1);
  });

  it('renders N concurrent identical requests once', { timeout: SLOW }, async () => {
    const spec = freshCard();
    const before = started();
    const answers = await Promise.all(Array.from({ length: 6 }, () => service.render(spec, PNG)));
    expect(started() - before).toBe(1);
    for (const answer of answers) expect(Buffer.compare(answer.rendered.body, answers[0]?.rendered.body ?? Buffer.alloc(0))).toBe(0);
    // They waited for that one render together: none found it in the cache.
    expect(answers.map((answer) => answer.cache)).toEqual(Array(6).fill('miss'));
    expect((await service.render(spec, PNG)).cache).toBe('hit');
  });

  it('one caller leaving a shared render does not stop it for the others; the last one leaving does', { timeout: SLOW }, async () => {
    const spec = parseSpec(heavySpec(`Shared heavy ${Date.now()}`));
    const [first, second] = [new AbortController(), new AbortController()];
    const before = started();
    const leaving = service.render(spec, PNG, first.signal);
    const staying = service.render(spec, PNG, second.signal);
    await expect.poll(() => pool.stats().running.length, { timeout: 120_000 }).toBe(1);
    const pid = pool.stats().running[0] ?? 0;
    first.abort();
    expect((await rejectedGlimpseError(leaving)).code).toBe('cancelled');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(isAlive(pid)).toBe(true);
    expect(pool.stats().running).toEqual([pid]);
    second.abort();
    expect((await rejectedGlimpseError(staying)).code).toBe('cancelled');
    await expect.poll(() => isAlive(pid), { timeout: 5000 }).toBe(false);
    expect(started() - before).toBe(1);
  });

  it('never caches an error or a timeout: the next request renders again', { timeout: SLOW }, async () => {
    const card = freshCard();
    const before = started();
    for (let attempt = 0; attempt < 2; attempt += 1) {
      expect((await rejectedGlimpseError(service.render(card, { format: 'pptx', scale: 1 }))).code).toBe('unsupported_format');
    }
    expect(started() - before).toBe(2);
    // The same cache, fed by renders with a 2 s deadline.
    const cache = new RenderCache([new MemoryTier(1024 * 1024)]);
    const heavy = parseSpec(heavySpec(`Timeout ${Date.now()}`));
    const timed = (signal: AbortSignal) => pool.run({ type: 'render', spec: heavy, options: PNG }, { signal, timeoutMs: 2000 });
    expect((await rejectedGlimpseError(cache.getOrRender('heavy', undefined, timed))).code).toBe('render_timeout');
    const again = await cache.getOrRender('heavy', undefined, async () => ({ body: Buffer.from('drawn'), contentType: 'text/plain', width: 0, height: 0, alt: '', hash: 'heavy' }));
    expect(again.cache).toBe('miss');
  });
});

const rendered = (hash: string, size: number): Rendered => ({ body: Buffer.alloc(size, hash.charCodeAt(0)), contentType: 'image/png', width: 10, height: 20, alt: `alt of ${hash}`, hash });

describe('DiskTier', () => {
  const directories: string[] = [];
  const directory = async () => {
    const made = await mkdtemp(path.join(os.tmpdir(), 'glimpse-disk-tier-'));
    directories.push(made);
    return made;
  };
  afterAll(async () => {
    await Promise.all(directories.map((made) => rm(made, { recursive: true, force: true })));
  });

  it('keeps entries across restarts (the ledger is rebuilt from the files), written by rename', async () => {
    const where = await directory();
    await new DiskTier(where, 1024 * 1024).set('abc', rendered('abc', 1000));
    expect((await readdir(where)).sort()).toEqual(['abc.render']);
    const found = await new DiskTier(where, 1024 * 1024).get('abc');
    expect(found).toEqual(rendered('abc', 1000));
  });

  it('drops 0-byte and unreadable files at boot instead of serving them', async () => {
    const where = await directory();
    await writeFile(path.join(where, 'empty.render'), '');
    await writeFile(path.join(where, 'garbage.render'), 'not a render');
    const tier = new DiskTier(where, 1024 * 1024);
    expect(await tier.get('empty')).toBeUndefined();
    expect(await tier.get('garbage')).toBeUndefined();
    expect(await readdir(where)).toEqual([]);
  });

  it('stays within its byte budget, evicting the least recently used', async () => {
    const where = await directory();
    const tier = new DiskTier(where, 2500);
    await tier.set('a', rendered('a', 1000));
    await tier.set('b', rendered('b', 1000));
    await tier.get('a');
    await tier.set('c', rendered('c', 1000));
    expect((await readdir(where)).sort()).toEqual(['a.render', 'c.render']);
  });
});

describe('MemoryTier', () => {
  it('stays within its byte budget', async () => {
    const tier = new MemoryTier(2500);
    for (const key of ['a', 'b', 'c']) await tier.set(key, rendered(key, 1000));
    expect(await tier.get('a')).toBeUndefined();
    expect((await tier.get('c'))?.body.byteLength).toBe(1000);
  });
});
