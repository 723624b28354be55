import { describe, expect, it } from 'vitest';
import { readsStore, storeReachable, storeUnavailablePage } from './store-pages';

describe('pages that read the store', () => {
  it('are the conversation, share and deck pages and their embeds; not the chat home, docs or images', () => {
    for (const path of ['/c/abc', '/share/xyz', '/deck/d1', '/embed/share/xyz', '/embed/deck/d1']) expect(readsStore(path), path).toBe(true);
    for (const path of ['/', '/docs', '/gallery', '/i/abc.png', '/api/render', '/deck', '/chat/x']) expect(readsStore(path), path).toBe(false);
  });

  it('SQLite (a local file) is always reachable: no probe', async () => {
    expect(await storeReachable()).toBe(true);
  });

  it('the unavailable page is a 503 with Retry-After, HTML, not cached', async () => {
    const page = storeUnavailablePage();
    expect(page.status).toBe(503);
    expect(Number(page.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(await page.text()).toContain('database');
  });
});
