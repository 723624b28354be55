import { expect, test, type APIRequestContext } from '@playwright/test';
import sharp from 'sharp';
import { MAX_OEMBED_URL_CHARS } from '../lib/limits';
import { ask, TAIWAN_PROMPT } from './chat-helpers';
import { CHART_SPEC, expectErrorBody } from './fixtures';

const DECK = {
  kind: 'slides',
  title: 'Embeddable deck',
  aspect: '4:3',
  slides: [
    { layout: 'title', title: 'Embeddable deck', subtitle: 'oEmbed' },
    { layout: 'bullets', title: 'Why', bullets: ['Slack', 'Notion', 'WordPress', 'Discourse'] },
  ],
};

interface OEmbed {
  type: 'photo' | 'rich';
  version: string;
  provider_name: string;
  provider_url: string;
  title: string;
  url?: string;
  html?: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
}

const local = (url: string) => new URL(url).pathname + new URL(url).search;

async function oembed(request: APIRequestContext, url: string, extra = ''): Promise<OEmbed> {
  const response = await request.get(`/api/oembed?url=${encodeURIComponent(url)}${extra}`);
  expect(response.status(), await response.text()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/json');
  const body = (await response.json()) as OEmbed;
  expect(body).toMatchObject({ version: '1.0', provider_name: 'Glimpse' });
  return body;
}

/** The thumbnail is served as a PNG of the size the answer states. */
async function expectThumbnail(request: APIRequestContext, body: OEmbed) {
  const thumbnail = await sharp(await (await request.get(local(body.thumbnail_url))).body()).metadata();
  expect([thumbnail.format, thumbnail.width, thumbnail.height]).toEqual(['png', body.thumbnail_width, body.thumbnail_height]);
}

/** The discovery <link> of a page, resolved, and its og:image. */
async function discovery(request: APIRequestContext, path: string) {
  const html = await (await request.get(path)).text();
  const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, '&');
  const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, '&');
  return { link, image, html };
}

test.describe('oEmbed', () => {
  let origin: string;
  test.beforeAll(({ baseURL }) => {
    origin = baseURL ?? '';
  });

  test('an image URL is a photo whose url, at maxwidth, and thumbnail are served at the stated sizes', async ({ request }) => {
    const stored = (await (await request.post('/api/specs', { data: CHART_SPEC })).json()) as { id: string; url: string; width: number; height: number };
    const full = await oembed(request, stored.url);
    expect(full).toMatchObject({ type: 'photo', title: CHART_SPEC.title, url: stored.url, width: stored.width, height: stored.height, provider_url: origin });
    const fitted = await oembed(request, stored.url, '&maxwidth=400&maxheight=300');
    expect(fitted.width).toBeLessThanOrEqual(400);
    expect(fitted.height).toBeLessThanOrEqual(300);
    const picture = await sharp(await (await request.get(local(fitted.url!))).body()).metadata();
    expect([picture.format, picture.width, picture.height]).toEqual(['png', fitted.width, fitted.height]);
    await expectThumbnail(request, fitted);
    const svg = await oembed(request, `${origin}/i/${stored.id}.svg`);
    expect((await request.get(local(svg.url!))).headers()['content-type']).toContain('image/svg+xml');
  });

  test('a deck is rich: an <iframe> of the embeddable viewer, discovered from the deck page with og:image', async ({ request }) => {
    const deck = (await (await request.post('/api/decks', { data: DECK })).json()) as { id: string; url: string; embedUrl: string };
    const body = await oembed(request, deck.url, '&maxwidth=640');
    expect(body).toMatchObject({ type: 'rich', title: DECK.title, width: 640, height: 480 + 56 });
    expect(body.html).toBe(`<iframe src="${deck.embedUrl}" title="${DECK.title}" width="640" height="536" style="border:0" loading="lazy" allowfullscreen></iframe>`);
    const frame = await request.get(local(deck.embedUrl));
    expect(frame.status()).toBe(200);
    expect(frame.headers()['content-security-policy']).toContain('frame-ancestors *');
    await expectThumbnail(request, body);

    const page = await discovery(request, `/deck/${deck.id}`);
    expect(page.link).toBe(`${origin}/api/oembed?url=${encodeURIComponent(deck.url)}&format=json`);
    expect(await (await request.get(local(page.link!))).json()).toMatchObject({ type: 'rich', title: DECK.title });
    expect(page.image).toBe(`${origin}/i/${deck.id}.png?slide=1`);
    expect(page.html).toContain('<meta name="twitter:card" content="summary_large_image"');
  });

  test('a shared conversation is rich: an <iframe> of its embeddable view, discovered from the share page', async ({ page, request }) => {
    await page.goto('/');
    await ask(page, TAIWAN_PROMPT);
    await expect.poll(() => page.url()).toMatch(/\/c\/[\w-]+$/);
    const id = page.url().split('/c/')[1]!;
    const conversation = (await (await page.request.get(`/api/conversations/${id}`)).json()) as { shareUrl: string; title: string };
    const body = await oembed(request, conversation.shareUrl);
    const shareId = conversation.shareUrl.split('/share/')[1]!;
    expect(body).toMatchObject({ type: 'rich', title: conversation.title });
    expect(body.html).toContain(`src="${origin}/embed/share/${shareId}"`);
    expect(body.thumbnail_url).toMatch(new RegExp(`^${origin}/i/[\\w-]+\\.png$`));
    await expectThumbnail(request, body);
    const frame = await request.get(`/embed/share/${shareId}`);
    expect(frame.status()).toBe(200);
    expect(frame.headers()['content-security-policy']).toContain('frame-ancestors *');
    expect(frame.headers()['referrer-policy']).toBe('no-referrer');
    expect(await frame.text()).toContain('class="visual-image"');
    const shared = await discovery(request, `/share/${shareId}`);
    expect(shared.link).toBe(`${origin}/api/oembed?url=${encodeURIComponent(conversation.shareUrl)}&format=json`);
    expect(shared.image).toBe(body.thumbnail_url);
  });

  test('refuses what is not ours (400 naming url), unknown ids (404), xml (501), a missing or overlong url (400)', async ({ request }) => {
    await expectErrorBody(await request.get(`/api/oembed?url=${encodeURIComponent('https://example.com/deck/abc')}`), 400, 'invalid_option', ['url']);
    await expectErrorBody(await request.get(`/api/oembed?url=${encodeURIComponent(`${origin}/deck/${'A'.repeat(22)}`)}`), 404, 'not_found', ['url']);
    await expectErrorBody(await request.get(`/api/oembed?url=${encodeURIComponent(`${origin}/i/${'A'.repeat(22)}.png`)}`), 404, 'not_found', ['url']);
    await expectErrorBody(await request.get(`/api/oembed?url=${encodeURIComponent(`${origin}/share/nobody-shared-this`)}`), 404, 'not_found', ['url']);
    await expectErrorBody(await request.get(`/api/oembed?url=${encodeURIComponent(`${origin}/gallery`)}`), 404, 'not_found', ['url']);
    await expectErrorBody(await request.get(`/api/oembed?url=${encodeURIComponent(`${origin}/deck/x`)}&format=xml`), 501, 'not_implemented', ['format']);
    await expectErrorBody(await request.get('/api/oembed'), 400, 'invalid_option', ['url']);
    await expectErrorBody(await request.get(`/api/oembed?url=${encodeURIComponent(`${origin}/deck/${'x'.repeat(MAX_OEMBED_URL_CHARS)}`)}`), 400, 'invalid_option', ['url']);
  });
});

