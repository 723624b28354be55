/**
 * Load against the built server (part of `npm run bench`'s HTTP section): many clients at once on
 * a mix of larger specs, while /api/health is probed and the server's memory (with its render
 * workers) is sampled. What counts: no 5xx other than deliberate 503 shedding, health answering
 * throughout, the p99 of the answers that were drawn, and the peak RSS.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { chartExamples } from '@/lib/targets/chart/examples';
import { infographicExamples } from '@/lib/targets/infographic/examples';
import { englishDeck } from '@/lib/targets/slides/examples';
import { whiteboardExamples } from '@/lib/targets/whiteboard/examples';

export interface LoadFigures {
  clients: number;
  seconds: number;
  answered: number;
  perSecond: number;
  /** Status code → count (0: no answer: a connection error or the client's own timeout). */
  statuses: Record<string, number>;
  /** 5xx other than 503 (shedding): must be zero. */
  unexpected5xx: number;
  p50Ms: number;
  p99Ms: number;
  healthMaxMs: number;
  healthP99Ms: number;
  /** The server's own view (/api/health `eventLoop.maxMs`): the longest its thread ran late. */
  eventLoopMaxMs: number;
  peakRssMb: number;
}

/** Resident memory (MB) of `pid` and every process below it, from /proc. */
export function treeRssMb(pid: number): number {
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      parents.set(Number(entry), Number(/PPid:\s+(\d+)/.exec(status)?.[1] ?? 0));
      rss.set(Number(entry), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
    } catch {
      // exited while we looked
    }
  }
  const inTree = (id: number): boolean => id === pid || (id > 1 && inTree(parents.get(id) ?? 0));
  let total = 0;
  for (const [id, mb] of rss) if (inTree(id)) total += mb;
  return total;
}

const percentile = (sorted: number[], share: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? Number.NaN;

/** The mix: the showcase infographic, a Vega-Lite chart, a compact chart, a native whiteboard and one deck slide, each made fresh by a counter. */
function mixedSpecs(): ((n: number) => { spec: object; query: string })[] {
  const showcase = infographicExamples.find((example) => example.name === 'showcase')?.spec as object;
  const vegaLite = chartExamples.find((example) => example.name === 'chart-vega-lite')?.spec as object;
  const compact = chartExamples[0]?.spec as object;
  const board = whiteboardExamples[0]?.spec as object;
  return [
    (n) => ({ spec: { ...showcase, title: `Load showcase ${n}` }, query: 'format=png' }),
    (n) => ({ spec: { ...vegaLite, title: `Load chart ${n}` }, query: 'format=png' }),
    (n) => ({ spec: { ...compact, title: `Load compact ${n}` }, query: 'format=png' }),
    (n) => ({ spec: { ...board, title: `Load board ${n}` }, query: 'format=png' }),
    (n) => ({ spec: { ...(englishDeck as object), title: `Load deck ${n}` }, query: `format=png&slide=${(n % 9) + 1}` }),
  ];
}

export async function loadRun(base: string, serverPid: number, clients: number, seconds: number): Promise<LoadFigures> {
  const specs = mixedSpecs();
  const end = Date.now() + seconds * 1000;
  const statuses: Record<string, number> = {};
  const drawnMs: number[] = [];
  const healthMs: number[] = [];
  let eventLoopMaxMs = 0;
  let peakRssMb = treeRssMb(serverPid);
  let counter = 0;
  const sampler = setInterval(() => (peakRssMb = Math.max(peakRssMb, treeRssMb(serverPid))), 250);
  const probe = (async () => {
    while (Date.now() < end) {
      const asked = performance.now();
      const health = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(30_000) }).then(
        (response) => response.json() as Promise<{ eventLoop?: { maxMs: number } }>,
        () => undefined,
      );
      healthMs.push(performance.now() - asked);
      eventLoopMaxMs = Math.max(eventLoopMaxMs, health?.eventLoop?.maxMs ?? 0);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  })();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (Date.now() < end) {
        const n = (counter += 1);
        const { spec, query } = specs[n % specs.length]!(n);
        const asked = performance.now();
        let retryAfterSeconds = 1;
        const status = await fetch(`${base}/api/render?${query}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(spec), signal: AbortSignal.timeout(60_000) }).then(
          async (response) => {
            await response.arrayBuffer();
            retryAfterSeconds = Number(response.headers.get('retry-after') ?? 1);
            return response.status;
          },
          () => 0,
        );
        statuses[status] = (statuses[status] ?? 0) + 1;
        if (status === 200) drawnMs.push(performance.now() - asked);
        // A shed client waits as Retry-After asks before trying again, as a polite client would.
        if (status === 503) await new Promise((resolve) => setTimeout(resolve, retryAfterSeconds * 1000));
      }
    }),
  );
  await probe;
  clearInterval(sampler);
  drawnMs.sort((a, b) => a - b);
  healthMs.sort((a, b) => a - b);
  const answered = Object.values(statuses).reduce((sum, count) => sum + count, 0);
  const unexpected5xx = Object.entries(statuses).filter(([code]) => Number(code) >= 500 && code !== '503').reduce((sum, [, count]) => sum + count, 0);
  return {
    clients,
    seconds,
    answered,
    perSecond: (statuses['200'] ?? 0) / seconds,
    statuses,
    unexpected5xx,
    p50Ms: percentile(drawnMs, 0.5),
    p99Ms: percentile(drawnMs, 0.99),
    healthMaxMs: healthMs[healthMs.length - 1] ?? Number.NaN,
    healthP99Ms: percentile(healthMs, 0.99),
    eventLoopMaxMs,
    peakRssMb,
  };
}
