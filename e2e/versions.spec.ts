import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { MODEL_PORT } from '../playwright.config';
import { VALID_CHART } from '../lib/testing/recorded-replies';
import { ask, askFollowUp, expectFileBytes, expectRendered } from './chat-helpers';

const MODEL_SERVER = `http://127.0.0.1:${MODEL_PORT}`;
const CHART = JSON.parse(VALID_CHART) as Record<string, unknown> & { title: string };
const SHORT_TITLE = 'Taiwan’s five largest cities';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
/** A PNG's size from its IHDR. */
const pngSize = (bytes: Buffer) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

interface StoredVisual {
  spec: Record<string, unknown>;
  versions?: { source: string; as?: string; prompt?: string; patch?: unknown[]; revert?: unknown[] }[];
  current?: number;
}

/** The stored conversation's first visual, as GET /api/conversations/:id answers (the page's own cookie). */
async function storedVisual(page: Page): Promise<{ visual: StoredVisual; messagesBytes: number }> {
  const id = new URL(page.url()).pathname.split('/').at(-1)!;
  const response = await page.request.get(`/api/conversations/${id}`);
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { messages: { parts: { type: string; output?: StoredVisual }[] }[] };
  const part = body.messages.flatMap((message) => message.parts).find((candidate) => candidate.type === 'tool-visual' && candidate.output);
  return { visual: part!.output!, messagesBytes: JSON.stringify(body.messages).length };
}

/** The card's PNG download: its bytes match the image shown and the render of `spec`; every download names the shown version's stored spec. */
async function expectDownloadsOf(page: Page, card: Locator, spec: Record<string, unknown>) {
  const image = card.locator('img.visual-image');
  const src = (await image.getAttribute('src'))!;
  const id = /\/i\/([\w-]+)\.png/.exec(src)?.[1];
  expect(id).toBeTruthy();
  const links = card.locator('.visual-downloads a');
  for (const href of await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''))) expect(href).toContain(`/i/${id}.`);
  const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('link', { name: 'Download PNG' }).click()]);
  const bytes = await readFile(await download.path());
  expectFileBytes('png', bytes);
  expect(pngSize(bytes).width).toBe(1200);
  expect(pngSize(bytes).height).toBe(Number(await image.getAttribute('height')));
  expect(sha256(bytes)).toBe(sha256(Buffer.from(await (await page.request.get(src)).body())));
  const rendered = await page.request.post('/api/render?format=png', { data: spec });
  expect(rendered.status()).toBe(200);
  expect(sha256(bytes)).toBe(sha256(Buffer.from(await rendered.body())));
}

