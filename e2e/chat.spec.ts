import { expect, test, type Locator } from '@playwright/test';

const TABLE = 'City,Population\nNew Taipei,4046000\nTaichung,2861000\nKaohsiung,2724000\nTaipei,2494000\nTaoyuan,2330000';

/** Decoded pixels of an <img> in the page: natural size and how many distinct colours it has. */
async function imagePixels(image: Locator) {
  return image.evaluate(async (element: HTMLImageElement) => {
    await element.decode();
    const canvas = document.createElement('canvas');
    canvas.width = element.naturalWidth;
    canvas.height = element.naturalHeight;
    const context = canvas.getContext('2d');
    if (!context) return { width: 0, height: 0, distinct: 0 };
    context.drawImage(element, 0, 0);
    const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
    const colours = new Set<number>();
    for (let offset = 0; offset < data.length; offset += 4 * 89) colours.add((data[offset]! << 16) | (data[offset + 1]! << 8) | data[offset + 2]!);
    return { width: element.naturalWidth, height: element.naturalHeight, distinct: colours.size };
  });
}

test.describe('chat on the offline planner', () => {
  test('a pasted table becomes a chart that can be downloaded; a follow-up edits it', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByText('Offline planner (no model configured)')).toBeVisible();
    const input = page.getByLabel('Message');
    await input.fill(`compare the populations of the five largest cities in Taiwan\n${TABLE}`);
    await page.getByRole('button', { name: 'Send' }).click();
    const image = page.locator('.chat-assistant img.visual-image').first();
    await expect(image).toBeVisible({ timeout: 30_000 });
    await expect(image).toHaveAttribute('alt', /Bar chart of City versus Population.*New Taipei: 4,046,000/);
    const pixels = await imagePixels(image);
    expect(pixels.width).toBe(1200);
    expect(pixels.distinct).toBeGreaterThan(8);
    await expect(page.locator('.chat-assistant .chat-text').first()).toHaveText('Here is a chart: “Populations of the five largest cities in Taiwan”.');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'PNG' }).first().click()]);
    const bytes = await import('node:fs/promises').then(async (fs) => fs.readFile(await download.path()));
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'PDF' }).first().click()]);
    const pdfBytes = await import('node:fs/promises').then(async (fs) => fs.readFile(await pdf.path()));
    expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');

    await input.fill('make it dark');
    await input.press('Enter');
    const edited = page.locator('.chat-assistant img.visual-image').nth(1);
    await expect(edited).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('.chat-assistant .chat-text').nth(1)).toHaveText(/^Updated a chart/);
    await page.screenshot({ path: 'test-results/chat-desktop.png', fullPage: true });
  });

  test('a forced kind from the menu: an infographic from bullet points', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Kind of visual').selectOption('infographic');
    await page.getByLabel('Message').fill('Why remote work\n- Saves commuting time\n- Better focus');
    await page.getByRole('button', { name: 'Send' }).click();
    const image = page.locator('.chat-assistant img.visual-image').first();
    await expect(image).toBeVisible({ timeout: 30_000 });
    expect((await imagePixels(image)).width).toBe(1200);
  });
});
