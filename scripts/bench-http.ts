/**
 * The built server as users meet it (part of `npm run bench`): starts `node scripts/server.mjs` from
 * a directory with a build in it (this checkout by default; `--server-dir=<checkout>` measures
 * another build, e.g. main before a change) and measures over HTTP on loopback.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { heavySpec } from '@/lib/testing/heavy-spec';
import { englishDeck } from '@/lib/targets/slides/examples';
import { loadRun, treeRssMb, type LoadFigures } from './bench-load';

type Median = (label: string, run: () => Promise<unknown>, runs?: number) => Promise<number>;

const PORT = 3470;
const BASE = `http://127.0.0.1:${PORT}`;
/** The 1-vs-2 clients runs: this many rounds, each a 1-client run then a 2-client run of THROUGHPUT_SECONDS. */
const THROUGHPUT_ROUNDS = 3;
const THROUGHPUT_SECONDS = 4;
/**
 * Both workers draw cards for this long before the 1-vs-2 clients runs, unmeasured. One client
 * keeps one worker busy: the 2-client run used to begin with the other worker's V8 still cold
 * (~42 ms of CPU per card against ~33 ms warm), and measured it against a warm 1-client run.
 */
const THROUGHPUT_WARM_SECONDS = 4;
const HEAVY_WINDOW_MS = 20_000;

export interface HttpFigures {
  freshMs: number;
  repeatMs: number;
  /** GET of a stored spec's image URL, repeated: the memory cache through the fast path (no Next.js routing). */
  imageGetMs: number;
  oneClient: number;
  twoClients: number;
  /** 2 clients' throughput over 1 client's: the median of the rounds' ratios. */
  clientRatio: number;
  healthMedianMs: number;
  healthMaxMs: number;
  /** A fresh 10-slide deck → PDF over HTTP (pages spread over the workers). */
  deckPdfMs: number;
  /** Server + workers after the throughput runs (MB). */
  rssAfterLoadMb: number;
  load: LoadFigures;
}

/** The many-clients run: how many, for how long. */
const LOAD_CLIENTS = 100;
const LOAD_SECONDS = 20;

/** Whether `directory` holds a production build `npm start` can serve. */
export function hasBuild(directory: string): boolean {
  return existsSync(path.join(directory, '.next', 'BUILD_ID'));
}

async function post(spec: unknown): Promise<Response> {
  const response = await fetch(`${BASE}/api/render?format=png`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(spec) });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`render answered ${response.status}`);
  return response;
}

/** Requests per second from `clients` clients posting fresh (never cached) cards for `seconds`. */
async function throughput(card: object, clients: number, tag: string, seconds = THROUGHPUT_SECONDS): Promise<number> {
  const end = Date.now() + seconds * 1000;
  let done = 0;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      while (Date.now() < end) {
        await post({ ...card, title: `${tag} ${clients}×${client} #${done}` });
        done += 1;
      }
    }),
  );
  return done / seconds;
}

/** The server's and its descendants' resident memory (MB), from /proc. */
function residentMb(pid: number): { server: number; children: number; serverPeak: number } {
  const status = (id: number) => readFileSync(`/proc/${id}/status`, 'utf8');
  const field = (text: string, name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(text)?.[1] ?? 0) / 1024;
  const children = readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        return Number(/PPid:\s+(\d+)/.exec(status(Number(entry)))?.[1]) === pid;
      } catch {
        return false; // exited while we looked
      }
    })
    .reduce((sum, entry) => sum + field(status(Number(entry)), 'VmRSS'), 0);
  const own = status(pid);
  return { server: field(own, 'VmRSS'), children, serverPeak: field(own, 'VmHWM') };
}

