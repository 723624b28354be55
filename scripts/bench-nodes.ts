/**
 * `npm run bench -- --nodes`: one built Glimpse node against two, on one real PostgreSQL and one
 * real Redis started here on loopback (lib/testing/postgres.ts, redis.ts). A mixed workload with
 * repeats (so the shared cache matters) from CLIENTS concurrent clients, first all to node A, then
 * round-robin over A and B; and the latency of a shared-tier hit (drawn by A, fetched from B).
 * One render worker per node, so "two nodes" is twice the drawing capacity, as adding a machine
 * would be; on one small machine both nodes share its cores, so read the ratio as the cache's
 * effect plus whatever spare CPU there was, not as how two machines scale.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { startPostgres } from '@/lib/testing/postgres';
import { startRedis } from '@/lib/testing/redis';

const PORTS = [3420, 3421];
const CLIENTS = 4;
const SECONDS = 15;
/** Distinct specs in the workload's pool; each request picks one (skewed to the first ones), so most are repeats. */
const POOL = 60;
const SHARED_HIT_RUNS = 30;

export interface NodesFigures {
  oneNode: number;
  twoNodes: number;
  sharedHitMs: number;
  memoryHitMs: number;
  missMs: number;
}

const base = (port: number) => `http://127.0.0.1:${port}`;

async function renderPng(port: number, spec: unknown): Promise<string> {
  const response = await fetch(`${base(port)}/api/render?format=png`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(spec) });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`node ${port} answered ${response.status}`);
  return response.headers.get('x-glimpse-cache') ?? '';
}

async function storedImage(port: number, id: string): Promise<void> {
  const response = await fetch(`${base(port)}/i/${id}.png`);
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`node ${port} answered ${response.status} for /i/${id}.png`);
}

function startNode(directory: string, port: number, databaseUrl: string, redisUrl: string): ChildProcess {
  return spawn('node', ['scripts/server.mjs'], {
    cwd: directory,
    env: {
      ...process.env,
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
      GLIMPSE_DATABASE_URL: databaseUrl,
      GLIMPSE_REDIS_URL: redisUrl,
      GLIMPSE_DB_PATH: path.join(os.tmpdir(), `glimpse-bench-node-${port}-${process.pid}.db`),
      // The disk tier would answer repeats locally and hide what the shared tier does.
      GLIMPSE_RENDER_DISK_CACHE_MB: '0',
      GLIMPSE_RENDER_WORKERS: '1',
      GLIMPSE_RATE_LIMIT_RENDERS: '0',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function waitUp(port: number): Promise<void> {
  const started = Date.now();
  for (;;) {
    const up = await fetch(`${base(port)}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) return;
    if (Date.now() - started > 180_000) throw new Error(`node ${port} did not start`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/**
 * Requests per second over SECONDS from CLIENTS clients sending to `ports` in turn: 70% POST
 * /api/render of a pool spec (index skewed: min of two uniform picks), 20% GET /i/<id>.png of a
 * stored pool spec, 10% a spec never seen before.
 */
async function mixedWorkload(card: object, ports: number[], tag: string, storedIds: string[]): Promise<{ perSecond: number; caches: Record<string, number> }> {
  const pool = Array.from({ length: POOL }, (_, index) => ({ ...card, title: `${tag} pool ${index}` }));
  const end = Date.now() + SECONDS * 1000;
  let done = 0;
  let turn = 0;
  const caches: Record<string, number> = {};
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      while (Date.now() < end) {
        const port = ports[(turn += 1) % ports.length]!;
        const roll = Math.random();
        if (roll < 0.2) await storedImage(port, storedIds[Math.floor(Math.random() * storedIds.length)]!);
        else {
          const spec = roll < 0.3 ? { ...card, title: `${tag} fresh ${client} ${done}` } : pool[Math.min(Math.floor(Math.random() * POOL), Math.floor(Math.random() * POOL))];
          const cache = await renderPng(port, spec);
          caches[cache] = (caches[cache] ?? 0) + 1;
        }
        done += 1;
      }
    }),
  );
  return { perSecond: done / SECONDS, caches };
}

async function storeSpecs(port: number, card: object, tag: string): Promise<string[]> {
  return Promise.all(
    Array.from({ length: 10 }, async (_, index) => {
      const response = await fetch(`${base(port)}/api/specs`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...card, title: `${tag} stored ${index}` }) });
      return ((await response.json()) as { id: string }).id;
    }),
  );
}

const medianOf = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)] ?? Number.NaN;

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

export async function nodesBench(directory: string, card: object): Promise<NodesFigures> {
  const [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
  const nodes: ChildProcess[] = [];
  try {
    const databaseUrl = await postgres.createDatabase('glimpse_bench');
    nodes.push(startNode(directory, PORTS[0]!, databaseUrl, redis.url));
    await waitUp(PORTS[0]!);
    await renderPng(PORTS[0]!, { ...card, title: 'Warm A' });
    const oneIds = await storeSpecs(PORTS[0]!, card, 'One');
    const one = await mixedWorkload(card, [PORTS[0]!], 'One', oneIds);
    console.log(`  ${`1 node, ${CLIENTS} clients, mixed with repeats (${SECONDS} s)`.padEnd(46)} ${one.perSecond.toFixed(1).padStart(8)} req/s  (${JSON.stringify(one.caches)})`);

    nodes.push(startNode(directory, PORTS[1]!, databaseUrl, redis.url));
    await waitUp(PORTS[1]!);
    await renderPng(PORTS[1]!, { ...card, title: 'Warm B' });
    const twoIds = await storeSpecs(PORTS[0]!, card, 'Two');
    const two = await mixedWorkload(card, PORTS, 'Two', twoIds);
    console.log(`  ${`2 nodes round-robin, same workload`.padEnd(46)} ${two.perSecond.toFixed(1).padStart(8)} req/s  (${JSON.stringify(two.caches)})`);
    console.log(`  ${'2 nodes / 1 node'.padEnd(46)} ${(two.perSecond / one.perSecond).toFixed(2).padStart(8)} ×`);

    const miss: number[] = [];
    const shared: number[] = [];
    const memory: number[] = [];
    for (let index = 0; index < SHARED_HIT_RUNS; index += 1) {
      const spec = { ...card, title: `Shared hit ${index}` };
      miss.push(await timed(() => renderPng(PORTS[0]!, spec)));
      shared.push(
        await timed(async () => {
          const cache = await renderPng(PORTS[1]!, spec);
          if (cache !== 'shared') throw new Error(`expected a shared hit on B, got ${cache}`);
        }),
      );
      memory.push(await timed(() => renderPng(PORTS[1]!, spec)));
    }
    const figures = { oneNode: one.perSecond, twoNodes: two.perSecond, missMs: medianOf(miss), sharedHitMs: medianOf(shared), memoryHitMs: medianOf(memory) };
    console.log(`  ${'card PNG drawn on A (miss), median'.padEnd(46)} ${figures.missMs.toFixed(1).padStart(8)} ms`);
    console.log(`  ${'same spec from B: shared tier (Redis), median'.padEnd(46)} ${figures.sharedHitMs.toFixed(1).padStart(8)} ms`);
    console.log(`  ${'again from B: its memory tier, median'.padEnd(46)} ${figures.memoryHitMs.toFixed(1).padStart(8)} ms`);
    return figures;
  } finally {
    for (const node of nodes) node.kill();
    await Promise.all(nodes.map((node) => new Promise((resolve) => (node.exitCode === null ? node.once('exit', resolve) : resolve(undefined)))));
    await redis.stop();
    await postgres.stop();
  }
}
