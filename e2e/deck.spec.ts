import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { SPEC_ID_CHARS } from '../lib/limits';
import { englishDeck, japaneseDeck } from '../lib/targets/slides/examples';
import { expectErrorBody, expectErrorImage, expectNotFoundPage } from './fixtures';

const UNKNOWN_ID = 'A'.repeat(SPEC_ID_CHARS);

interface StoredDeck {
  id: string;
  url: string;
  embedUrl: string;
  exports: { pdf: string; pptx: string; zip: string };
  slides: number;
}

test.describe('decks: store, export, view', () => {
  let deck: StoredDeck;
  test.beforeAll(async ({ request }) => {
    const response = await request.post('/api/decks', { data: englishDeck });
    expect(response.status()).toBe(201);
    deck = (await response.json()) as StoredDeck;
  });

  test('exports by id: PDF pages, PPTX and ZIP bytes, single slides as PNG', async ({ request }) => {
    const pdf = await request.get(new URL(deck.exports.pdf).pathname + new URL(deck.exports.pdf).search);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    const document = await PDFDocument.load(await pdf.body());
    expect(document.getPageCount()).toBe(10);
    expect(document.getTitle()).toBe(englishDeck.title);
    const pptx = await request.get(`/api/decks/${deck.id}/export?format=pptx`);
    expect(pptx.headers()['content-type']).toBe('application/vnd.openxmlformats-officedocument.presentationml.presentation');
    expect(pptx.headers()['content-disposition']).toMatch(/^attachment; filename=".+\.pptx"$/);
    expect((await pptx.body()).subarray(0, 2).toString()).toBe('PK');
    const zip = await request.get(`/api/decks/${deck.id}/export?format=zip`);
    expect((await zip.body()).subarray(0, 2).toString()).toBe('PK');
    const slide = await request.get(`/i/${deck.id}.png?slide=4`);
    expect((await sharp(await slide.body()).metadata()).width).toBe(1280);
    await expectErrorImage(await request.get(`/i/${deck.id}.png?slide=11`), 400, 'invalid_option');
    await expectErrorBody(await request.get(`/api/decks/${deck.id}/export?format=gif`), 400, 'invalid_option', ['format']);
    await expectErrorBody(await request.get(`/api/decks/${UNKNOWN_ID}/export`), 404, 'not_found', ['id']);
  });

  test('a Japanese deck exports too', async ({ request }) => {
    const stored = (await (await request.post('/api/decks', { data: japaneseDeck })).json()) as StoredDeck;
    expect(stored.slides).toBe(japaneseDeck.slides.length);
    const pdf = await request.get(`/api/decks/${stored.id}/export?format=pdf`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    const document = await PDFDocument.load(await pdf.body());
    expect(document.getPageCount()).toBe(japaneseDeck.slides.length);
    expect(document.getTitle()).toBe(japaneseDeck.title);
    for (const format of ['pptx', 'zip']) {
      const response = await request.get(`/api/decks/${stored.id}/export?format=${format}`);
      expect(response.status(), format).toBe(200);
      expect(response.headers()['content-disposition'], format).toMatch(new RegExp(`^attachment; filename=".+\\.${format}"$`));
      expect((await response.body()).subarray(0, 2).toString(), format).toBe('PK');
    }
  });

  test('only slides are decks', async ({ request }) => {
    const response = await request.post('/api/decks', { data: { kind: 'infographic', title: 'x', sections: [{ type: 'text', text: 'y' }] } });
    await expectErrorBody(response, 400, 'invalid_spec', ['kind']);
  });

  test('the embed page works inside an iframe: keyboard navigation, screenshot, PDF download', async ({ page, baseURL }) => {
    const embed = await page.request.get(`/embed/deck/${deck.id}`);
    // One directive of the page CSP (lib/http/security-headers.ts).
    expect(embed.headers()['content-security-policy']).toMatch(/(^|; )frame-ancestors \*($|;)/);
    // A host page on another origin (its own HTTP server on another loopback port), as a wiki embedding the deck would be.
    const host = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(`<!doctype html><title>host</title><h1>Host page</h1><iframe id="deck" src="${baseURL}/embed/deck/${deck.id}" width="960" height="600" style="border:0"></iframe>`);
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    const hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
    await page.goto(hostUrl);
    const frame = page.frameLocator('#deck');
    const counter = frame.getByTestId('deck-counter');
    await expect(counter).toHaveText('1 / 10');
    await frame.locator('.deck[data-ready]').waitFor();
    const image = frame.locator('img.deck-slide');
    await expect(image).toHaveJSProperty('naturalWidth', 1280);
    await frame.locator('.deck-stage').click({ position: { x: 800, y: 200 } });
    await expect(counter).toHaveText('2 / 10');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(counter).toHaveText('4 / 10');
    await page.keyboard.press('ArrowLeft');
    await expect(counter).toHaveText('3 / 10');
    await page.keyboard.press('End');
    await expect(counter).toHaveText('10 / 10');
    await expect(image).toHaveAttribute('alt', /^Slide 10: Renders per day/);
    await expect(image).toHaveJSProperty('complete', true);
    await expect(image).toHaveJSProperty('naturalWidth', 1280);
    await page.screenshot({ path: 'test-results/deck-embed.png' });
    await frame.getByText('Download').click();
    const [download] = await Promise.all([page.waitForEvent('download'), frame.getByRole('link', { name: 'PDF' }).click()]);
    const path = await download.path();
    const bytes = await import('node:fs/promises').then((fs) => fs.readFile(path));
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    host.close();
  });

  test('the full deck page has a title and the same viewer', async ({ page }) => {
    await page.goto(`/deck/${deck.id}`);
    await expect(page.getByRole('heading', { name: englishDeck.title })).toBeVisible();
    await expect(page.getByTestId('deck-counter')).toHaveText('1 / 10');
    await page.locator('.deck[data-ready]').waitFor();
    await page.getByRole('button', { name: 'Next slide' }).click();
    await expect(page.getByTestId('deck-counter')).toHaveText('2 / 10');
    expect((await page.request.get(`/deck/${deck.id}`)).headers()['content-security-policy']).toMatch(/(^|; )frame-ancestors 'self'($|;)/);
    await expectNotFoundPage(await page.request.get(`/deck/${UNKNOWN_ID}`));
  });
});
