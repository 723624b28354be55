import { describe, expect, it } from 'vitest';
import { MemoryTier, RenderCache } from '@/lib/render/cache';
import type { Rendered } from '@/lib/render/render';
import { FastPath } from './fast-path';

const rendered = (bytes: string): Rendered => ({ body: Buffer.from(bytes), contentType: 'image/png', width: 10, height: 10, alt: 'x', hash: 'h1' }) as unknown as Rendered;
/** What Next.js wrote for the route's answer (Node's getHeaders(): lower-case names, arrays for repeated headers). */
const written = () => ({ 'cache-control': 'public, max-age=60, immutable', etag: '"h1"', 'content-type': 'image/png', 'content-length': 3, 'x-glimpse-cache': 'miss', 'x-glimpse-width': '10', 'x-content-type-options': 'nosniff', 'referrer-policy': 'strict-origin-when-cross-origin', vary: ['rsc, next-router-state-tree', 'Accept'], date: 'Tue, 01 Dec 2026 12:00:00 GMT' });

async function setup() {
  const memory = new MemoryTier(1024 * 1024);
  const cache = new RenderCache([memory]);
  await memory.set('h1', rendered('png'));
  const fast = new FastPath();
  return { fast, cache, memory };
}

describe('FastPath', () => {
  it('answers a remembered URL from the memory tier with the route\'s headers, saying hit', async () => {
    const { fast, cache } = await setup();
    expect((await fast.answer('/i/abc.png', {}, '127.0.0.1'))).toBeUndefined();
    fast.remember(cache, '/i/abc.png', undefined, 'h1');
    expect((await fast.answer('/i/abc.png', {}, '127.0.0.1')), 'not before the written headers are known').toBeUndefined();
    fast.confirm('/i/abc.png', {}, written());
    const answer = (await fast.answer('/i/abc.png', {}, '127.0.0.1'));
    expect(answer?.status).toBe(200);
    expect(Buffer.from(answer!.body!).toString()).toBe('png');
    expect(answer?.headers).toEqual({ ...written(), 'content-length': '3', 'x-glimpse-cache': 'hit', date: undefined });
  });

  it('answers 304 to a matching If-None-Match with validators only', async () => {
    const { fast, cache } = await setup();
    fast.remember(cache, '/i/abc.png', undefined, 'h1');
    fast.confirm('/i/abc.png', {}, written());
    const answer = (await fast.answer('/i/abc.png', { 'if-none-match': 'W/"h1"' }, '127.0.0.1'));
    expect(answer?.status).toBe(304);
    expect(answer?.body).toBeUndefined();
    expect(Object.keys(answer!.headers).sort()).toEqual(['cache-control', 'etag', 'referrer-policy', 'vary', 'x-content-type-options']);
  });

  it('falls through to the route: another query, a negotiated format for another Accept, an Authorization header, evicted bytes', async () => {
    const { fast, cache } = await setup();
    fast.remember(cache, '/api/render?spec=a&format=png', undefined, 'h1');
    fast.confirm('/api/render?spec=a&format=png', {}, written());
    fast.remember(cache, '/api/render?spec=a', 'image/webp', 'h1');
    fast.confirm('/api/render?spec=a', { accept: 'image/webp' }, written());
    expect((await fast.answer('/api/render?spec=a&format=png&x=1', {}, 'ip'))).toBeUndefined();
    expect((await fast.answer('/api/render?spec=a', { accept: 'image/webp' }, 'ip'))?.status).toBe(200);
    expect((await fast.answer('/api/render?spec=a', { accept: 'application/pdf' }, 'ip'))).toBeUndefined();
    expect((await fast.answer('/api/render?spec=a&format=png', { authorization: 'Bearer x' }, 'ip'))).toBeUndefined();
    const empty = new RenderCache([new MemoryTier(1024)]);
    fast.remember(empty, '/i/gone.png', undefined, 'gone');
    fast.confirm('/i/gone.png', {}, written());
    expect((await fast.answer('/i/gone.png', {}, 'ip'))).toBeUndefined();
  });
});