export async function httpBench(directory: string, card: object, median: Median): Promise<HttpFigures> {
  const server = spawn('node', ['scripts/server.mjs'], {
    cwd: directory,
    env: { ...process.env, PORT: String(PORT), HOSTNAME: '127.0.0.1', GLIMPSE_DB_PATH: path.join(os.tmpdir(), `glimpse-bench-${process.pid}.db`), GLIMPSE_RENDER_TIMEOUT_MS: '10000', GLIMPSE_RATE_LIMIT_RENDERS: '0' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    const booted = Date.now();
    for (;;) {
      const ready = await post({ ...card, title: 'Boot' }).then(
        () => true,
        () => false,
      );
      if (ready) break;
      if (Date.now() - booted > 180_000) throw new Error('the server did not start');
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    console.log(`  ${'server up and a first card drawn'.padEnd(46)} ${(Date.now() - booted).toFixed(0).padStart(8)} ms`);
    let fresh = 0;
    const freshMs = await median('card PNG over HTTP, fresh spec', () => post({ ...card, title: `Fresh ${(fresh += 1)}` }), 20);
    const repeated = { ...card, title: 'Repeated' };
    const first = await post(repeated);
    const repeatMs = await median('same spec again (POST)', () => post(repeated), 40);
    const stored = (await (await fetch(`${BASE}/api/specs`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(repeated) })).json()) as { id: string };
    const imageUrl = `${BASE}/i/${stored.id}.png`;
    await (await fetch(imageUrl)).arrayBuffer();
    const imageGetMs = await median('same image URL again (GET /i/<id>.png)', async () => {
      const response = await fetch(imageUrl);
      await response.arrayBuffer();
      if (response.headers.get('x-glimpse-cache') !== 'hit') throw new Error('the repeat was not a cache hit');
    }, 200);
    const cacheHeader = first.headers.get('x-glimpse-cache');
    console.log(`  ${'X-Glimpse-Cache of the first / a repeat'.padEnd(46)} ${`${cacheHeader ?? '—'} / ${(await post(repeated)).headers.get('x-glimpse-cache') ?? '—'}`.padStart(8)}`);
    await throughput(card, 2, 'Warm', THROUGHPUT_WARM_SECONDS);
    // Alternated round by round, as the Chromium baseline is: a drift of the machine over the runs
    // (another process, a GC of the server's) falls on both sides of the ratio.
    const rounds: { one: number; two: number }[] = [];
    for (let round = 0; round < THROUGHPUT_ROUNDS; round += 1) {
      rounds.push({ one: await throughput(card, 1, `One ${round}`), two: await throughput(card, 2, `Two ${round}`) });
    }
    const oneClient = rounds.reduce((sum, { one }) => sum + one, 0) / rounds.length;
    const twoClients = rounds.reduce((sum, { two }) => sum + two, 0) / rounds.length;
    const clientRatios = rounds.map(({ one, two }) => two / one).sort((a, b) => a - b);
    const clientRatio = clientRatios[Math.floor(clientRatios.length / 2)]!;
    const span = `${THROUGHPUT_ROUNDS} × ${THROUGHPUT_SECONDS} s, alternated`;
    console.log(`  ${`fresh cards/s, 1 client (${span})`.padEnd(46)} ${oneClient.toFixed(1).padStart(8)}`);
    console.log(`  ${`fresh cards/s, 2 clients (${span})`.padEnd(46)} ${twoClients.toFixed(1).padStart(8)}  (per round ${clientRatios.map((ratio) => `${ratio.toFixed(2)}×`).join(', ')})`);
    const memory = residentMb(server.pid ?? 0);
    console.log(`  ${'RSS after load: server / its workers (MB)'.padEnd(46)} ${`${memory.server.toFixed(0)} / ${memory.children.toFixed(0)}`.padStart(8)}  (server peak ${memory.serverPeak.toFixed(0)})`);
    const rssAfterLoadMb = treeRssMb(server.pid ?? 0);

    let decks = 0;
    const deckPdfMs = await median('10-slide deck → PDF over HTTP, fresh', async () => {
      const response = await fetch(`${BASE}/api/render?format=pdf`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...(englishDeck as object), title: `Deck ${(decks += 1)}` }) });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`deck pdf answered ${response.status}`);
    }, 7);

    const load = await loadRun(BASE, server.pid ?? 0, LOAD_CLIENTS, LOAD_SECONDS);
    const codes = Object.entries(load.statuses).map(([code, count]) => `${code === '0' ? 'no answer' : code}: ${count}`).join(', ');
    console.log(`  ${`${LOAD_CLIENTS} clients × ${LOAD_SECONDS} s, mixed larger specs`.padEnd(46)} ${load.perSecond.toFixed(1).padStart(8)} drawn/s  (${codes})`);
    console.log(`  ${'… drawn answers: p50 / p99'.padEnd(46)} ${`${load.p50Ms.toFixed(0)} / ${load.p99Ms.toFixed(0)}`.padStart(8)} ms`);
    console.log(`  ${'… /api/health meanwhile: p99 / max'.padEnd(46)} ${`${load.healthP99Ms.toFixed(0)} / ${load.healthMaxMs.toFixed(0)}`.padStart(8)} ms`);
    console.log(`  ${'… the server thread ran late by, max'.padEnd(46)} ${load.eventLoopMaxMs.toFixed(0).padStart(8)} ms`);
    console.log(`  ${'… 5xx other than 503 shedding'.padEnd(46)} ${String(load.unexpected5xx).padStart(8)}`);
    console.log(`  ${'… peak RSS, server + workers (MB)'.padEnd(46)} ${load.peakRssMb.toFixed(0).padStart(8)}`);

    // Last: a build without deadlines keeps drawing the heavy spec after we stop listening.
    const heavy = fetch(`${BASE}/api/render?format=png`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(heavySpec(`Bench heavy ${Date.now()}`)), signal: AbortSignal.timeout(HEAVY_WINDOW_MS) }).then(
      (response) => `${response.status}`,
      () => `no answer within ${HEAVY_WINDOW_MS / 1000} s`,
    );
    let heavyAnswer: string | undefined;
    void heavy.then((answer) => (heavyAnswer = answer));
    const startedHeavy = Date.now();
    const healthTimes: number[] = [];
    let unanswered = 0;
    while (heavyAnswer === undefined) {
      const asked = Date.now();
      await fetch(`${BASE}/api/health`, { signal: AbortSignal.timeout(HEAVY_WINDOW_MS) })
        .then((response) => response.arrayBuffer())
        .catch(() => (unanswered += 1));
      healthTimes.push(Date.now() - asked);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    healthTimes.sort((a, b) => a - b);
    const healthMedianMs = healthTimes[Math.floor(healthTimes.length / 2)] ?? Number.NaN;
    const healthMaxMs = healthTimes[healthTimes.length - 1] ?? Number.NaN;
    console.log(`  ${'heavy spec (Vega-Lite repeat 8×8, 5,000 rows): answer'.padEnd(46)} ${heavyAnswer.padStart(8)} after ${((Date.now() - startedHeavy) / 1000).toFixed(1)} s`);
    console.log(`  ${'/api/health meanwhile: median / max'.padEnd(46)} ${`${healthMedianMs} / ${healthMaxMs}`.padStart(8)} ms  (${healthTimes.length} asks, ${unanswered} unanswered within ${HEAVY_WINDOW_MS / 1000} s)`);
    return { freshMs, repeatMs, imageGetMs, oneClient, twoClients, clientRatio, healthMedianMs, healthMaxMs, deckPdfMs, rssAfterLoadMb, load };
  } finally {
    server.kill();
  }
}
