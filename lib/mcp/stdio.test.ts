import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { chromium } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { env } from '@/lib/env';
import { MAX_MCP_IMAGE_BYTES } from '@/lib/limits';
import { CHROMIUM_ARGS } from '@/lib/render/chromium-args';
import { parseSpec } from '@/lib/spec/visual';
import { hostPage } from '@/lib/testing/mcp-app-host';
import { APP_RESOURCE_URI } from './server';

// The real stdio server: `node scripts/glimpse.mjs mcp` (what `npx glimpse mcp` runs), spawned in a
// temp folder (where export_deck's outputPath lands), driven by the SDK's own client. Renders go
// through its render worker; stdout must carry nothing but protocol.
const LAUNCHER = path.join(import.meta.dirname, '..', '..', 'scripts', 'glimpse.mjs');
const DECK = {
  kind: 'slides',
  title: 'Quarterly review',
  slides: [
    { layout: 'title', title: 'Quarterly review', subtitle: 'Q3' },
    { layout: 'bullets', title: 'Highlights', bullets: ['Revenue up 12%', 'Two launches'] },
  ],
};

// The first render waits for the worker to boot through tsx: on a loaded 2-core machine that can take 30 s.
const SLOW_MS = 120_000;

let folder: string;
let client: Client;
let transport: StdioClientTransport;
const transportErrors: Error[] = [];
let stderr = '';

beforeAll(async () => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'glimpse-mcp-'));
  transport = new StdioClientTransport({ command: process.execPath, args: [LAUNCHER, 'mcp'], cwd: folder, stderr: 'pipe', env: { ...(process.env as Record<string, string>), GLIMPSE_RENDER_WORKERS: '1', GLIMPSE_RENDER_TIMEOUT_MS: String(SLOW_MS) } });
  transport.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  // A line on stdout that is not JSON-RPC (a stray console.log, a worker's output) lands here.
  transport.onerror = (error) => transportErrors.push(error);
  client = new Client({ name: 'glimpse-stdio-test', version: '1.0.0' });
  await client.connect(transport);
}, 120_000);

afterAll(async () => {
  await client?.close();
  rmSync(folder, { recursive: true, force: true });
});

const call = async (name: string, args: Record<string, unknown>) => (await client.callTool({ name, arguments: args }, undefined, { timeout: SLOW_MS })) as CallToolResult;
const text = (result: CallToolResult) => result.content.filter((block) => block.type === 'text').map((block) => block.text).join('\n');
const imageOf = (result: CallToolResult) => {
  const block = result.content.find((entry) => entry.type === 'image');
  return Buffer.from(block?.type === 'image' ? block.data : '', 'base64');
};

