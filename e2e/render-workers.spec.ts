import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test';
import { heavySpec } from '../lib/testing/heavy-spec';
import { SPEC } from './fixtures';

// Its own built server (the one in playwright.config.ts keeps the default 30 s deadline): two
// workers and a 15 s deadline — well past a worker's boot on a busy machine, far below the time the
// heavy spec (a Vega-Lite repeat of 8 × 8 views over 5,000 generated rows) needs.
const PORT = Number(process.env.E2E_PORT ?? 3100) + 2;
const TIMEOUT_MS = 15_000;
// Room for the heavy spec to run into the deadline rather than the heap bound: its heap nears the
// default 768 MB in about 15 s (one CI run answered 413 first; that path is lib/render/pool.test.ts's).
const MEMORY_MB = 3_072;
const BASE = `http://127.0.0.1:${PORT}`;

const DB_PATH = path.join(os.tmpdir(), `glimpse-e2e-workers-${process.pid}-${Date.now()}.db`);

let server: ChildProcess;
let api: APIRequestContext;

test.describe.configure({ mode: 'serial', timeout: 180_000 });

/** Starts the server and waits until both workers have booted (a card renders). */
async function startServer() {
  server = spawn('node', ['scripts/server.mjs'], {
    env: { ...process.env, PORT: String(PORT), HOSTNAME: '127.0.0.1', GLIMPSE_DB_PATH: DB_PATH, GLIMPSE_RENDER_WORKERS: '2', GLIMPSE_RENDER_TIMEOUT_MS: String(TIMEOUT_MS), GLIMPSE_RENDER_MEMORY_MB: String(MEMORY_MB) },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await expect(async () => expect((await api.post('/api/render?format=png', { data: SPEC, timeout: 60_000 })).status()).toBe(200)).toPass({ timeout: 110_000 });
  await expect.poll(() => workerPids().length, { timeout: 20_000 }).toBe(2);
}

async function stopServer() {
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill();
  await exited;
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  api = await playwrightRequest.newContext({ baseURL: BASE });
  await startServer();
});

test.afterAll(async () => {
  await api?.dispose();
  if (server?.exitCode === null) await stopServer();
});

/** The server's render worker processes (tinypool's child-process entry), read from /proc. */
function workerPids(): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        return parent === server.pid && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('tinypool');
      } catch {
        return false; // gone between readdir and read
      }
    })
    .map(Number)
    .sort((a, b) => a - b);
}

/** Waits until one worker of `before` is gone and a new one took its place. */
async function expectOneWorkerReplaced(before: number[]) {
  await expect
    .poll(() => {
      const now = workerPids();
      return { gone: before.filter((pid) => !now.includes(pid)).length, fresh: now.filter((pid) => !before.includes(pid)).length };
    }, { timeout: 20_000 })
    .toEqual({ gone: 1, fresh: 1 });
}

async function expectCardRenders() {
  const response = await api.post('/api/render?format=png', { data: { ...SPEC, title: `After ${Date.now()}` } });
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
}

test('a heavy spec ends at the deadline (504 render_timeout) while /api/health answers in under a second', async () => {
  const before = workerPids();
  const started = Date.now();
  let done = false;
  const heavy = api.post('/api/render?format=png', { data: heavySpec(`Heavy ${Date.now()}`), timeout: 120_000 }).finally(() => (done = true));
  const healthTimes: number[] = [];
  while (!done) {
    const asked = Date.now();
    const health = await api.get('/api/health', { timeout: 10_000 });
    healthTimes.push(Date.now() - asked);
    expect(health.status()).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const response = await heavy;
  const elapsed = Date.now() - started;
  expect(response.status()).toBe(504);
  expect((await response.json()).error.code).toBe('render_timeout');
  expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS - 500);
  expect(elapsed).toBeLessThan(TIMEOUT_MS + 5000);
  expect(healthTimes.length).toBeGreaterThan(10);
  expect(Math.max(...healthTimes)).toBeLessThan(1000);
  // The worker that ran it was killed and replaced; the next render succeeds.
  await expectOneWorkerReplaced(before);
  await expectCardRenders();
});

test('a client that hangs up stops its render: the worker is killed and replaced, the next render succeeds', async () => {
  await expect.poll(async () => (await (await api.get('/api/health')).json()).render.admitted, { timeout: 20_000 }).toBe(0);
  const before = workerPids();
  const hungUp = await api.post('/api/render?format=png', { data: heavySpec(`Hang-up ${Date.now()}`), timeout: 3000 }).then(
    () => 'answered',
    (error: Error) => error.message,
  );
  expect(hungUp).toMatch(/Timeout 3000ms exceeded/);
  await expectOneWorkerReplaced(before);
  await expect.poll(async () => (await (await api.get('/api/health')).json()).render, { timeout: 20_000 }).toMatchObject({ admitted: 0, running: 0 });
  await expectCardRenders();
});

test('the output cache answers a repeat with the same bytes (X-Glimpse-Cache: hit), from disk after a restart too', async () => {
  test.setTimeout(240_000);
  const spec = { ...SPEC, title: `Cached ${Date.now()}` };
  const fresh = await api.post('/api/render?format=png', { data: spec });
  const repeat = await api.post('/api/render?format=png', { data: spec });
  const asGet = await api.get(`/api/render?format=png&spec=${Buffer.from(JSON.stringify(spec)).toString('base64url')}`);
  expect([fresh.status(), repeat.status(), asGet.status()]).toEqual([200, 200, 200]);
  expect([fresh, repeat, asGet].map((response) => response.headers()['x-glimpse-cache'])).toEqual(['miss', 'hit', 'hit']);
  const bytes = await fresh.body();
  expect(Buffer.compare(await repeat.body(), bytes)).toBe(0);
  expect(Buffer.compare(await asGet.body(), bytes)).toBe(0);
  expect(repeat.headers()['content-length']).toBe(String(bytes.byteLength));
  await stopServer();
  await startServer();
  const afterRestart = await api.post('/api/render?format=png', { data: spec });
  expect(afterRestart.headers()['x-glimpse-cache']).toBe('hit');
  expect(Buffer.compare(await afterRestart.body(), bytes)).toBe(0);
});