test.describe('versions of a visual (the model server, OpenAI-compatible stub)', () => {
  test.use({ baseURL: MODEL_SERVER });

  test('done: three follow-ups on one visual, undo twice, redo once, reload: the right version shows and its downloads are of it', async ({ page }) => {
    await page.goto('/');
    const image = await ask(page, '[stub:chart] compare the five largest cities in Taiwan');
    const card = page.locator('.visual-card');
    const status = card.getByTestId('version-status');
    // One version: no version controls.
    await expect(card.getByRole('group', { name: 'Versions' })).toHaveCount(0);
    const sources = [await image.getAttribute('src')];

    // 1: the stub's patch path (add /theme).
    expect(await askFollowUp(page, 'make it dark')).toBe(`Updated a chart: “${CHART.title}” (version 2 of 2).`);
    await expect(status).toHaveText('Version 2 of 2');
    sources.push(await image.getAttribute('src'));
    // 2: the words alone would not read as an edit ("the title …"); the model's router says it is one.
    expect(await askFollowUp(page, `[stub:title=${SHORT_TITLE}] the title should be shorter`)).toBe(`Updated a chart: “${SHORT_TITLE}” (version 3 of 3).`);
    sources.push(await image.getAttribute('src'));
    // 3: a patch that does not apply: the whole spec is asked for (the stub writes the current one back as a line chart).
    await askFollowUp(page, '[stub:badpatch] make it a line chart');
    await expect(status).toHaveText('Version 4 of 4');
    sources.push(await image.getAttribute('src'));
    expect(new Set(sources).size).toBe(4);
    // Still one card; each follow-up answered with a caption and a note of its version.
    await expect(page.locator('.visual-card')).toHaveCount(1);
    await expect(page.locator('.version-note')).toHaveCount(3);
    await expect(page.locator('.version-note img').nth(2)).toHaveAttribute('src', sources[3]!.replace(/^https?:\/\/[^/]+/, ''));
    await expectRendered(image, 1200);

    const { visual } = await storedVisual(page);
    expect(visual.versions?.map((version) => [version.source, version.as ?? ''])).toEqual([
      ['model', ''],
      ['model', 'patch'],
      ['model', 'patch'],
      ['model', 'spec'],
    ]);
    expect(visual.spec).toMatchObject({ type: 'line', title: SHORT_TITLE, theme: { mode: 'dark' } });

    // Undo twice, redo once.
    const undo = card.getByRole('button', { name: 'Undo' });
    const redo = card.getByRole('button', { name: 'Redo' });
    await undo.click();
    await expect(status).toHaveText('Version 3 of 4');
    await undo.click();
    await expect(status).toHaveText('Version 2 of 4');
    await expect(image).toHaveAttribute('src', sources[1]!);
    await redo.click();
    await expect(status).toHaveText('Version 3 of 4');
    await expect(image).toHaveAttribute('src', sources[2]!);

    await page.reload();
    await expect(status).toHaveText('Version 3 of 4');
    await expect(image).toHaveAttribute('src', sources[2]!);
    await expect(image).toHaveAttribute('alt', new RegExp(SHORT_TITLE));
    await expectRendered(image, 1200);
    const third = { ...CHART, theme: { mode: 'dark' }, title: SHORT_TITLE };
    await expectDownloadsOf(page, card, third);
    // The spec editor starts from the version shown.
    await card.getByText('Edit spec').click();
    expect(JSON.parse(await card.getByLabel(/Spec \(JSON\)/).inputValue())).toMatchObject({ type: 'bar', title: SHORT_TITLE, theme: { mode: 'dark' } });

    // The version list: every version, the shown one marked; a pick shows it, by keyboard too.
    await card.getByText('All versions').click();
    const list = card.locator('.visual-version-list li');
    await expect(list).toHaveText([/^1\. The first answer/, /^2\. “make it dark”/, /^3\. “\[stub:title=.*the title should be shorter”/, /^4\. “\[stub:badpatch\] make it a line chart” · whole spec/]);
    await expect(card.locator('.visual-version[aria-current="true"]')).toHaveText(/^3\./);
    await card.getByRole('button', { name: /^1\. The first answer/ }).focus();
    await page.keyboard.press('Enter');
    await expect(status).toHaveText('Version 1 of 4');
    await expect(image).toHaveAttribute('src', sources[0]!);
    await expectDownloadsOf(page, card, CHART);
    await card.getByRole('button', { name: /^3\./ }).click();
    await expect(status).toHaveText('Version 3 of 4');

    // The stored conversation keeps patches, not copies, and the current index.
    const stored = await storedVisual(page);
    expect(stored.visual.current).toBe(2);
    const storedBytes = JSON.stringify({ spec: stored.visual.spec, versions: stored.visual.versions }).length;
    const copies = 4 * JSON.stringify(stored.visual.spec).length;
    console.log(`4 versions stored in ${storedBytes} bytes; 4 whole specs: ${copies} bytes`);
    expect(storedBytes).toBeLessThan(copies);

    // The share page shows the version shown, with its history, read-only.
    await page.getByText('Share', { exact: true }).click();
    const shareUrl = await page.getByLabel('Read-only link').inputValue();
    await page.goto(shareUrl);
    const shared = page.locator('.visual-card');
    await expect(shared.getByTestId('version-status')).toHaveText('Version 3 of 4');
    await expect(shared.locator('img.visual-image')).toHaveAttribute('alt', new RegExp(SHORT_TITLE));
    await expect(shared.getByRole('button', { name: 'Undo' })).toHaveCount(0);
    await shared.getByText('All versions').click();
    await expect(shared.locator('.visual-version-list li')).toHaveCount(4);
    await expect(shared.locator('.visual-version-list button')).toHaveCount(0);
  });

  test('a hand edit is a version (one editing session, one version), and the next follow-up builds on it', async ({ page }) => {
    await page.goto('/');
    const image = await ask(page, '[stub:chart] compare the five largest cities in Taiwan');
    const card = page.locator('.visual-card');
    await card.getByText('Edit spec').click();
    const editor = card.getByLabel(/Spec \(JSON\)/);
    const spec = JSON.parse(await editor.inputValue()) as Record<string, unknown>;
    await editor.fill(JSON.stringify({ ...spec, title: 'Edited by hand' }, null, 2));
    await expect(card.getByText('Rendered ✓')).toBeVisible({ timeout: 20_000 });
    await expect(card.getByTestId('version-status')).toHaveText('Version 2 of 2');
    await editor.fill(JSON.stringify({ ...spec, title: 'Edited by hand', type: 'horizontal-bar' }, null, 2));
    await expect(image).toHaveAttribute('alt', /Horizontal bar chart/i, { timeout: 20_000 });
    // Still one version for the session.
    await expect(card.getByTestId('version-status')).toHaveText('Version 2 of 2');

    expect(await askFollowUp(page, 'make it dark')).toBe('Updated a chart: “Edited by hand” (version 3 of 3).');
    const { visual } = await storedVisual(page);
    expect(visual.spec).toMatchObject({ title: 'Edited by hand', type: 'horizontal-bar', theme: { mode: 'dark' } });
    expect(visual.versions?.map((version) => version.source)).toEqual(['model', 'edit', 'model']);
    // The editor follows the new version.
    expect(JSON.parse(await editor.inputValue())).toMatchObject({ title: 'Edited by hand', type: 'horizontal-bar', theme: { mode: 'dark' } });
    // "make the title shorter" after the hand edit keeps the hand edit's chart type.
    await askFollowUp(page, '[stub:title=Hand] make the title shorter');
    expect((await storedVisual(page)).visual.spec).toMatchObject({ title: 'Hand', type: 'horizontal-bar', theme: { mode: 'dark' } });
    // Undo, then a hand edit: a new version at the end, built on the one shown.
    await card.getByRole('button', { name: 'Undo' }).click();
    await expect(card.getByTestId('version-status')).toHaveText('Version 3 of 4');
    await expect.poll(async () => JSON.parse(await editor.inputValue()) as Record<string, unknown>).toMatchObject({ title: 'Edited by hand' });
    const third = JSON.parse(await editor.inputValue()) as Record<string, unknown>;
    await editor.fill(JSON.stringify({ ...third, yTitle: 'Residents' }, null, 2));
    await expect(card.getByTestId('version-status')).toHaveText('Version 5 of 5', { timeout: 20_000 });
    expect((await storedVisual(page)).visual.spec).toMatchObject({ title: 'Edited by hand', yTitle: 'Residents', theme: { mode: 'dark' } });
  });

  test('the model routes a follow-up: a new visual, words, or an edit; when its answer is garbage the words decide', async ({ page }) => {
    await page.goto('/');
    await ask(page, '[stub:chart] compare the five largest cities in Taiwan');
    // "new": a second card, though the words alone read as an edit ("make the …").
    await ask(page, 'make the same numbers an infographic [stub:new]');
    await expect(page.locator('.visual-card')).toHaveCount(2);
    await expect(page.locator('.visual-card').nth(1)).toHaveAttribute('data-kind', 'infographic');
    // Words: no picture, no version.
    await page.getByLabel('Message').fill('[stub:text] what does it show?');
    await page.getByRole('button', { name: 'Send' }).click();
    await expect(page.locator('.chat-assistant').nth(2).locator('.chat-text')).toHaveText('That chart compares five cities; ask me to change it.', { timeout: 30_000 });
    await expect(page.locator('.chat-assistant').nth(2).locator('img')).toHaveCount(0);
    // Garbage from the router: "make it dark" reads as an edit of the last visual (the infographic).
    expect(await askFollowUp(page, 'make it dark [stub:routegarbage]')).toMatch(/^Updated an infographic: .*\(version 2 of 2\)\.$/);
    await expect(page.locator('.visual-card').nth(1).getByTestId('version-status')).toHaveText('Version 2 of 2');
    await expect(page.locator('.visual-card').first().getByRole('group', { name: 'Versions' })).toHaveCount(0);
    // Garbage again, and words that ask for something new: a new card.
    await ask(page, '[stub:routegarbage] [stub:whiteboard] how a request flows');
    await expect(page.locator('.visual-card')).toHaveCount(3);
    await expect(page.locator('.visual-card').nth(2)).toHaveAttribute('data-kind', 'whiteboard');
  });

  test('undo and redo answer 400 past the versions there are, and 404 for a stranger', async ({ page, playwright }) => {
    await page.goto('/');
    await ask(page, '[stub:chart] compare the five largest cities in Taiwan');
    await askFollowUp(page, 'make it dark');
    const id = new URL(page.url()).pathname.split('/').at(-1)!;
    const { visual } = await storedVisual(page);
    const body = (await (await page.request.get(`/api/conversations/${id}`)).json()) as { messages: { parts: { type: string; toolCallId?: string }[] }[] };
    const toolCallId = body.messages.flatMap((message) => message.parts).find((part) => part.type === 'tool-visual')!.toolCallId!;
    expect(visual.versions).toHaveLength(2);
    const path = `/api/conversations/${id}/visuals/${toolCallId}`;
    const past = await page.request.patch(path, { data: { version: 3 } });
    expect(past.status()).toBe(400);
    expect(((await past.json()) as { error: { issues: { path: string[] }[] } }).error.issues[0]?.path).toEqual(['version']);
    expect((await page.request.patch(path, { data: { version: 0 } })).status()).toBe(400);
    expect((await page.request.patch(path, { data: { version: 1 } })).status()).toBe(200);
    const stranger = await playwright.request.newContext({ baseURL: MODEL_SERVER });
    expect((await stranger.patch(path, { data: { version: 2 } })).status()).toBe(404);
    await stranger.dispose();
    expect((await storedVisual(page)).visual.current).toBe(0);
  });
});
