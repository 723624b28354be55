import { expect, test } from '@playwright/test';
import { MODEL_PORT } from '../playwright.config';
import { ask, askFollowUp, downloadAll, expectRendered, imagePixels, TAIWAN_PROMPT } from './chat-helpers';
import { expectNotFoundPage } from './fixtures';

const MODEL_SERVER = `http://127.0.0.1:${MODEL_PORT}`;

test.describe('chat on the offline planner', () => {
  test('done scenario: a pasted table becomes a chart to download; a follow-up edits it (a second version of the card); reload keeps it; a share link shows it read-only', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByText('Offline planner (no model configured)')).toBeVisible();
    const image = await ask(page, TAIWAN_PROMPT);
    await expect(image).toHaveAttribute('alt', /Bar chart of City versus Population.*New Taipei: 4,046,000/);
    await expectRendered(image, 1200);
    await expect(page.locator('.chat-assistant .chat-text').first()).toHaveText('Here is a chart: “Populations of the five largest cities in Taiwan”.');
    await expect(page).toHaveURL(/\/c\/[\w-]{8,}$/);
    const conversationUrl = page.url();

    expect(await downloadAll(page, page.locator('.chat-assistant').first())).toEqual(['png', 'webp', 'svg', 'pdf', 'csv']);

    const light = await imagePixels(image);
    // The offline rules read "make it …" as an edit: the card gets version 2, the answer says so.
    expect(await askFollowUp(page, 'make it dark')).toBe('Updated a chart: “Populations of the five largest cities in Taiwan” (version 2 of 2).');
    await expect(page.getByTestId('version-status')).toHaveText('Version 2 of 2');
    const dark = await expectRendered(image, 1200);
    expect(dark.hash).not.toBe(light.hash);
    expect(await downloadAll(page, page.locator('.chat-assistant').first())).toEqual(['png', 'webp', 'svg', 'pdf', 'csv']);

    // The sidebar lists it, marked current.
    await expect(page.getByRole('navigation', { name: 'Conversations' }).getByRole('link', { name: 'Populations of the five largest cities in Taiwan' }).first()).toHaveAttribute('aria-current', 'page');

    await page.reload();
    await expect(page).toHaveURL(conversationUrl);
    await expect(page.locator('.chat-user')).toHaveCount(2);
    await expect(page.locator('.chat-assistant img.visual-image')).toHaveCount(1);
    await expect(page.getByTestId('version-status')).toHaveText('Version 2 of 2');
    expect((await expectRendered(page.locator('.chat-assistant img.visual-image'), 1200)).hash).toBe(dark.hash);

    // Share: a read-only page with the same answers, no composer and no editor.
    await page.getByText('Share', { exact: true }).click();
    const shareUrl = await page.getByLabel('Read-only link').inputValue();
    expect(shareUrl).toMatch(/\/share\/[\w-]{22}$/);
    expect(shareUrl).not.toContain(conversationUrl.split('/c/')[1]!);
    await page.goto(shareUrl);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Populations of the five largest cities in Taiwan');
    await expect(page.locator('img.visual-image')).toHaveCount(1);
    await expect(page.getByTestId('version-status')).toHaveText('Version 2 of 2');
    expect((await expectRendered(page.locator('img.visual-image').first(), 1200)).hash).toBe(dark.hash);
    await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
    await expect(page.getByLabel('Message')).toHaveCount(0);
    await expect(page.getByText('Edit spec')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Regenerate' })).toHaveCount(0);
    await page.getByText('Show spec').first().click();
    await expect(page.locator('.visual-spec pre').first()).toContainText('"kind": "chart"');
  });

  for (const [label, kind, width, height, formats] of [
    ['Infographic', 'infographic', 1200, undefined, ['png', 'webp', 'svg', 'pdf']],
    ['Slide deck', 'slides', 1280, 720, ['png', 'webp', 'svg', 'pdf', 'pptx', 'zip']],
    ['Whiteboard', 'whiteboard', 1200, undefined, ['png', 'webp', 'svg', 'pdf', 'excalidraw']],
  ] as const) {
    test(`the "${label}" example becomes ${kind === 'slides' ? 'a deck' : `an ${kind}`.replace(/^an (?=w)/, 'a ')} with every download`, async ({ page }) => {
      await page.goto('/');
      await page.getByRole('button', { name: new RegExp(label) }).click();
      await page.getByRole('button', { name: 'Send' }).click();
      const answer = page.locator('.chat-assistant').first();
      const image = answer.locator('img.visual-image');
      await expect(image).toBeVisible({ timeout: 45_000 });
      await expect(answer.locator('.visual-card')).toHaveAttribute('data-kind', kind);
      await expectRendered(image, width, height);
      expect(await downloadAll(page, answer)).toEqual(formats);
      if (kind === 'slides') {
        const [viewer] = await Promise.all([page.waitForEvent('popup'), answer.getByRole('link', { name: 'Open deck' }).click()]);
        await expect(viewer).toHaveURL(/\/deck\/[\w-]+$/);
        await expect(viewer.getByTestId('deck-counter')).toHaveText(/1\s*\/\s*4/);
      }
    });
  }

  test('a dropped CSV file fills the composer and becomes a chart', async ({ page }) => {
    await page.goto('/');
    const dataTransfer = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['Year,Visitors\n2021,120\n2022,180\n2023,260\n2024,310'], 'museum-visitors.csv', { type: 'text/csv' }));
      return transfer;
    });
    await page.locator('.chat').dispatchEvent('drop', { dataTransfer });
    await expect(page.getByLabel('Message')).toHaveValue(/^Chart museum-visitors\nYear,Visitors\n2021,120/);
    await page.getByRole('button', { name: 'Send' }).click();
    const image = page.locator('.chat-assistant img.visual-image');
    await expect(image).toBeVisible({ timeout: 45_000 });
    await expect(page.locator('.visual-card')).toHaveAttribute('data-kind', 'chart');
    await expect(image).toHaveAttribute('alt', /2024: 310/);
    await expectRendered(image, 1200);
  });

  test('small talk gets words, not a picture: the offline planner says what it can draw', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Message').fill('hello');
    await page.getByRole('button', { name: 'Send' }).click();
    await expect(page.locator('.chat-assistant .chat-text')).toHaveText(/^Nothing to draw in that yet\. The offline planner lays out what you give it: paste a table/, { timeout: 30_000 });
    await expect(page.locator('.chat-assistant img')).toHaveCount(0);
    await expect(page.locator('.chat-assistant .visual-skeleton, .chat-assistant .chat-stopped')).toHaveCount(0);
    // Asking for a kind draws anyway (the hint card).
    const image = await ask(page, 'hello', 'infographic');
    await expectRendered(image, 1200);
  });

  test('a forced kind from the menu: the same bullet points as a deck', async ({ page }) => {
    await page.goto('/');
    const image = await ask(page, 'Why remote work\n- Saves commuting time\n- Better focus', 'slides');
    await expectRendered(image, 1280, 720);
  });

  test('the spec editor re-renders valid edits, shows the path of invalid ones, and the edit is stored', async ({ page }) => {
    await page.goto('/');
    const image = await ask(page, TAIWAN_PROMPT);
    const before = await imagePixels(image);
    const src = await image.getAttribute('src');
    await page.getByText('Edit spec').click();
    const editor = page.getByLabel(/Spec \(JSON\)/);
    const spec = JSON.parse(await editor.inputValue()) as { title: string; data: { value: unknown }[]; type: string };

    await editor.fill(JSON.stringify({ ...spec, title: 'Edited in the browser', type: 'horizontal-bar' }, null, 2));
    await expect(page.getByText('Rendered ✓')).toBeVisible({ timeout: 20_000 });
    await expect(image).not.toHaveAttribute('src', src!);
    await expect(image).toHaveAttribute('alt', /Edited in the browser/);
    const after = await expectRendered(image, 1200);
    expect(after.hash).not.toBe(before.hash);

    await editor.fill(JSON.stringify({ ...spec, data: [{ ...spec.data[0], value: 'lots' }, ...spec.data.slice(1)] }, null, 2));
    const problems = page.locator('.spec-problems');
    await expect(problems).toContainText('data.0.value', { timeout: 20_000 });
    await expect(editor).toHaveAttribute('aria-invalid', 'true');
    await expect(image).toHaveAttribute('alt', /Edited in the browser/);

    await editor.fill('{ "kind": "chart", ');
    await expect(problems).toContainText('JSON');

    await page.reload();
    await expect(page.locator('.chat-assistant img.visual-image').first()).toHaveAttribute('alt', /Edited in the browser/);
  });

  test('regenerate asks again and replaces the answer', async ({ page }) => {
    await page.goto('/');
    await ask(page, TAIWAN_PROMPT);
    const [response] = await Promise.all([page.waitForResponse((candidate) => candidate.url().endsWith('/api/chat')), page.getByRole('button', { name: 'Regenerate' }).click()]);
    expect(response.status()).toBe(200);
    await expect(page.locator('.chat-assistant img.visual-image')).toHaveCount(1, { timeout: 45_000 });
    await expectRendered(page.locator('.chat-assistant img.visual-image').first(), 1200);
    await expect(page.locator('.chat-user')).toHaveCount(1);
    await page.reload();
    await expect(page.locator('.chat-assistant')).toHaveCount(1);
  });

  test('deleting a conversation from the sidebar removes it', async ({ page }) => {
    await page.goto('/');
    await ask(page, 'Delete me\n- one\n- two', 'infographic');
    const url = page.url();
    await page.goto('/');
    const sidebar = page.getByRole('navigation', { name: 'Conversations' });
    await expect(sidebar.getByRole('link', { name: 'Delete me' }).first()).toBeVisible();
    await sidebar.getByRole('button', { name: 'Delete “Delete me”' }).first().click();
    await expect(sidebar.getByRole('link', { name: 'Delete me' })).toHaveCount(0);
    await expectNotFoundPage(await page.request.get(url));
  });
});

