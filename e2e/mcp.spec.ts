import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { chromium, expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { MAX_MCP_IMAGE_BYTES } from '../lib/limits';
import { CHROMIUM_ARGS } from '../lib/render/chromium-args';
import { APP_RESOURCE_URI } from '../lib/mcp/server';
import { parseSpec } from '../lib/spec/visual';
import { hostPage } from '../lib/testing/mcp-app-host';
import { SPEC } from './fixtures';

// MCP over Streamable HTTP against the built server, with the SDK's own client; then the MCP App
// in Chromium, in a minimal host (lib/testing/mcp-app-host.ts) whose tool calls go to this server.
const DECK = {
  kind: 'slides',
  title: 'MCP deck',
  slides: [
    { layout: 'title', title: 'MCP deck', subtitle: 'over HTTP' },
    { layout: 'bullets', title: 'Second', bullets: ['one', 'two'] },
    { layout: 'bullets', title: 'Third', bullets: ['three'] },
  ],
};
const CHROMIUM = process.env.GLIMPSE_CHROMIUM_PATH ?? '/usr/bin/chromium';
const DATA = 'City,Population\nNew Taipei,4046000\nTaichung,2861000\nKaohsiung,2724000';

async function connect(baseURL: string): Promise<Client> {
  const client = new Client({ name: 'glimpse-e2e', version: '1.0.0' });
  await client.connect(new StreamableHTTPClientTransport(new URL('/api/mcp', baseURL)));
  return client;
}

const call = async (client: Client, name: string, args: Record<string, unknown>) => (await client.callTool({ name, arguments: args })) as CallToolResult;
const textOf = (result: CallToolResult) => result.content.filter((block) => block.type === 'text').map((block) => block.text).join('\n');
const linkOf = (result: CallToolResult) => result.content.find((block) => block.type === 'resource_link') as { uri: string; mimeType: string } | undefined;
const pathOf = (url: string) => new URL(url).pathname + new URL(url).search;

test.describe('MCP over Streamable HTTP', () => {
  let client: Client;
  test.beforeEach(async ({ baseURL }) => {
    client = await connect(baseURL!);
  });
  test.afterEach(async () => {
    await client.close();
  });

  test('tools with input schemas, the ui:// App with its CSP, and its HTML', async ({ baseURL }) => {
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual(['describe_kinds', 'export_deck', 'generate_visual', 'render_visual']);
    const render = tools.find((tool) => tool.name === 'render_visual');
    expect((render?.inputSchema.properties?.spec as { oneOf: unknown[] }).oneOf).toHaveLength(4);
    expect(render?._meta).toMatchObject({ ui: { resourceUri: APP_RESOURCE_URI } });
    const { resources } = await client.listResources();
    expect(resources.find((resource) => resource.uri === APP_RESOURCE_URI)?._meta).toMatchObject({ ui: { csp: { resourceDomains: [new URL(baseURL!).origin] } } });
    const html = (await client.readResource({ uri: APP_RESOURCE_URI })).contents[0] as { mimeType: string; text: string };
    expect(html.mimeType).toBe('text/html;profile=mcp-app');
    expect(html.text.includes('"ui/initialize"')).toBe(true);
  });

  test('generate_visual: PNG inline, the URL and alt text, a resource link that serves the same picture, the spec', async ({ request, baseURL }) => {
    const result = await call(client, 'generate_visual', { prompt: 'Population of the largest cities', data: DATA });
    expect(result.isError).toBeFalsy();
    const structured = result.structuredContent as { url: string; alt: string; width: number; height: number; spec: unknown; id: string; planner: string };
    expect(structured.url).toBe(`${baseURL}/i/${structured.id}.png`);
    const inline = result.content.find((block) => block.type === 'image');
    const png = Buffer.from(inline?.type === 'image' ? inline.data : '', 'base64');
    expect(png.byteLength).toBeLessThanOrEqual(MAX_MCP_IMAGE_BYTES);
    const metadata = await sharp(png).metadata();
    expect([metadata.format, metadata.width, metadata.height]).toEqual(['png', structured.width, structured.height]);
    expect(textOf(result)).toContain(`URL: ${structured.url}`);
    expect(textOf(result)).toContain(`Alt text: ${structured.alt}`);
    expect(linkOf(result)).toMatchObject({ uri: structured.url, mimeType: 'image/png' });
    const served = await request.get(pathOf(structured.url));
    expect(served.status()).toBe(200);
    expect((await served.body()).equals(png)).toBe(true);
    expect(parseSpec(structured.spec).kind).toBe('chart');
    expect(structured.planner).toBe('offline');
  });

  test('render_visual draws a spec; a bad one is a tool error naming its path', async () => {
    const result = await call(client, 'render_visual', { spec: SPEC });
    const metadata = await sharp(Buffer.from((result.content[0] as { data: string }).data, 'base64')).metadata();
    expect([metadata.format, metadata.width]).toEqual(['png', 800]);
    const bad = await call(client, 'render_visual', { spec: { ...SPEC, sections: [{ type: 'stats', items: [{ value: '1', label: 'x', trend: 'sideways' }] }] } });
    expect(bad.isError).toBe(true);
    expect(textOf(bad)).toContain('spec.sections.0.items.0.trend: Invalid option');
    expect((bad.structuredContent as { error: { issues: { path: unknown[] }[] } }).error.issues[0]?.path).toEqual(['spec', 'sections', 0, 'items', 0, 'trend']);
  });

  test('export_deck: the links serve a PDF, a PPTX and a ZIP', async ({ request }) => {
    const first = await call(client, 'export_deck', { spec: DECK });
    const id = (first.structuredContent as { id: string }).id;
    const magic = { pdf: '%PDF-', pptx: 'PK\u0003\u0004', zip: 'PK\u0003\u0004' } as const;
    for (const format of ['pdf', 'pptx', 'zip'] as const) {
      const result = format === 'pdf' ? first : await call(client, 'export_deck', { id, format });
      expect(result.isError).toBeFalsy();
      const link = linkOf(result);
      expect(link?.uri).toContain(`/api/decks/${id}/export?format=${format}`);
      const file = await request.get(pathOf(link!.uri));
      expect(file.status()).toBe(200);
      expect((await file.body()).subarray(0, magic[format].length).toString('latin1')).toBe(magic[format]);
    }
    const overHttp = await call(client, 'export_deck', { id, outputPath: 'deck.pdf' });
    expect(overHttp.isError).toBe(true);
    expect(textOf(overHttp)).toContain('outputPath');
  });

  test('describe_kinds; GET is 405, a non-JSON POST 415 and a foreign Origin 403 in Glimpse\'s error shape', async ({ request }) => {
    const result = await call(client, 'describe_kinds', { kind: 'slides' });
    expect((result.structuredContent as { kinds: { kind: string }[] }).kinds.map((entry) => entry.kind)).toEqual(['slides']);
    const get = await request.get('/api/mcp');
    expect(get.status()).toBe(405);
    expect(get.headers().allow).toBe('POST');
    const text = await request.post('/api/mcp', { data: 'hello', headers: { 'Content-Type': 'text/plain' } });
    expect(text.status()).toBe(415);
    expect(((await text.json()) as { error: { code: string } }).error.code).toBe('unsupported_media_type');
    const list = { jsonrpc: '2.0', id: 1, method: 'tools/list' };
    const foreign = await request.post('/api/mcp', { data: list, headers: { Origin: 'http://evil.example', Accept: 'application/json, text/event-stream' } });
    expect(foreign.status()).toBe(403);
    expect(((await foreign.json()) as { error: { code: string } }).error.code).toBe('forbidden_origin');
  });
});

/** The App in the test host, served at the server's origin (so its pictures are same-site), under the resource's CSP. */
async function openApp(page: Page, client: Client, baseURL: string, result: CallToolResult) {
  const html = ((await client.readResource({ uri: APP_RESOURCE_URI })).contents[0] as { text: string }).text;
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.exposeFunction('hostCallTool', (params: { name: string; arguments: Record<string, unknown> }) => client.callTool(params));
  await page.exposeFunction('hostReadResource', (params: { uri: string }) => client.readResource(params));
  await page.route(`${baseURL}/__mcp-host`, (route) => route.fulfill({ contentType: 'text/html', body: hostPage(html, { resourceDomains: [new URL(baseURL).origin] }) }));
  await page.goto('/__mcp-host');
  await page.waitForFunction(() => (window as unknown as { host: { initialized: boolean } }).host.initialized);
  await page.evaluate((toolResult) => (window as unknown as { hostNotify: (method: string, params: unknown) => void }).hostNotify('ui/notifications/tool-result', toolResult), result as unknown as Record<string, unknown>);
  return { view: page.frameLocator('#view'), requests, host: () => page.evaluate(() => (window as unknown as { host: { opened: string[]; contexts: { content: { text: string }[] }[] } }).host) };
}

test.describe('the MCP App in Chromium', () => {
  // Chromium's Local Network Access keeps the sandboxed (opaque-origin) view from loading anything
  // on loopback — as a real host does with a server on localhost. So here the view shows the
  // inline picture and draws other slides through render_visual; the last test turns the check
  // off to stand in for a host and a server on the public internet, whose pictures load directly.
  test('shows the inline picture, opens downloads, and asks for a change through generate_visual', async ({ page, baseURL }) => {
    const client = await connect(baseURL!);
    const result = await call(client, 'generate_visual', { prompt: 'Population of the largest cities', data: DATA });
    const structured = result.structuredContent as { url: string; files: Record<string, string>; width: number };
    const { view, requests, host } = await openApp(page, client, baseURL!, result);
    await expect(view.getByRole('heading', { level: 1 })).toHaveText('Population of the largest cities');
    const picture = view.locator('#picture');
    await expect(picture).toHaveAttribute('src', /^data:image\/png;base64,/);
    await expect.poll(() => picture.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(structured.width);
    const first = await picture.getAttribute('src');
    await view.getByRole('link', { name: 'PDF' }).click();
    await expect.poll(async () => (await host()).opened).toEqual([structured.files.pdf]);
    await view.getByLabel('Ask for a change').fill('make it dark');
    await view.getByRole('button', { name: 'Change' }).click();
    await expect(picture).not.toHaveAttribute('src', first!, { timeout: 30_000 });
    await expect.poll(async () => (await host()).contexts.length).toBe(1);
    expect((await host()).contexts[0]?.content[0]?.text).toContain('make it dark');
    // The view asked the network for nothing itself but the server's own pictures.
    expect(requests.filter((url) => !url.startsWith(`${baseURL}/`) && !url.startsWith('data:'))).toEqual([]);
    await client.close();
  });

  test('a deck: the slide viewer draws the other slides through render_visual', async ({ page, baseURL }) => {
    const client = await connect(baseURL!);
    const result = await call(client, 'export_deck', { spec: DECK, format: 'pptx' });
    const { view } = await openApp(page, client, baseURL!, result);
    const picture = view.locator('#picture');
    await expect(view.locator('output')).toHaveText('1 / 3');
    const first = await picture.getAttribute('src');
    await view.getByRole('button', { name: 'Next slide' }).click();
    await expect(view.locator('output')).toHaveText('2 / 3');
    await expect(picture).not.toHaveAttribute('src', first!);
    await expect(picture).toHaveAttribute('alt', 'MCP deck, slide 2 of 3');
    await expect.poll(() => picture.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(1280);
    await expect(view.getByRole('link', { name: 'PPTX' })).toBeVisible();
    await expect(view.getByRole('link', { name: 'Open deck viewer ↗' })).toHaveAttribute('href', /\/deck\/[\w-]{22}$/);
    await client.close();
  });

  test('where the host lets it reach the server, the full-size picture and the slide images come from its URLs', async ({ baseURL }) => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, '--disable-features=LocalNetworkAccessChecks'] });
    const page = await browser.newPage();
    const client = await connect(baseURL!);
    const chart = await call(client, 'render_visual', { spec: SPEC });
    const { view } = await openApp(page, client, baseURL!, chart);
    await expect(view.locator('#picture')).toHaveAttribute('src', (chart.structuredContent as { url: string }).url);
    const deck = await call(client, 'export_deck', { spec: DECK });
    await page.evaluate((toolResult) => (window as unknown as { hostNotify: (method: string, params: unknown) => void }).hostNotify('ui/notifications/tool-result', toolResult), deck as unknown as Record<string, unknown>);
    await view.getByRole('button', { name: 'Next slide' }).click();
    await expect(view.locator('#picture')).toHaveAttribute('src', (deck.structuredContent as { deck: { slides: string[] } }).deck.slides[1]!);
    await client.close();
    await browser.close();
  });
});
