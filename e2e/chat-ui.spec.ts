import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ask, expectRendered, settle, TAIWAN_PROMPT } from './chat-helpers';

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

/** The stored-conversation list differs from run to run (other tests add to it): its fixed-size box is masked. */
const masks = (page: Page) => [page.locator('.sidebar-body')];

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function chartAnswer(page: Page) {
  await page.goto('/');
  const image = await ask(page, TAIWAN_PROMPT);
  await expectRendered(image, 1200);
  // Settle: the caption is the last thing streamed; then scroll to the end as a reader would be.
  await expect(page.locator('.chat-assistant .chat-text')).toHaveText(/Here is a chart/);
  await settle(page);
  await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight }));
}

/** A screenshot of one settled state (see settle). */
async function screenshot(page: Page, name: string) {
  await settle(page);
  await expect(page).toHaveScreenshot(name, { mask: masks(page) });
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });

    test(`desktop: empty chat and a chart answer (${scheme})`, async ({ page }) => {
      await page.setViewportSize(DESKTOP);
      await page.goto('/');
      await expect(page.getByRole('heading', { name: 'Ask for a picture' })).toBeVisible();
      await screenshot(page, `empty-desktop-${scheme}.png`);
      await axe(page);
      await chartAnswer(page);
      await screenshot(page, `chart-desktop-${scheme}.png`);
      await axe(page);
    });

    test(`phone: empty chat, a chart answer and the conversations drawer (${scheme})`, async ({ page }) => {
      await page.setViewportSize(PHONE);
      await page.goto('/');
      await expect(page.locator('#sidebar')).toBeHidden();
      await screenshot(page, `empty-phone-${scheme}.png`);
      await chartAnswer(page);
      // Nothing overflows sideways at phone width.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      await screenshot(page, `chart-phone-${scheme}.png`);
      await axe(page);
      const menu = page.getByRole('button', { name: 'Conversations', exact: true });
      await menu.click();
      await expect(menu).toHaveAttribute('aria-expanded', 'true');
      await expect(page.locator('#sidebar')).toBeVisible();
      await expect(page.locator('#sidebar a').first()).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(page.locator('#sidebar')).toBeHidden();
      await expect(menu).toBeFocused();
    });
  });
}

test('the spec editor with an invalid edit (desktop, light)', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await chartAnswer(page);
  await page.getByText('Edit spec').click();
  const editor = page.getByLabel(/Spec \(JSON\)/);
  const spec = JSON.parse(await editor.inputValue()) as Record<string, unknown>;
  await editor.fill(JSON.stringify({ ...spec, type: 'pie-ish' }, null, 2));
  // The state this golden is of: the server's answer is in (problems listed, the editor marked
  // invalid, nothing rendering), the editor is not focused and shows its text from the top.
  await expect(page.locator('.spec-problems')).toContainText('type', { timeout: 20_000 });
  await expect(editor).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.spec-editor-status')).not.toContainText('Rendering');
  await editor.blur();
  await expect(editor).not.toBeFocused();
  await editor.evaluate((element) => element.scrollTo({ top: 0 }));
  // Above the sticky composer: the card's spec panel from its top.
  await page.locator('.visual-spec').evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await expect(page.locator('.spec-problems')).toBeInViewport({ ratio: 1 });
  await screenshot(page, 'spec-editor-error.png');
  await axe(page);
});

test('keyboard: skip link to the composer, Enter sends, every control is reachable by Tab', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the message box' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Message')).toBeFocused();
  await page.keyboard.type('Keyboard only');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('- first point');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('- second point');
  await page.keyboard.press('Enter');
  const image = page.locator('.chat-assistant img.visual-image');
  await expect(image).toBeVisible({ timeout: 45_000 });
  expect((await image.getAttribute('alt'))?.length).toBeGreaterThan(20);
  await expect(page.locator('.chat-user .chat-text')).toHaveText('Keyboard only\n- first point\n- second point');

  // Tab from the top of the page reaches the answer's actions, in reading order, then the composer.
  await page.locator('body').focus();
  const reached: string[] = [];
  for (let step = 0; step < 250; step += 1) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      return element ? `${element.tagName.toLowerCase()}:${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim()}` : '';
    });
    reached.push(label);
    if (label.startsWith('textarea')) break;
  }
  const order = ['a:+ New chat', 'a:Download PNG', 'button:Copy link', 'button:Regenerate', 'summary:Edit spec', 'textarea:'];
  const positions = order.map((entry) => reached.findIndex((label) => label.startsWith(entry)));
  expect(positions.every((position) => position >= 0)).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
});
