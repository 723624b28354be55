import { spawn, type ChildProcess } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { expect, request as playwrightRequest, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { englishDeck } from '../lib/targets/slides/examples';
import { startPostgres, type PostgresServer } from '../lib/testing/postgres';
import { startRedis, type RedisServer } from '../lib/testing/redis';
import { expectErrorBody, SPEC } from './fixtures';

// Issue 17: two built Glimpse nodes on their own ports sharing one real PostgreSQL and one real
// Redis (started here on loopback ports of their own), as behind a load balancer. Each node has its
// own SQLite path (unused but for the disk tier's folder) so nothing is shared that should not be.
const BASE_PORT = Number(process.env.E2E_PORT ?? 3100) + 10;
const RATE = 100;
const SECRET = 'scale-out-e2e-url-secret-0123456789abcdef';
const OWNER = (letter: string) => `glimpse_owner=${letter.repeat(43)}`;

interface Node {
  name: string;
  base: string;
  process: ChildProcess;
  api: APIRequestContext;
}

let postgres: PostgresServer;
let redis: RedisServer;
let nodes: Node[] = [];
const a = () => nodes[0]!;
const b = () => nodes[1]!;

test.describe.configure({ mode: 'serial', timeout: 120_000 });

async function startNode(name: string, port: number, databaseUrl: string): Promise<Node> {
  const base = `http://127.0.0.1:${port}`;
  const child = spawn('node', ['scripts/server.mjs'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
      GLIMPSE_DATABASE_URL: databaseUrl,
      GLIMPSE_REDIS_URL: redis.url,
      GLIMPSE_DB_PATH: path.join(os.tmpdir(), `glimpse-e2e-scale-${name}-${process.pid}-${Date.now()}.db`),
      GLIMPSE_URL_SECRET: SECRET,
      GLIMPSE_RATE_LIMIT_RENDERS: String(RATE),
      GLIMPSE_RENDER_WORKERS: '1',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return { name, base, process: child, api: await playwrightRequest.newContext({ baseURL: base }) };
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
  const databaseUrl = await postgres.createDatabase('glimpse');
  nodes = await Promise.all([startNode('a', BASE_PORT, databaseUrl), startNode('b', BASE_PORT + 1, databaseUrl)]);
  for (const node of nodes) await expect(async () => expect((await node.api.get('/api/health', { timeout: 5_000 })).status()).toBe(200)).toPass({ timeout: 150_000 });
});

test.afterAll(async () => {
  await Promise.all(
    nodes.map(async (node) => {
      await node.api.dispose();
      if (node.process.exitCode === null) {
        const exited = new Promise((resolve) => node.process.once('exit', resolve));
        node.process.kill();
        await exited;
      }
    }),
  );
  await redis?.stop();
  await postgres?.stop();
});

let cards = 0;
/** A spec no earlier request drew, so the first answer anywhere is a miss. */
const freshCard = () => ({ ...SPEC, title: `Scale-out card ${Date.now()}-${(cards += 1)}` });

const health = async (node: Node) => (await (await node.api.get('/api/health')).json()) as Record<string, unknown>;
const renderPng = (node: Node, spec: unknown) => node.api.post('/api/render?format=png', { data: spec });

async function expectPng(response: APIResponse, cache: string): Promise<Buffer> {
  expect(response.status(), await response.text().catch(() => '')).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  expect(response.headers()['x-glimpse-cache']).toBe(cache);
  return response.body();
}

/** A GET from another loopback address (127.0.0.2): a client of its own for the rate limits. */
function getFrom(address: string, url: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const call = httpRequest(url, { localAddress: address }, (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers }));
    });
    call.on('error', reject);
    call.end();
  });
}

test('each node says which store and cache tier it uses, and that both are reachable', async () => {
  for (const node of nodes) expect(await health(node)).toMatchObject({ status: 'ok', store: 'postgres', storage: 'ok', cache: 'redis', redis: 'ok' });
});

