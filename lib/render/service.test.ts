import { afterAll, describe, expect, it } from 'vitest';
import { parseSpec } from '@/lib/spec/visual';
import { englishDeck } from '@/lib/targets/slides/examples';
import { heavySpec } from '@/lib/testing/heavy-spec';
import { readPdf } from '@/lib/testing/pdf';
import { RenderCache } from './cache';
import { mermaidPool } from './mermaid/pool';
import { RenderPool } from './pool';
import { render, type RenderOptions } from './render';
import { pageShares, RenderService } from './service';

// Two real worker processes, no cache: every render below is drawn.
const pool = new RenderPool({ threads: 2, maxQueue: 4, timeoutMs: 180_000 });
const service = new RenderService(pool, new RenderCache([]));
const PDF: RenderOptions = { format: 'pdf', scale: 1 };
const deck = parseSpec(englishDeck);
const SLOW = 240_000;

afterAll(async () => {
  await service.close();
  await mermaidPool().close();
});

const started = () => pool.stats().started;

describe('RenderService: a deck PDF across the workers', () => {
  it('shares pages by turns, so heavy neighbours go to different workers, and every page is drawn once', () => {
    expect(pageShares(10, 2)).toEqual([[0, 2, 4, 6, 8], [1, 3, 5, 7, 9]]);
    expect(pageShares(5, 3)).toEqual([[0, 3], [1, 4], [2]]);
    expect(pageShares(2, 2)).toEqual([[0], [1]]);
    for (const [pages, shares] of [[7, 2], [12, 5], [3, 3]] as const) expect(pageShares(pages, shares).flat().sort((a, b) => a - b)).toEqual(Array.from({ length: pages }, (_, page) => page));
  });
  it('spreads the pages over the idle workers and merges them: the same bytes as one process draws', { timeout: SLOW }, async () => {
    // Boot both workers first so the count below is of this render's tasks only.
    await Promise.all([0, 1].map((page) => service.render(deck, { format: 'png', scale: 1, page })));
    const before = started();
    const { rendered } = await service.render(deck, PDF);
    // Two shares of pages, then the merge: three tasks; one task would be one.
    expect(started() - before).toBe(3);
    const alone = await render(deck, PDF);
    expect(Buffer.compare(rendered.body, alone.body)).toBe(0);
    const pdf = await readPdf(rendered.body);
    expect(pdf.pages).toHaveLength(deck.kind === 'slides' ? deck.slides.length : 0);
    expect(pdf.title).toBe(deck.title);
    expect(pdf.pages.every((page) => page.paths > 0)).toBe(true);
    expect(rendered.findings).toEqual(alone.findings);
  });

  it('draws in one task when no second worker is idle', { timeout: SLOW }, async () => {
    const client = new AbortController();
    const heavy = service.render(parseSpec(heavySpec()), { format: 'png', scale: 1 }, client.signal).catch(() => undefined);
    while (pool.stats().running.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    const before = started();
    const { rendered } = await service.render(deck, PDF);
    expect(started() - before).toBe(1);
    client.abort();
    await heavy;
    expect(Buffer.compare(rendered.body, (await render(deck, PDF)).body)).toBe(0);
  });

  it('a share past the deadline fails the PDF with 504 and frees every worker it held', { timeout: SLOW }, async () => {
    const short = new RenderPool({ threads: 2, maxQueue: 4, timeoutMs: 300 });
    const hurried = new RenderService(short, new RenderCache([]));
    try {
      await Promise.all([0, 1].map((page) => hurried.render(deck, { format: 'png', scale: 1, page }).catch(() => undefined)));
      await expect(hurried.render(deck, PDF)).rejects.toMatchObject({ code: 'render_timeout' });
      const freed = Date.now();
      while (short.stats().admitted > 0 && Date.now() - freed < 30_000) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(short.stats().admitted).toBe(0);
    } finally {
      await hurried.close();
    }
  });
});
