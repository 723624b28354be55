import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test';
import { encode, expectErrorBody, SPEC } from './fixtures';

// Its own built server, as an operator would run it in public: API keys (so the API needs one and
// ?spec= URLs need signatures), a low render rate, listening on 0.0.0.0.
const PORT = Number(process.env.E2E_PORT ?? 3100) + 3;
const BASE = `http://127.0.0.1:${PORT}`;
const KEY = 'e2e-key-0123456789abcdef';
const RATE = 40;
const DB_PATH = path.join(os.tmpdir(), `glimpse-e2e-keys-${process.pid}-${Date.now()}.db`);
const AUTH = { authorization: `Bearer ${KEY}` };

let server: ChildProcess;
let api: APIRequestContext;

test.describe.configure({ mode: 'serial', timeout: 120_000 });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = spawn('node', ['scripts/server.mjs'], {
    env: { ...process.env, PORT: String(PORT), HOSTNAME: '0.0.0.0', GLIMPSE_DB_PATH: DB_PATH, GLIMPSE_API_KEYS: `ci:${KEY}`, GLIMPSE_RATE_LIMIT_RENDERS: String(RATE), GLIMPSE_RENDER_WORKERS: '1' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  api = await playwrightRequest.newContext({ baseURL: BASE });
  await expect(async () => expect((await api.get('/api/health', { timeout: 5_000 })).status()).toBe(200)).toPass({ timeout: 100_000 });
});

test.afterAll(async () => {
  await api?.dispose();
  if (server?.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill();
    await exited;
  }
});

const storedSpecs = () => {
  const db = new Database(DB_PATH, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('select count(*) as n from specs').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

test('every POST endpoint that renders or stores needs the key: 401 with WWW-Authenticate, then 200/201 with it', async () => {
  for (const path of ['/api/render?format=png', '/api/specs', '/api/decks', '/api/sign', '/api/generate']) {
    const body = path === '/api/generate' ? { prompt: 'sales by region: north 10, south 20' } : path === '/api/decks' ? { kind: 'slides', title: 'D', slides: [{ layout: 'title', title: 'D' }] } : SPEC;
    const refused = await api.post(path, { data: body });
    await expectErrorBody(refused, 401, 'unauthorized', ['authorization']);
    expect(refused.headers()['www-authenticate']).toBe('Bearer realm="glimpse"');
    await expectErrorBody(await api.post(path, { data: body, headers: { authorization: 'Bearer not-the-key-0123456789' } }), 401, 'unauthorized', ['authorization']);
    const admitted = await api.post(path, { data: body, headers: AUTH });
    expect([200, 201], `${path}: ${await admitted.text()}`).toContain(admitted.status());
  }
});

test('GET ?spec= needs a signature from /api/sign: unsigned and tampered URLs are 403 (an error image for <img>), signed ones render', async () => {
  const unsigned = await api.get(`/api/render?spec=${encode(SPEC)}&format=png`);
  expect(unsigned.status()).toBe(403);
  expect(unsigned.headers()['content-type']).toBe('image/png');
  expect(unsigned.headers()['x-glimpse-error']).toBe('forbidden');
  await expectErrorBody(await api.get(`/api/render?spec=${encode(SPEC)}`, { headers: { accept: 'application/json' } }), 403, 'forbidden', ['sig']);

  const { url } = (await (await api.post('/api/sign?format=png&scale=2', { data: SPEC, headers: AUTH })).json()) as { url: string };
  expect(url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${PORT}/api/render\\?spec=[\\w-]+&format=png&scale=2&sig=[\\w-]{43}$`));
  const signed = await api.get(url);
  expect(signed.status()).toBe(200);
  expect(signed.headers()['content-type']).toBe('image/png');
  expect(Number(signed.headers()['x-glimpse-width'])).toBe(1600);
  for (const tampered of [url.replace('scale=2', 'scale=4'), url.replace('format=png', 'format=pdf'), url.replace(/sig=./, 'sig=A')]) {
    const refused = await api.get(tampered);
    expect(refused.status(), tampered).toBe(403);
    expect(refused.headers()['x-glimpse-error']).toBe('forbidden');
  }
  // An API client may fetch unsigned URLs with its key.
  expect((await api.get(`/api/render?spec=${encode(SPEC)}&format=svg`, { headers: AUTH })).status()).toBe(200);
});

test('the gallery signs its image URLs, so it works on a keyed server', async () => {
  const html = await (await api.get('/gallery')).text();
  const sources = [...html.matchAll(/<img src="([^"]+)"/g)].map((match) => match[1]!.replaceAll('&amp;', '&'));
  expect(sources.length).toBeGreaterThan(3);
  for (const source of sources.slice(0, 2)) {
    expect(source).toMatch(/&sig=[\w-]{43}$/);
    const image = await api.get(source);
    expect(image.status()).toBe(200);
    expect(image.headers()['content-type']).toBe('image/webp');
  }
});

test('a GET never writes: ?format=json answers with signed ?spec= URLs and id null, and stores nothing', async () => {
  const { url } = (await (await api.post('/api/sign?format=json', { data: { ...SPEC, title: 'Never stored' }, headers: AUTH })).json()) as { url: string };
  const before = storedSpecs();
  const described = await api.get(url);
  expect(described.status()).toBe(200);
  const body = (await described.json()) as { id: string | null; url: string; urls: Record<string, string>; width: number };
  expect(body.id).toBeNull();
  expect(body.width).toBe(800);
  expect(body.urls.pdf).toMatch(/\/api\/render\?spec=[\w-]+&format=pdf&sig=/);
  expect(storedSpecs()).toBe(before);
  const pdf = await api.get(body.urls.pdf!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect(storedSpecs()).toBe(before);
});

test('URLs handed out name the Host the client used, never the 0.0.0.0 the server listens on', async () => {
  const stored = (await (await api.post('/api/specs', { data: SPEC, headers: AUTH })).json()) as { url: string };
  expect(stored.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${PORT}/i/[\\w-]+\\.png$`));
  const viaLocalhost = (await (await api.post('/api/specs', { data: SPEC, headers: { ...AUTH, host: `localhost:${PORT}` } })).json()) as { url: string };
  expect(viaLocalhost.url.startsWith(`http://localhost:${PORT}/i/`)).toBe(true);
  // Stored-spec URLs are capabilities: they render without a key.
  expect((await api.get(stored.url)).status()).toBe(200);
});

test('chat needs no key (its conversations are owned by a cookie)', async () => {
  const chat = await api.post('/api/chat', { data: { id: `keys-${Date.now()}`, message: { id: 'q1', role: 'user', parts: [{ type: 'text', text: 'Team\n- Hiring\n- Budget' }] } } });
  expect(chat.status()).toBe(200);
  expect(await chat.text()).toContain('tool-output-available');
});

test('an API key owns the conversations it makes: listed and read with the key, a 404 for a cookie visitor, 401 for a wrong key', async () => {
  const id = `key-owned-${Date.now()}`;
  const chat = await api.post('/api/chat', { data: { id, message: { id: 'q1', role: 'user', parts: [{ type: 'text', text: 'Plan\n- Ask\n- Draw' }] } }, headers: AUTH });
  expect(chat.status()).toBe(200);
  await chat.body();
  const listed = (await (await api.get('/api/conversations', { headers: AUTH })).json()) as { conversations: { id: string }[] };
  expect(listed.conversations.map((conversation) => conversation.id)).toContain(id);
  expect((await api.get(`/api/conversations/${id}`, { headers: AUTH })).status()).toBe(200);
  const visitor = await playwrightRequest.newContext({ baseURL: BASE });
  try {
    await expectErrorBody(await visitor.get(`/api/conversations/${id}`), 404, 'not_found');
    const visitorList = (await (await visitor.get('/api/conversations')).json()) as { conversations: { id: string }[] };
    expect(visitorList.conversations.map((conversation) => conversation.id)).not.toContain(id);
    await expectErrorBody(await visitor.get(`/api/conversations/${id}`, { headers: { authorization: 'Bearer not-the-key-0123456789' } }), 401, 'unauthorized', ['authorization']);
  } finally {
    await visitor.dispose();
  }
});

test(`over GLIMPSE_RATE_LIMIT_RENDERS (${RATE}/min) a client gets 429 + Retry-After; other clients (a key) are not affected`, async () => {
  const stored = (await (await api.post('/api/specs', { data: SPEC, headers: AUTH })).json()) as { url: string };
  const statuses: number[] = [];
  let limited: Awaited<ReturnType<APIRequestContext['get']>> | undefined;
  for (let index = 0; index < RATE + 5 && !limited; index++) {
    const response = await api.get(stored.url.replace('.png', '.svg'));
    statuses.push(response.status());
    if (response.status() === 429) limited = response;
  }
  expect(statuses.slice(0, -1).every((status) => status === 200 || status === 304)).toBe(true);
  expect(limited, `statuses: ${statuses.join(' ')}`).toBeDefined();
  await expectErrorBody(limited!, 429, 'rate_limited', ['client']);
  expect(Number(limited!.headers()['retry-after'])).toBeGreaterThanOrEqual(1);
  expect((await api.post('/api/render?format=svg', { data: SPEC, headers: AUTH })).status()).toBe(200);
  expect((await api.get('/api/health')).status()).toBe(200);
});

test('MCP needs the key too: 401 with WWW-Authenticate without it, the JSON-RPC answer with it', async () => {
  const initialize = { jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'e2e', version: '1.0.0' } } };
  const headers = { accept: 'application/json, text/event-stream' };
  const refused = await api.post('/api/mcp', { data: initialize, headers });
  await expectErrorBody(refused, 401, 'unauthorized', ['authorization']);
  expect(refused.headers()['www-authenticate']).toBe('Bearer realm="glimpse"');
  const admitted = await api.post('/api/mcp', { data: initialize, headers: { ...headers, ...AUTH } });
  expect(admitted.status()).toBe(200);
  expect(((await admitted.json()) as { result: { serverInfo: { name: string } } }).result.serverInfo.name).toBe('glimpse');
});
