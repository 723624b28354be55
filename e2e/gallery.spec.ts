import { expect, test } from '@playwright/test';
import { exportFormats } from '../lib/render/render';
import { parseSpec } from '../lib/spec/visual';
import { targets } from '../lib/targets/registry';
import { expectFileBytes } from './chat-helpers';
import { encode, SPEC } from './fixtures';
import { HARD_CASES, LOOK_SAMPLES } from '../lib/looks/gallery';
import { LOOK_NAMES } from '../lib/looks/tokens';

const EXAMPLES: { name: string; spec: unknown }[] = targets.flatMap((target) => target.examples.map((example) => ({ name: example.name, spec: example.spec as unknown })));

test('the gallery shows every example as a real, non-blank image', async ({ page }) => {
  await page.goto('/gallery');
  await expect(page.getByRole('heading', { name: 'Glimpse' })).toBeVisible();
  const images = page.locator('.gallery img');
  const count = await images.count();
  expect(count).toBe(EXAMPLES.length);
  for (let index = 0; index < count; index += 1) {
    const image = images.nth(index);
    await image.scrollIntoViewIfNeeded();
    // Lazy images render on demand: on a loaded 2-core machine one can take several seconds.
    await expect(image).toHaveJSProperty('complete', true, { timeout: 30_000 });
    const stats = await image.evaluate(async (element: HTMLImageElement) => {
      await element.decode();
      const canvas = document.createElement('canvas');
      canvas.width = element.naturalWidth;
      canvas.height = element.naturalHeight;
      const context = canvas.getContext('2d');
      if (!context) return { width: 0, distinct: 0 };
      context.drawImage(element, 0, 0);
      const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
      const colours = new Set<number>();
      for (let offset = 0; offset < data.length; offset += 4 * 97) colours.add((data[offset]! << 16) | (data[offset + 1]! << 8) | data[offset + 2]!);
      return { width: element.naturalWidth, distinct: colours.size };
    });
    expect(stats.width).toBeGreaterThanOrEqual(800);
    expect(stats.distinct).toBeGreaterThan(8);
  }
  await page.screenshot({ path: 'test-results/home.png', fullPage: false });
});

test('each example links every format it exports, and each kind of link answers with that format', async ({ page, request }) => {
  await page.goto('/gallery');
  const figures = page.locator('.gallery figure');
  await expect(figures).toHaveCount(EXAMPLES.length);
  const firstLink = new Map<string, string>();
  for (const [index, example] of EXAMPLES.entries()) {
    const links = figures.nth(index).locator('figcaption a');
    const formats = exportFormats(parseSpec(example.spec));
    await expect(links).toHaveText(formats.map((format) => format.toUpperCase()));
    for (const [position, format] of formats.entries()) if (!firstLink.has(format)) firstLink.set(format, (await links.nth(position).getAttribute('href')) ?? '');
  }
  expect([...firstLink.keys()].sort()).toEqual(['csv', 'excalidraw', 'pdf', 'png', 'pptx', 'svg', 'webp', 'zip']);
  const types = { png: 'image/png', webp: 'image/webp', svg: 'image/svg+xml', pdf: 'application/pdf', csv: 'text/csv', pptx: 'presentationml', zip: 'application/zip', excalidraw: 'excalidraw' };
  for (const [format, href] of firstLink) {
    const response = await request.get(href);
    expect(response.status(), `${format}: ${href.slice(0, 80)}`).toBe(200);
    expect(response.headers()['content-type']).toContain(types[format as keyof typeof types]);
    expectFileBytes(format, await response.body());
  }
});

test('the gallery shows every look with the same samples, and the hard cases, each a decoded image of its real size', async ({ page }) => {
  await page.goto('/gallery');
  await expect(page.locator('section.looks')).toHaveCount(LOOK_NAMES.length);
  for (const look of LOOK_NAMES) await expect(page.locator(`section.looks[data-look="${look}"] img`)).toHaveCount(LOOK_SAMPLES.find((entry) => entry.look === look)?.samples.length ?? 0);
  await expect(page.locator('.hard-cases img')).toHaveCount(HARD_CASES.length);
  const figures = page.locator('section.looks figure, .hard-cases figure');
  const count = await figures.count();
  expect(count).toBe(LOOK_NAMES.length * 5 + HARD_CASES.length);
  const sizes = new Map<string, { width: number; height: number; distinct: number }>();
  for (let index = 0; index < count; index += 1) {
    const figure = figures.nth(index);
    const name = (await figure.getAttribute('data-sample')) ?? '';
    const image = figure.locator('img');
    await image.scrollIntoViewIfNeeded();
    await expect(image).toHaveJSProperty('complete', true, { timeout: 30_000 });
    const stats = await image.evaluate(async (element: HTMLImageElement) => {
      await element.decode();
      const canvas = document.createElement('canvas');
      canvas.width = element.naturalWidth;
      canvas.height = element.naturalHeight;
      const context = canvas.getContext('2d');
      if (!context) return { width: 0, height: 0, distinct: 0 };
      context.drawImage(element, 0, 0);
      const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
      const colours = new Set<number>();
      for (let offset = 0; offset < data.length; offset += 4 * 97) colours.add((data[offset]! << 16) | (data[offset + 1]! << 8) | data[offset + 2]!);
      return { width: element.naturalWidth, height: element.naturalHeight, distinct: colours.size };
    });
    sizes.set(name, stats);
    // Every sample is drawn at 1,000 px wide or more (an error picture is 800); heights follow the
    // content: the 4-node decision flow, laid out from its start, is a 1200×371 strip.
    expect(stats.width, name).toBeGreaterThanOrEqual(1000);
    expect(stats.height, name).toBeGreaterThanOrEqual(300);
    expect(stats.distinct, name).toBeGreaterThan(4);
  }
  // Decks come at their aspect: 16:9, 1:1 and 4:3 (not an error picture, which is 800 wide).
  expect(sizes.get('clean-stats-slide')).toMatchObject({ width: 1280, height: 720 });
  expect(sizes.get('square-deck')).toMatchObject({ width: 1080, height: 1080 });
  expect(sizes.get('four-three-deck')).toMatchObject({ width: 1024, height: 768 });
  await page.locator('section.looks[data-look="bold"]').screenshot({ path: 'test-results/gallery-bold.png' });
});

test('an <img> with a broken spec shows the error picture', async ({ page }) => {
  await page.goto('/api/health');
  const bad = encode({ ...SPEC, title: '' });
  const size = await page.evaluate(async (src) => {
    const image = new Image();
    image.src = src;
    await new Promise((resolve) => {
      image.onload = resolve;
      image.onerror = resolve;
    });
    return { width: image.naturalWidth, height: image.naturalHeight };
  }, `/api/render?spec=${bad}`);
  expect(size.width).toBe(800);
  expect(size.height).toBeGreaterThan(100);
});