test.describe('chat with a model (OpenAI-compatible stub server)', () => {
  test.use({ baseURL: MODEL_SERVER });

  for (const [marker, kind, width, height] of [
    ['[stub:chart] compare the five largest cities in Taiwan', 'chart', 1200, undefined],
    ['why teams adopt Glimpse', 'infographic', 1200, undefined],
    ['[stub:slides] a launch deck', 'slides', 1280, 720],
    ['[stub:whiteboard] how a request flows', 'whiteboard', 1200, undefined],
  ] as const) {
    test(`asking for ${kind} streams a rendered ${kind} answer`, async ({ page }) => {
      await page.goto('/');
      await expect(page.getByText('Model: openai-compatible:stub-model')).toBeVisible();
      const image = await ask(page, marker);
      await expect(page.locator('.visual-card')).toHaveAttribute('data-kind', kind);
      await expectRendered(image, width, height);
      await expect(page.locator('.visual-note')).toHaveCount(0);
    });
  }

  test('small talk: the model decides words help more than a picture', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Message').fill('[stub:text] hi there');
    await page.getByRole('button', { name: 'Send' }).click();
    await expect(page.locator('.chat-assistant .chat-text')).toHaveText('Hello! Ask me for a chart, an infographic, a deck or a diagram.', { timeout: 30_000 });
    await expect(page.locator('.chat-assistant img')).toHaveCount(0);
    // The next question draws again.
    const image = await ask(page, '[stub:chart] compare the five largest cities in Taiwan');
    await expectRendered(image, 1200);
  });

  test('while the spec streams, a skeleton names the kind and title; then the image replaces it', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Message').fill('[stub:trickle] a launch deck');
    await page.getByRole('button', { name: 'Send' }).click();
    const skeleton = page.locator('.chat-assistant .visual-skeleton');
    await expect(skeleton).toContainText('Drawing a deck', { timeout: 20_000 });
    await expect(skeleton).toContainText('Glimpse launch plan');
    await expect(page.getByRole('button', { name: 'Stop' })).toBeVisible();
    const image = page.locator('.chat-assistant img.visual-image');
    await expect(image).toBeVisible({ timeout: 45_000 });
    await expect(skeleton).toHaveCount(0);
    await expectRendered(image, 1280, 720);
  });

  test('stop ends a streaming answer; the question stays and the composer is ready again', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Message').fill('[stub:trickle] a deck to stop');
    await page.getByRole('button', { name: 'Send' }).click();
    await expect(page.locator('.chat-assistant .visual-skeleton')).toContainText('Drawing a deck', { timeout: 20_000 });
    await page.getByRole('button', { name: 'Stop' }).click();
    await expect(page.locator('.chat-assistant .chat-stopped')).toHaveText('Stopped before the visual was ready.');
    await expect(page.locator('.chat-assistant .visual-skeleton')).toHaveCount(0);
    await expect(page.locator('.chat-assistant img.visual-image')).toHaveCount(0);
    await page.getByLabel('Message').fill('why teams adopt Glimpse');
    await expect(page.getByRole('button', { name: 'Send' })).toBeEnabled();
    await page.reload();
    await expect(page.locator('.chat-user .chat-text')).toHaveText('[stub:trickle] a deck to stop');
    await expect(page.locator('.visual-skeleton')).toHaveCount(0);
  });

  test('a follow-up edit goes to the model as a JSON Patch against the last visual, which gets a version', async ({ page }) => {
    await page.goto('/');
    const image = await ask(page, '[stub:chart] compare the five largest cities in Taiwan');
    const light = await expectRendered(image, 1200);
    // The stub answers a patch request (response format "spec_patch") with a patch making the spec dark.
    expect(await askFollowUp(page, 'make it dark')).toMatch(/^Updated a chart: .*\(version 2 of 2\)\.$/);
    const dark = await expectRendered(image, 1200);
    expect(dark.hash).not.toBe(light.hash);
    await expect(page.locator('.visual-card')).toHaveCount(1);
    await expect(page.locator('.visual-card')).toHaveAttribute('data-kind', 'chart');
  });

  test('a model error is shown in the answer, not as a broken page', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Message').fill('[stub:429] anything');
    await page.getByRole('button', { name: 'Send' }).click();
    await expect(page.locator('.chat-assistant .chat-error')).toHaveText(/rate limited: Rate limit reached for requests/, { timeout: 45_000 });
    await expect(page.getByLabel('Message')).toBeEnabled();
  });
});