test.describe('embedding snippets', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  async function copied(page: import('@playwright/test').Page, name: string) {
    const button = page.getByRole('button', { name }).first();
    const text = await button.getAttribute('data-snippet');
    await button.click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    return text ?? '';
  }

  test('the deck page copies <img>, Markdown and <iframe> snippets that point at the deck', async ({ page, request, baseURL }) => {
    const deck = (await (await request.post('/api/decks', { data: DECK })).json()) as { id: string; url: string; embedUrl: string };
    await page.goto(`/deck/${deck.id}`);
    const slide = `${baseURL}/i/${deck.id}.png?slide=1`;
    expect(await copied(page, 'Copy <iframe>')).toBe(`<iframe src="${deck.embedUrl}" title="${DECK.title}" width="960" height="776" style="border:0" loading="lazy" allowfullscreen></iframe>`);
    expect(await copied(page, 'Copy Markdown')).toBe(`[![Slide 1: ${DECK.title}. oEmbed](${slide})](${deck.url})`);
    const image = await copied(page, 'Copy <img>');
    expect(image).toBe(`<a href="${deck.url}"><img src="${slide}" alt="Slide 1: ${DECK.title}. oEmbed" width="1024" height="768"></a>`);
    await expect(page.getByRole('button', { name: '<img> copied' })).toBeVisible();
  });

  test("a chat answer's card copies <img>, Markdown and <iframe> of its own image", async ({ page }) => {
    await page.goto('/');
    const image = await ask(page, TAIWAN_PROMPT);
    const src = await image.getAttribute('src');
    const png = `${new URL(page.url()).origin}${src}`;
    const alt = (await image.getAttribute('alt')) ?? '';
    const tag = await copied(page, 'Copy <img>');
    expect(tag).toMatch(new RegExp(`^<img src="${png.replace(/[.?]/g, '\\$&')}" alt="[^"]+" width="\\d+" height="\\d+">$`));
    expect(await copied(page, 'Copy Markdown')).toBe(`![${alt.slice(0, 120).replace(/[[\]\n]/g, ' ').replace(/\s+/g, ' ').trim()}](${png})`);
    const frame = await copied(page, 'Copy <iframe>');
    expect(frame).toContain(`src="${png.replace(/\.png$/, '.svg')}"`);
    const svg = await page.request.get(png.replace(/\.png$/, '.svg'));
    expect(svg.headers()['content-type']).toContain('image/svg+xml');
  });
});