test('a spec stored through node A renders from node B; a deck stored on A opens and exports on B', async () => {
  const stored = await a().api.post('/api/specs', { data: freshCard() });
  expect(stored.status()).toBe(201);
  const { id } = (await stored.json()) as { id: string };
  const fromB = await b().api.get(`/i/${id}.png`);
  expect(fromB.status()).toBe(200);
  expect(fromB.headers()['content-type']).toBe('image/png');
  expect((await fromB.body()).subarray(1, 4).toString()).toBe('PNG');

  const deck = await a().api.post('/api/decks', { data: englishDeck });
  expect(deck.status()).toBe(201);
  const { id: deckId } = (await deck.json()) as { id: string };
  const page = await b().api.get(`/deck/${deckId}`);
  expect(page.status()).toBe(200);
  expect(await page.text()).toContain(englishDeck.title);
  const pdf = await b().api.get(`/api/decks/${deckId}/export?format=pdf`);
  expect(pdf.status()).toBe(200);
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
});

test('a conversation started on A continues on B; its owner still owns it there, a stranger gets 404', async () => {
  const id = `scale-out-${Date.now()}`;
  const ask = (node: Node, text: string, messageId: string) =>
    node.api.post('/api/chat', { data: { id, message: { id: messageId, role: 'user', parts: [{ type: 'text', text }] } }, headers: { cookie: OWNER('a') } });
  const first = await ask(a(), 'Team plan\n- Hiring\n- Budget', 'q1');
  expect(first.status()).toBe(200);
  expect(await first.text()).toContain('tool-output-available');
  const second = await ask(b(), 'Roadmap\n- Alpha\n- Beta\n- Launch', 'q2');
  expect(second.status()).toBe(200);
  expect(await second.text()).toContain('tool-output-available');

  let shareUrl = '';
  await expect(async () => {
    for (const node of nodes) {
      const response = await node.api.get(`/api/conversations/${id}`, { headers: { cookie: OWNER('a') } });
      expect(response.status()).toBe(200);
      const body = (await response.json()) as { messages: { role: string }[]; shareUrl: string };
      expect(body.messages.map((message) => message.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
      shareUrl = body.shareUrl;
    }
  }).toPass({ timeout: 20_000 });
  const listed = (await (await b().api.get('/api/conversations', { headers: { cookie: OWNER('a') } })).json()) as { conversations: { id: string }[] };
  expect(listed.conversations.map((conversation) => conversation.id)).toContain(id);

  await expectErrorBody(await b().api.get(`/api/conversations/${id}`, { headers: { cookie: OWNER('m') } }), 404, 'not_found', ['id']);
  const takeover = await b().api.post('/api/chat', { data: { id, message: { id: 'x', role: 'user', parts: [{ type: 'text', text: 'mine now' }] } }, headers: { cookie: OWNER('m') } });
  await expectErrorBody(takeover, 404, 'not_found', ['id']);
  // The share link works on either node.
  const share = await a().api.get(new URL(shareUrl).pathname);
  expect(share.status()).toBe(200);
  expect(await share.text()).toContain('Team plan');
});

test('a render cached by A is a cache hit on B (X-Glimpse-Cache: shared, the same bytes), then a memory hit there', async () => {
  const spec = freshCard();
  const drawn = await expectPng(await renderPng(a(), spec), 'miss');
  const shared = await expectPng(await renderPng(b(), spec), 'shared');
  expect(Buffer.compare(shared, drawn)).toBe(0);
  await expectPng(await renderPng(b(), spec), 'hit');
});

test(`a rate limit counts requests to either node: ${RATE}/min from one client across A and B, then 429 + Retry-After on both`, async () => {
  const { id } = (await (await a().api.post('/api/specs', { data: freshCard() })).json()) as { id: string };
  const statuses: number[] = [];
  const refusedBy = new Set<string>();
  // Without sharing each node would admit RATE (2 × RATE in all); one bucket admits RATE in all, plus
  // the few tokens that refill meanwhile (one every 600 ms at this rate).
  for (let index = 0; index < 2 * RATE && refusedBy.size < 2; index++) {
    const node = nodes[index % 2]!;
    const answer = await getFrom('127.0.0.2', `${node.base}/i/${id}.svg`);
    statuses.push(answer.status);
    if (answer.status === 429) {
      refusedBy.add(node.name);
      expect(Number(answer.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    }
  }
  const firstRefusal = statuses.indexOf(429);
  expect(firstRefusal, `statuses: ${statuses.join(' ')}`).toBeGreaterThanOrEqual(RATE);
  expect([...refusedBy].sort(), 'both nodes refuse the client').toEqual(['a', 'b']);
  expect(statuses.length, `B counted what A admitted: ${statuses.join(' ')}`).toBeLessThan(RATE + RATE / 4);
  // Another client (127.0.0.1) has its own bucket.
  expect((await a().api.get(`/i/${id}.svg`)).status()).toBe(200);
});

test('with Redis stopped mid-run the nodes cache on their own without a 5xx; restarting it restores sharing', async () => {
  await redis.stop();
  try {
    const spec = freshCard();
    await expectPng(await renderPng(a(), spec), 'miss');
    await expectPng(await renderPng(b(), spec), 'miss');
    await expectPng(await renderPng(b(), spec), 'hit');
    for (const node of nodes) {
      const response = await node.api.get('/api/health');
      expect(response.status(), 'a node without Redis still serves').toBe(200);
      expect(await response.json()).toMatchObject({ status: 'ok', cache: 'redis', redis: 'unreachable', storage: 'ok' });
    }
    const stored = await a().api.post('/api/specs', { data: freshCard() });
    expect(stored.status()).toBe(201);
    expect((await b().api.get(new URL(((await stored.json()) as { url: string }).url).pathname)).status()).toBe(200);
  } finally {
    await redis.start();
  }
  for (const node of nodes) await expect(async () => expect(await health(node)).toMatchObject({ redis: 'ok' })).toPass({ timeout: 20_000 });
  const spec = freshCard();
  await expectPng(await renderPng(a(), spec), 'miss');
  await expectPng(await renderPng(b(), spec), 'shared');
});

test('with PostgreSQL stopped, what needs it is a 503 store_unavailable while pure and cached renders keep working; it recovers', async () => {
  const { id } = (await (await a().api.post('/api/specs', { data: freshCard() })).json()) as { id: string };
  expect((await b().api.get(`/i/${id}.png`)).status()).toBe(200);
  expect((await b().api.get(`/i/${id}.png`)).headers()['x-glimpse-cache']).toBe('hit'); // from B's memory, before Next.js
  const { id: deckId } = (await (await a().api.post('/api/decks', { data: englishDeck })).json()) as { id: string };
  await postgres.halt();
  try {
    // A page that shows stored things is a 503 page with Retry-After, not Next's 500 error page.
    const deckPage = await b().api.get(`/deck/${deckId}`);
    expect(deckPage.status()).toBe(503);
    expect(Number(deckPage.headers()['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(await deckPage.text()).toContain('can’t reach its database');
    const refused = await a().api.post('/api/specs', { data: freshCard() });
    await expectErrorBody(refused, 503, 'store_unavailable', ['store']);
    expect(Number(refused.headers()['retry-after'])).toBeGreaterThanOrEqual(1);
    await expectErrorBody(await b().api.get('/api/conversations', { headers: { cookie: OWNER('a') } }), 503, 'store_unavailable', ['store']);
    const health503 = await a().api.get('/api/health');
    expect(health503.status()).toBe(503);
    expect(await health503.json()).toMatchObject({ status: 'degraded', store: 'postgres', storage: 'error', redis: 'ok' });
    await expectPng(await renderPng(a(), freshCard()), 'miss');
    expect((await b().api.get(`/i/${id}.png`)).status(), 'a cached stored image still answers').toBe(200);
  } finally {
    await postgres.start();
  }
  await expect(async () => expect((await a().api.get('/api/health')).status()).toBe(200)).toPass({ timeout: 20_000 });
  expect((await a().api.post('/api/specs', { data: freshCard() })).status()).toBe(201);
  await expect(async () => expect((await b().api.get(`/deck/${deckId}`)).status()).toBe(200)).toPass({ timeout: 20_000 });
});
