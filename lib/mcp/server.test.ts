import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as limits from '@/lib/limits';
import { render } from '@/lib/render/render';
import { parseSpec, visualJsonSchema, visualKinds } from '@/lib/spec/visual';
import { appHtml } from './app-html';
import type { McpContext } from './context';
import { sessionId, sessionLinks } from './links';
import { APP_RESOURCE_URI, createMcpServer } from './server';
import { SessionVisuals } from './session-visuals';

// The server definition both transports share, driven by the SDK's own client over an in-memory
// pair, with renders drawn in this process (the real pipeline; stdio.test.ts goes through the
// worker pool of a spawned server). Over "stdio" there is no URL; the http flavour here only
// changes what the transport allows (no outputPath).
function testContext(transport: McpContext['transport']): McpContext {
  const visuals = new SessionVisuals();
  return {
    transport,
    render: (spec, options) => render(spec, options),
    publish: (spec) => {
      const id = sessionId(spec);
      visuals.put(id, spec);
      return sessionLinks(spec, id);
    },
    lookup: (id) => visuals.get(id),
    admitModelCall: () => undefined,
    appHtml: () => appHtml('source'),
    resourceDomains: transport === 'http' ? ['http://127.0.0.1:3000'] : [],
    ...(transport === 'stdio' ? { outputDirectory: '/tmp' } : {}),
  };
}

async function connect(context: McpContext): Promise<Client> {
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await createMcpServer(context).connect(serverSide);
  const client = new Client({ name: 'glimpse-test', version: '1.0.0' });
  await client.connect(clientSide);
  return client;
}

const call = async (client: Client, name: string, args: Record<string, unknown>) => (await client.callTool({ name, arguments: args })) as CallToolResult;
const text = (result: CallToolResult) => result.content.filter((block) => block.type === 'text').map((block) => block.text).join('\n');
const errorOf = (result: CallToolResult) => (result.structuredContent as { error: { code: string; status: number; issues: { path: (string | number)[] }[] } }).error;

const BAD_TREND = { kind: 'infographic', title: 'Bad', sections: [{ type: 'stats', items: [{ value: '1', label: 'One', trend: 'sideways' }] }] };
const CARD = { kind: 'infographic', title: 'Card', width: 640, sections: [{ type: 'callout', tone: 'info', text: 'Hello from MCP.' }] };

let stdio: Client;
let http: Client;
beforeAll(async () => {
  [stdio, http] = await Promise.all([connect(testContext('stdio')), connect(testContext('http'))]);
});
afterAll(async () => {
  await Promise.all([stdio.close(), http.close()]);
});

