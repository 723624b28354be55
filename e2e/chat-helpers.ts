import { expect, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

export const TAIWAN_TABLE = 'City,Population\nNew Taipei,4046000\nTaichung,2861000\nKaohsiung,2724000\nTaipei,2494000\nTaoyuan,2330000';
export const TAIWAN_PROMPT = `compare the populations of the five largest cities in Taiwan\n${TAIWAN_TABLE}`;

/** Decoded pixels of an <img> in the page: natural size and how many distinct colours a sample has. */
export async function imagePixels(image: Locator) {
  return image.evaluate(async (element: HTMLImageElement) => {
    await element.decode();
    const canvas = document.createElement('canvas');
    canvas.width = element.naturalWidth;
    canvas.height = element.naturalHeight;
    const context = canvas.getContext('2d');
    if (!context) return { width: 0, height: 0, distinct: 0, hash: 0 };
    context.drawImage(element, 0, 0);
    const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
    const colours = new Set<number>();
    let hash = 0;
    for (let offset = 0; offset < data.length; offset += 4 * 89) {
      const colour = (data[offset]! << 16) | (data[offset + 1]! << 8) | data[offset + 2]!;
      colours.add(colour);
      hash = (hash * 31 + colour) | 0;
    }
    return { width: element.naturalWidth, height: element.naturalHeight, distinct: colours.size, hash };
  });
}

/**
 * Waits until nothing on the page is still changing, so a screenshot captures one state: the
 * chat is not streaming, web fonts are loaded (and every face the page uses is in), every image
 * is decoded, and no skeleton is on screen.
 */
export async function settle(page: Page) {
  await expect(page.getByRole('button', { name: 'Stop' })).toHaveCount(0);
  await expect(page.locator('.visual-skeleton')).toHaveCount(0);
  await page.evaluate(async () => {
    await document.fonts.ready;
    const faces = [...document.fonts];
    if (faces.some((face) => face.status === 'loading' || face.status === 'error')) throw new Error(`fonts not loaded: ${faces.filter((face) => face.status !== 'loaded' && face.status !== 'unloaded').map((face) => face.family).join(', ')}`);
    await Promise.all([...document.images].map((image) => (image.complete && image.naturalWidth > 0 ? undefined : image.decode())));
    // Two frames: layout and paint after the last change.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

/** Types a question and sends it; resolves with the newest answer's image once it is on screen. */
export async function ask(page: Page, text: string, kind?: string): Promise<Locator> {
  const before = await page.locator('.chat-assistant').count();
  if (kind) await page.getByLabel('Kind of visual').selectOption(kind);
  await page.getByLabel('Message').fill(text);
  await page.getByRole('button', { name: 'Send' }).click();
  const answer = page.locator('.chat-assistant').nth(before);
  const image = answer.locator('img.visual-image');
  await expect(image).toBeVisible({ timeout: 45_000 });
  return image;
}

/** The image's natural size matches what the server reported and its pixels are not blank. */
export async function expectRendered(image: Locator, width: number, height?: number) {
  const pixels = await imagePixels(image);
  expect(pixels.width).toBe(width);
  expect(pixels.width).toBe(Number(await image.getAttribute('width')));
  expect(pixels.height).toBe(Number(await image.getAttribute('height')));
  if (height !== undefined) expect(pixels.height).toBe(height);
  expect(pixels.distinct).toBeGreaterThan(4);
  return pixels;
}

/** What a downloaded file of each format must start with (or contain). */
export function expectFileBytes(format: string, bytes: Buffer) {
  switch (format) {
    case 'png':
      expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      break;
    case 'webp':
      expect(bytes.subarray(0, 4).toString()).toBe('RIFF');
      expect(bytes.subarray(8, 12).toString()).toBe('WEBP');
      break;
    case 'svg':
      expect(bytes.toString('utf8')).toMatch(/^(?:<\?xml[^>]*>\s*)?<svg[\s>]/);
      break;
    case 'pdf':
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      break;
    case 'pptx':
    case 'zip':
      expect(bytes.subarray(0, 2).toString()).toBe('PK');
      break;
    case 'csv': {
      // A header and at least one row (a small table is under 100 bytes).
      const lines = bytes.toString('utf8').trim().split(/\r?\n/);
      expect(lines[0]).toMatch(/,/);
      expect(lines.length).toBeGreaterThanOrEqual(2);
      return;
    }
    case 'excalidraw':
      expect((JSON.parse(bytes.toString('utf8')) as { type: string }).type).toBe('excalidraw');
      break;
    default:
      throw new Error(`no byte check for ${format}`);
  }
  expect(bytes.length).toBeGreaterThan(100);
}

/** Clicks every download link of an answer and checks each file's bytes; returns the formats. */
export async function downloadAll(page: Page, answer: Locator): Promise<string[]> {
  const links = answer.locator('.visual-downloads a');
  const formats: string[] = [];
  for (let index = 0; index < (await links.count()); index += 1) {
    const link = links.nth(index);
    const format = (await link.innerText()).replace(/^Download\s*/i, '').trim().toLowerCase();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename().endsWith(`.${format}`)).toBe(true);
    expectFileBytes(format, await readFile(await download.path()));
    formats.push(format);
  }
  return formats;
}

/**
 * Sends a follow-up that edits a visual: resolves once the answer's caption names the version it
 * made ("… (version k of n)."), with that caption.
 */
export async function askFollowUp(page: Page, text: string): Promise<string> {
  const before = await page.locator('.chat-assistant').count();
  await page.getByLabel('Message').fill(text);
  await page.getByRole('button', { name: 'Send' }).click();
  const caption = page.locator('.chat-assistant').nth(before).locator('.chat-text');
  await expect(caption).toHaveText(/\(version \d+ of \d+\)\.$/, { timeout: 45_000 });
  await expect(page.getByRole('button', { name: 'Stop' })).toHaveCount(0);
  return caption.innerText();
}