describe('glimpse mcp (stdio)', { timeout: SLOW_MS + 30_000 }, () => {
  it('lists the tools and the ui:// App, and serves its HTML', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual(['describe_kinds', 'export_deck', 'generate_visual', 'render_visual']);
    for (const tool of tools) expect(tool.inputSchema.type).toBe('object');
    const { resources } = await client.listResources();
    expect(resources.map((resource) => resource.uri)).toContain(APP_RESOURCE_URI);
    const html = (await client.readResource({ uri: APP_RESOURCE_URI })).contents[0] as { mimeType: string; text: string };
    expect(html.mimeType).toBe('text/html;profile=mcp-app');
    expect(html.text.includes('"ui/initialize"')).toBe(true);
  });

  it('generate_visual: a chart with its PNG inline, no URL, a glimpse:// link that reads back, and the spec', async () => {
    const result = await call('generate_visual', { prompt: 'Population of the largest cities', data: 'City,Population\nNew Taipei,4046000\nTaichung,2861000\nKaohsiung,2724000' });
    expect(result.isError).toBeFalsy();
    const structured = result.structuredContent as { kind: string; spec: unknown; width: number; height: number; alt: string; url: null; planner: string };
    expect([structured.kind, structured.planner, structured.url]).toEqual(['chart', 'offline', null]);
    expect(parseSpec(structured.spec).kind).toBe('chart');
    const png = imageOf(result);
    expect(png.byteLength).toBeLessThanOrEqual(MAX_MCP_IMAGE_BYTES);
    const metadata = await sharp(png).metadata();
    expect([metadata.format, metadata.width, metadata.height]).toEqual(['png', structured.width, structured.height]);
    expect(text(result)).toContain('No URL: this Glimpse runs over stdio');
    expect(text(result)).toContain(`Alt text: ${structured.alt}`);
    expect(structured.alt).toContain('New Taipei: 4,046,000');
    const link = result.content.find((block) => block.type === 'resource_link');
    expect(link?.type === 'resource_link' && link.uri).toMatch(/^glimpse:\/\/visuals\/[\w-]{22}\.png$/);
    const read = (await client.readResource({ uri: link?.type === 'resource_link' ? link.uri : '' })).contents[0] as { blob: string; mimeType: string };
    expect(read.mimeType).toBe('image/png');
    expect(Buffer.from(read.blob, 'base64').equals(png)).toBe(true);
    const csv = (await client.readResource({ uri: link?.type === 'resource_link' ? link.uri.replace(/\.png$/, '.csv') : '' })).contents[0] as { text: string };
    expect(csv.text).toContain('New Taipei,4046000');
  });

  it('render_visual: slide 2 of a deck; a bad spec is a tool error with its path', async () => {
    const result = await call('render_visual', { spec: DECK, slide: 2 });
    expect(result.isError).toBeFalsy();
    const metadata = await sharp(imageOf(result)).metadata();
    expect([metadata.format, metadata.width, metadata.height]).toEqual(['png', 1280, 720]);
    expect((result.structuredContent as { slide: number; deck: { slides: string[] } }).slide).toBe(2);
    const bad = await call('render_visual', { spec: { ...DECK, slides: [{ layout: 'bullets', title: 'x', bullets: 'not a list' }] } });
    expect(bad.isError).toBe(true);
    expect(text(bad)).toMatch(/^invalid_spec \(400\): spec\.slides\.0\.bullets: /);
  });

  it('export_deck: PDF, PPTX and ZIP bytes as embedded resources, by spec or id, and to outputPath', async () => {
    const first = await call('export_deck', { spec: DECK, format: 'pdf' });
    expect(first.isError).toBeFalsy();
    const id = (first.structuredContent as { id: string }).id;
    const embedded = (result: CallToolResult) => {
      const block = result.content.find((entry) => entry.type === 'resource');
      return Buffer.from(block?.type === 'resource' && 'blob' in block.resource ? block.resource.blob : '', 'base64');
    };
    expect(embedded(first).subarray(0, 5).toString()).toBe('%PDF-');
    for (const format of ['pptx', 'zip']) {
      const result = await call('export_deck', { id, format });
      expect(result.isError).toBeFalsy();
      expect(embedded(result).subarray(0, 4).toString('hex')).toBe('504b0304');
      expect(result.content.find((block) => block.type === 'resource_link')).toMatchObject({ uri: `glimpse://visuals/${id}.${format}` });
    }
    const saved = await call('export_deck', { id, format: 'pdf', outputPath: 'review.pdf' });
    expect(saved.isError).toBeFalsy();
    expect(readFileSync(path.join(folder, 'review.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(saved.content.some((block) => block.type === 'resource')).toBe(false);
    const again = await call('export_deck', { id, format: 'pdf', outputPath: 'review.pdf' });
    expect(again.isError).toBe(true);
    expect(text(again)).toContain('outputPath');
    expect(existsSync(path.join(folder, 'review.pdf'))).toBe(true);
  });

  it('the App over stdio: the inline picture, other slides through render_visual, a download read as a resource', async () => {
    const result = await call('export_deck', { spec: DECK, format: 'pdf' });
    const html = ((await client.readResource({ uri: APP_RESOURCE_URI })).contents[0] as { text: string }).text;
    const browser = await chromium.launch({ executablePath: env.GLIMPSE_CHROMIUM_PATH, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      await page.exposeFunction('hostCallTool', (params: { name: string; arguments: Record<string, unknown> }) => client.callTool(params));
      await page.exposeFunction('hostReadResource', (params: { uri: string }) => client.readResource(params));
      await page.setContent(hostPage(html));
      await page.waitForFunction(() => (window as unknown as { host: { initialized: boolean } }).host.initialized);
      await page.evaluate((toolResult) => (window as unknown as { hostNotify: (method: string, params: unknown) => void }).hostNotify('ui/notifications/tool-result', toolResult), result as unknown as Record<string, unknown>);
      const view = page.frameLocator('#view');
      const picture = view.locator('#picture');
      await view.locator('output').filter({ hasText: '1 / 2' }).waitFor();
      const first = await picture.getAttribute('src');
      expect(first).toMatch(/^data:image\/png;base64,/);
      await view.getByRole('button', { name: 'Next slide' }).click();
      await view.locator('output').filter({ hasText: '2 / 2' }).waitFor();
      await expect.poll(() => picture.getAttribute('src'), { timeout: 20_000 }).not.toBe(first);
      await view.getByRole('link', { name: 'PDF' }).click();
      const downloads = () => page.evaluate(() => (window as unknown as { host: { downloads: { contents: { resource: { blob: string; mimeType: string } }[] }[] } }).host.downloads);
      await expect.poll(async () => (await downloads()).length, { timeout: 20_000 }).toBe(1);
      const file = (await downloads())[0]?.contents[0]?.resource;
      expect(file?.mimeType).toBe('application/pdf');
      expect(Buffer.from(file?.blob ?? '', 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      await browser.close();
    }
  });

  it('describe_kinds answers, and stdout carried nothing but protocol', async () => {
    const result = await call('describe_kinds', {});
    expect((result.structuredContent as { kinds: unknown[] }).kinds).toHaveLength(4);
    expect(transportErrors).toEqual([]);
    expect(stderr).toContain('[glimpse] MCP server on stdio');
  });

});