describe('MCP tools: listing', () => {
  it('lists the four tools with input schemas, and the visual tools name the App', async () => {
    const { tools } = await stdio.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual(['describe_kinds', 'export_deck', 'generate_visual', 'render_visual']);
    const byName = Object.fromEntries(tools.map((tool) => [tool.name, tool]));
    type Branch = { properties?: { kind: { const: string } }; anyOf?: Branch[] };
    const specSchema = byName.render_visual?.inputSchema.properties?.spec as { oneOf: Branch[] };
    // The registry's own union, kind for kind (a kind with forms is anyOf them), as the spec argument's schema.
    const kindOf = (branch: Branch): string | undefined => branch.properties?.kind.const ?? (branch.anyOf?.[0] ? kindOf(branch.anyOf[0]) : undefined);
    expect(specSchema.oneOf.map(kindOf)).toEqual(visualKinds);
    expect(specSchema.oneOf).toEqual((visualJsonSchema() as { oneOf: unknown[] }).oneOf);
    expect(byName.render_visual?.inputSchema.required).toEqual(['spec']);
    expect(byName.generate_visual?.inputSchema.required).toEqual(['prompt']);
    expect(Object.keys(byName.generate_visual?.inputSchema.properties ?? {}).sort()).toEqual(['data', 'kind', 'previousSpec', 'prompt']);
    expect((byName.export_deck?.inputSchema.properties?.format as { enum: string[] }).enum).toEqual(['pdf', 'pptx', 'zip']);
    for (const name of ['generate_visual', 'render_visual', 'export_deck']) expect(byName[name]?._meta).toMatchObject({ ui: { resourceUri: APP_RESOURCE_URI } });
    expect(byName.describe_kinds?._meta).toBeUndefined();
  });

  it('lists the ui:// App resource and serves self-contained HTML', async () => {
    const { resources } = await http.listResources();
    const app = resources.find((resource) => resource.uri === APP_RESOURCE_URI);
    expect(app?.mimeType).toBe('text/html;profile=mcp-app');
    expect(app?._meta).toMatchObject({ ui: { csp: { resourceDomains: ['http://127.0.0.1:3000'] } } });
    const read = await http.readResource({ uri: APP_RESOURCE_URI });
    const html = (read.contents[0] as { text: string }).text;
    expect(read.contents[0]?.mimeType).toBe('text/html;profile=mcp-app');
    expect(/^<!doctype html>/i.test(html)).toBe(true);
    // The App's bundled script (the ext-apps App class: the ui/initialize handshake) is inline …
    expect(html.includes('"ui/initialize"')).toBe(true);
    // … and the page around it names nothing to load: no external script, stylesheet, font or picture
    // (e2e/mcp.spec.ts runs it under a CSP that allows no network at all).
    const page = html.replace(/<script>[\s\S]*?<\/script>/g, '<script></script>');
    expect(page.length).toBeLessThan(10_000);
    expect(page.match(/<(script|link|img|iframe)[^>]+(src|href)=|@import|url\(|https?:/gi)).toBeNull();
  });
});

describe('MCP tools: errors are tool errors naming the path and rule', () => {
  it('render_visual with a bad trend', async () => {
    const result = await call(stdio, 'render_visual', { spec: BAD_TREND });
    expect(result.isError).toBe(true);
    expect(text(result)).toMatch(/^invalid_spec \(400\): spec\.sections\.0\.items\.0\.trend: Invalid option: expected one of "up"\|"down"\|"flat"/);
    expect(errorOf(result).issues[0]?.path).toEqual(['spec', 'sections', 0, 'items', 0, 'trend']);
  });

  it('render_visual with an unknown kind, and a slide past the end', async () => {
    const kind = await call(stdio, 'render_visual', { spec: { kind: 'poster', title: 'x' } });
    expect(kind.isError).toBe(true);
    expect(text(kind)).toContain('spec.kind: kind must be one of: infographic, chart, slides, whiteboard');
    const slide = await call(stdio, 'render_visual', { spec: CARD, slide: 2 });
    expect(slide.isError).toBe(true);
    expect(text(slide)).toContain('slide: this infographic has 1 page; slide must be 1–1');
  });

  it('arguments the schema refuses (the SDK checks them) name the field', async () => {
    const result = await call(stdio, 'render_visual', { spec: CARD, slide: 0 });
    expect(result.isError).toBe(true);
    expect(text(result)).toMatch(/slide/);
    const unknown = await call(stdio, 'generate_visual', { prompt: 'x', colour: 'red' });
    expect(unknown.isError).toBe(true);
    expect(text(unknown)).toMatch(/colour/);
  });

  it('export_deck: neither or both of spec and id, a non-deck, an unknown id, outputPath over HTTP', async () => {
    expect(text(await call(stdio, 'export_deck', {}))).toContain('give either spec (a slides spec) or id');
    const notDeck = await call(stdio, 'export_deck', { spec: CARD });
    expect(errorOf(notDeck).issues[0]?.path).toEqual(['spec', 'kind']);
    const missing = await call(stdio, 'export_deck', { id: 'AAAAAAAAAAAAAAAAAAAAAA' });
    expect(errorOf(missing)).toMatchObject({ code: 'not_found', status: 404, issues: [{ path: ['id'] }] });
    const overHttp = await call(http, 'export_deck', { spec: CARD, outputPath: 'deck.pdf' });
    expect(errorOf(overHttp).issues[0]?.path).toEqual(['outputPath']);
  });

  it('a spec that cannot fit its height is a 422 with the field to shorten', async () => {
    const tall = { ...CARD, height: 200, sections: Array.from({ length: 8 }, () => ({ type: 'callout', tone: 'info', text: 'Too much text for two hundred pixels. '.repeat(4) })) };
    const result = await call(stdio, 'render_visual', { spec: tall });
    expect(result.isError).toBe(true);
    expect(errorOf(result)).toMatchObject({ code: 'content_overflow', status: 422 });
  });
});

describe('MCP tools: results', () => {
  it('render_visual: a PNG inline at the spec size, the text, a resource link and the spec', async () => {
    const result = await call(stdio, 'render_visual', { spec: CARD });
    expect(result.isError).toBeFalsy();
    const image = result.content.find((block) => block.type === 'image');
    const png = Buffer.from(image?.type === 'image' ? image.data : '', 'base64');
    const metadata = await sharp(png).metadata();
    expect([metadata.format, metadata.width]).toEqual(['png', 640]);
    expect(png.byteLength).toBeLessThanOrEqual(limits.MAX_MCP_IMAGE_BYTES);
    const structured = result.structuredContent as { spec: unknown; alt: string; url: string | null; id: string };
    expect(parseSpec(structured.spec)).toEqual(parseSpec(CARD));
    expect(structured.url).toBeNull();
    expect(text(result)).toContain(`Alt text: ${structured.alt}`);
    expect(text(result)).toContain('No URL: this Glimpse runs over stdio');
    expect(result.content.find((block) => block.type === 'resource_link')).toMatchObject({ uri: `glimpse://visuals/${structured.id}.png`, mimeType: 'image/png' });
  });

  it('describe_kinds lists every kind with a valid example, the palettes, looks and limits', async () => {
    const result = await call(stdio, 'describe_kinds', {});
    const structured = result.structuredContent as { kinds: { kind: string; example: unknown; formats: string[] }[]; looks: string[]; limits: Record<string, number>; themes: { palettes: Record<string, string[]> } };
    expect(structured.kinds.map((entry) => entry.kind)).toEqual(visualKinds);
    for (const entry of structured.kinds) expect(() => parseSpec(entry.example)).not.toThrow();
    expect(structured.kinds.find((entry) => entry.kind === 'slides')?.formats).toEqual(expect.arrayContaining(['pdf', 'pptx', 'zip']));
    expect(structured.looks).toContain('midnight');
    expect(Object.keys(structured.themes.palettes)).toContain('ocean');
    expect(structured.limits.MAX_MCP_IMAGE_BYTES).toBe(limits.MAX_MCP_IMAGE_BYTES);
    const one = await call(stdio, 'describe_kinds', { kind: 'chart' });
    const chart = (one.structuredContent as { kinds: { kind: string; schema: { properties: Record<string, unknown> } }[] }).kinds;
    expect(chart.map((entry) => entry.kind)).toEqual(['chart']);
    expect(chart[0]?.schema.properties).toHaveProperty('type');
  });
});
