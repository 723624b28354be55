import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { targets } from '../lib/targets/registry';

test('/docs lists every endpoint of the OpenAPI document, every kind, and every example with its JSON, without JavaScript', async ({ browser, request }) => {
  const document = (await (await request.get('/api/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  // Without JavaScript Chromium loads lazy images at once: wait for the HTML, not for every picture.
  const response = await page.goto('/docs', { waitUntil: 'domcontentloaded' });
  expect(response?.status()).toBe(200);
  for (const [route, operations] of Object.entries(document.paths)) {
    for (const method of Object.keys(operations)) {
      const heading = new RegExp(`^\\s*${method.toUpperCase()} ${route.replace(/[{}.]/g, '\\$&')}\\s*$`);
      await expect(page.locator('.docs-operation h3').filter({ hasText: heading }), `${method} ${route}`).toHaveCount(1);
    }
  }
  for (const target of targets) await expect(page.locator(`#kind-${target.kind} tbody tr`).first()).toBeVisible();
  await expect(page.locator('#kind-infographic td code', { hasText: /^sections\[\]\.items\[\]\.value$/ }).first()).toBeVisible();
  const examples = targets.flatMap((target) => target.examples as { name: string; spec: unknown }[]);
  await expect(page.locator('.docs-example')).toHaveCount(examples.length);
  const first = page.locator('.docs-example').first();
  expect(JSON.parse((await first.locator('.docs-json').textContent()) ?? '')).toEqual(examples[0]?.spec);
  await context.close();
});

test("/docs' copy as curl runs as copied, its copy as Markdown names a PNG, and each gallery image draws", async ({ page }) => {
  await page.goto('/docs');
  const example = page.locator('.docs-example[data-example="section-stats"]');
  await example.scrollIntoViewIfNeeded();
  const picture = example.locator('img');
  await expect(picture).toBeVisible();
  expect(await picture.evaluate(async (element: HTMLImageElement) => (await element.decode(), element.naturalWidth))).toBeGreaterThan(300);
  const curl = (await example.getByRole('button', { name: 'Copy as curl' }).getAttribute('data-copy')) ?? '';
  const folder = mkdtempSync(path.join(tmpdir(), 'glimpse-docs-'));
  // The copied text as a shell would run it (loopback only: the test server).
  execFileSync('bash', ['-c', curl.replace(/^curl /, 'curl -sS --fail ')], { cwd: folder, timeout: 60_000 });
  const written = await sharp(readFileSync(path.join(folder, 'section-stats.png'))).metadata();
  expect(written.format).toBe('png');
  const markdown = (await example.getByRole('button', { name: 'Copy as Markdown' }).getAttribute('data-copy')) ?? '';
  const url = /^!\[[^\]]+\]\((.+)\)$/.exec(markdown)?.[1] ?? '';
  const image = await page.request.get(url);
  expect(image.headers()['content-type']).toBe('image/png');
  expect((await sharp(await image.body()).metadata()).width).toBe(written.width);
});

test('/docs passes axe (WCAG 2.1 AA) and breaks no CSP rule (its copy buttons hydrate under the nonce)', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/docs');
  // Hydrated: a click copies.
  const copy = page.locator('.docs-example').first().locator('.docs-copy').first();
  // A long page hydrates a while after load: click until React has attached the handler.
  await expect(async () => {
    await copy.click();
    await expect(copy).toHaveText('Copied', { timeout: 1_000 });
  }).toPass({ timeout: 45_000 });
  expect(violations).toEqual([]);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
});
