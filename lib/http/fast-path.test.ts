import { describe, expect, it } from 'vitest';
import { MemoryTier, RenderCache } from '@/lib/render/cache';
import type { Rendered } from '@/lib/render/render';
import { FastPath } from './fast-path';

const rendered = (bytes: string): Rendered => ({ body: Buffer.from(bytes), contentType: 'image/png', width: 10, height: 10, alt: 'x', hash: 'h1' }) as unknown as Rendered;
const routeHeaders = () => new Headers({ 'cache-control': 'public, max-age=60, immutable', etag: '"h1"', 'content-type': 'image/png', 'content-length': '3', 'x-glimpse-content-length': '3', 'x-glimpse-cache': 'miss', 'x-glimpse-width': '10' });

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
    expect(fast.answer('/i/abc.png', {}, '127.0.0.1')).toBeUndefined();
    fast.remember(cache, '/i/abc.png', undefined, 'h1', routeHeaders());
    const answer = fast.answer('/i/abc.png', {}, '127.0.0.1');
    expect(answer?.status).toBe(200);
    expect(Buffer.from(answer!.body!).toString()).toBe('png');
    expect(answer?.headers).toMatchObject({ etag: '"h1"', 'content-type': 'image/png', 'content-length': '3', 'x-glimpse-cache': 'hit', 'x-content-type-options': 'nosniff', 'x-glimpse-width': '10' });
    expect(answer?.headers).not.toHaveProperty('x-glimpse-content-length');
  });

  it('answers 304 to a matching If-None-Match with validators only', async () => {
    const { fast, cache } = await setup();
    fast.remember(cache, '/i/abc.png', undefined, 'h1', routeHeaders());
    const answer = fast.answer('/i/abc.png', { 'if-none-match': 'W/"h1"' }, '127.0.0.1');
    expect(answer?.status).toBe(304);
    expect(answer?.body).toBeUndefined();
    expect(Object.keys(answer!.headers).sort()).toEqual(['cache-control', 'etag', 'referrer-policy', 'x-content-type-options']);
  });

  it('falls through to the route: another query, a negotiated format for another Accept, an Authorization header, evicted bytes', async () => {
    const { fast, cache } = await setup();
    fast.remember(cache, '/api/render?spec=a&format=png', undefined, 'h1', routeHeaders());
    fast.remember(cache, '/api/render?spec=a', 'image/webp', 'h1', routeHeaders());
    expect(fast.answer('/api/render?spec=a&format=png&x=1', {}, 'ip')).toBeUndefined();
    expect(fast.answer('/api/render?spec=a', { accept: 'image/webp' }, 'ip')?.status).toBe(200);
    expect(fast.answer('/api/render?spec=a', { accept: 'application/pdf' }, 'ip')).toBeUndefined();
    expect(fast.answer('/api/render?spec=a&format=png', { authorization: 'Bearer x' }, 'ip')).toBeUndefined();
    const empty = new RenderCache([new MemoryTier(1024)]);
    fast.remember(empty, '/i/gone.png', undefined, 'gone', routeHeaders());
    expect(fast.answer('/i/gone.png', {}, 'ip')).toBeUndefined();
  });
});
