import { existsSync } from 'node:fs';
import path from 'node:path';
import Tinypool, { type TinypoolChannel, type TinypoolWorker } from 'tinypool';
import { deadline } from '@/lib/deadline';
import { env } from '@/lib/env';
import { GlimpseError, toGlimpseError } from '@/lib/errors';
import { MAX_RENDER_QUEUE, MAX_RENDER_QUEUE_WAIT_MS, MAX_RENDER_RETRY_AFTER_SECONDS, RENDER_RETRY_AFTER_SECONDS } from '@/lib/limits';
import { targetFor } from '@/lib/spec/visual';
import { mermaidPool } from './mermaid/pool';
import type { PdfPart, Rendered } from './render';
import { deserializeError, RENDER_WORKER_V8_FLAGS, reviveRendered, serializeError, type MainMessage, type RenderTask, type TaskOutcome, type WorkerMessage } from './worker-protocol';

/** Which file a worker process loads, and how. */
export interface WorkerEntry {
  filename: string;
  execArgv: string[];
}

/**
 * Production (scripts/server.mjs) names the esbuild bundle that `npm run build` writes; everywhere
 * else — vitest, `npm run bench`, `npm run dev` — the worker is this repository's TypeScript
 * source, run through tsx. The path is built at run time, so the Next.js bundler leaves it alone.
 */
export function workerEntry(): WorkerEntry {
  if (env.GLIMPSE_RENDER_WORKER_BUNDLE) return { filename: env.GLIMPSE_RENDER_WORKER_BUNDLE, execArgv: [] };
  return { filename: path.join(process.cwd(), 'lib', 'render', 'worker.ts'), execArgv: ['--import', 'tsx'] };
}

export interface RenderPoolOptions {
  /** Worker processes (one render at a time each). */
  threads: number;
  /** Renders admitted to wait beyond the running ones; past it, 503 + Retry-After. */
  maxQueue: number;
  /** One deadline for queue wait + render. */
  timeoutMs: number;
  /** Longest expected queue wait before refusing (MAX_RENDER_QUEUE_WAIT_MS by default). */
  maxQueueWaitMs?: number;
  /** V8 heap per worker (MB, --max-old-space-size); a render that needs more fails with 413 too_large. */
  memoryMb?: number;
  entry?: WorkerEntry;
}

/** The running average's start (ms), before any render has finished: a card's order of magnitude (reported in stats). */
const FIRST_RENDER_ESTIMATE_MS = 100;
/** Weight of the newest render in the running average of render times. */
const AVERAGE_WEIGHT = 0.2;

/**
 * Whether one more render may wait: under `maxQueue` waiting, and its expected wait — the work
 * ahead of it (`aheadMs`: what the running renders still have to do plus every waiting render's
 * estimate), shared by the workers — within `maxWaitMs`. A render that finds a worker free is
 * always admitted.
 */
export function admits(load: { threads: number; admitted: number; maxQueue: number; aheadMs: number; maxWaitMs: number }): boolean {
  const waiting = load.admitted - load.threads;
  if (waiting < 0) return true;
  if (waiting >= load.maxQueue) return false;
  return load.aheadMs / load.threads <= load.maxWaitMs;
}

/** The `Retry-After` of a refusal: the expected drain time in whole seconds, within RENDER_RETRY_AFTER_SECONDS…MAX_RENDER_RETRY_AFTER_SECONDS. */
export function retryAfterSeconds(expectedWaitMs: number): number {
  return Math.min(MAX_RENDER_RETRY_AFTER_SECONDS, Math.max(RENDER_RETRY_AFTER_SECONDS, Math.ceil(expectedWaitMs / 1000)));
}

/**
 * Spreads the return of shed clients at the rate the workers drain. Refused in one burst, a hundred
 * clients told the same `Retry-After` come back in the same second, and all but a few are refused
 * again — each refusal costing the server's thread a parse and a hash. Each refusal is given the
 * next free moment instead: no sooner than the expected wait, and one render's share of the workers
 * (`stepMs`) after the moment given to the refusal before it; past MAX_RENDER_RETRY_AFTER_SECONDS
 * the schedule stops growing.
 */
export class RetrySchedule {
  private nextAt = Number.NEGATIVE_INFINITY;

  /** The `Retry-After` (seconds) for a refusal at `now` (ms) with `waitMs` expected, and books its moment. */
  next(now: number, waitMs: number, stepMs: number): number {
    const at = Math.min(now + MAX_RENDER_RETRY_AFTER_SECONDS * 1000, Math.max(now + waitMs, this.nextAt));
    this.nextAt = at + Math.max(0, stepMs);
    return retryAfterSeconds(at - now);
  }
}

/**
 * What a task's duration is learnt under: its kind and format (a chart PNG and a deck PDF differ
 * 10×), and how much it draws — its pages (a deck PDF, a page share, a ZIP of slides), each
 * weighed by the spec's content: the kilobytes of its JSON per page, at least
 * MIN_PAGE_COST_UNITS. Measured (production build, one process): the standard card is 0.5 KB and
 * draws in ~45 ms, the showcase infographic 1.8 KB in ~180 ms; counted as one unit each, a pool
 * that had learnt cards took showcases for 45 ms renders and queued 4× too many of them.
 */
export function costOf(task: RenderTask): { key: string; units: number } {
  if (task.type === 'error-image' || task.type === 'pdf-merge') return { key: task.type, units: 1 };
  const pages = targetFor(task.spec.kind).pageCount?.(task.spec) ?? 1;
  const perPage = Math.max(MIN_PAGE_COST_UNITS, JSON.stringify(task.spec).length / COST_UNIT_BYTES / pages);
  if (task.type === 'render') {
    const multiPage = task.options.format === 'pdf' || task.options.format === 'zip' || task.options.format === 'pptx';
    return { key: `${task.spec.kind}/${task.options.format}`, units: (multiPage ? pages : 1) * perPage };
  }
  return { key: `${task.spec.kind}/pdf`, units: task.pages.length * perPage };
}

/** One cost unit: a kilobyte of spec JSON per page. */
const COST_UNIT_BYTES = 1000;
/** The least a page is costed at (units): a near-empty spec still lays out, draws and encodes. */
const MIN_PAGE_COST_UNITS = 0.5;
/**
 * What a unit of a class no render has finished in yet is assumed to take (ms): pessimistic, about
 * a cold worker's first showcase (~360 ms for 1.8 units). A fresh server under a burst of kinds it
 * has not drawn yet costed them at the running average (a card's ~50 ms): the 100-client flood
 * queued ~3× the work its bound allowed, and the answers asked in its first 2 s waited up to 6 s.
 */
export const UNSEEN_CLASS_MS_PER_UNIT = 200;

export interface RunOptions {
  /** The client, or every client of a shared render. */
  signal?: AbortSignal;
  timeoutMs?: number;
  /** A later task of a render already admitted (a deck's page share, its merge): never refused halfway. */
  partOfAdmitted?: boolean;
  /** Longest expected queue wait for this task (the pool's by default; MAX_API_QUEUE_WAIT_MS for the API). */
  maxQueueWaitMs?: number;
}

/** How long a killed worker may take to exit before its slot is given back anyway. */
const EXIT_GRACE_MS = 5000;

/** The worker process drawing one task, once it says it has started. */
interface Slot {
  /** What this task is expected to take (ms), from its cost class. */
  estimateMs: number;
  pid?: number;
  /** When the worker began drawing (performance.now()). */
  startedAt?: number;
  worker?: TinypoolWorker;
  settled: boolean;
}

/**
 * Render workers: child processes (tinypool's `child_process` runtime), one per core by default.
 * Processes, not threads: on a deadline the worker is killed, and a kill stops resvg and sharp in
 * the middle of a native call, which terminating a thread cannot do safely. Admission is counted
 * here (running + waiting ≤ threads + maxQueue); a slot whose worker was killed stays counted
 * until that process has exited.
 */
export class RenderPool {
  private readonly pool: Tinypool;
  private admitted = 0;
  private startedCount = 0;
  /** Running average of how long renders took in a worker (ms), for stats(). */
  private averageMs = FIRST_RENDER_ESTIMATE_MS;
  /** Running average per cost class (costOf), in ms per unit; a class not in it is costed at UNSEEN_CLASS_MS_PER_UNIT. */
  private readonly classMs = new Map<string, number>();
  /** Estimates of the admitted tasks that no worker has started yet. */
  private queuedMs = 0;
  private readonly drawing = new Set<Slot>();
  private readonly running = new Set<number>();
  private readonly retries = new RetrySchedule();

  constructor(readonly options: RenderPoolOptions) {
    const entry = options.entry ?? workerEntry();
    if (!existsSync(/*turbopackIgnore: true*/ entry.filename)) {
      throw new GlimpseError('unavailable', `the render worker ${entry.filename} is missing; run npm run build`);
    }
    this.pool = new Tinypool({
      filename: entry.filename,
      runtime: 'child_process',
      minThreads: options.threads,
      maxThreads: options.threads,
      // A heap bound per render: past it V8 ends the worker (SIGABRT), and execute() says 413.
      execArgv: [...entry.execArgv, ...RENDER_WORKER_V8_FLAGS, `--max-old-space-size=${options.memoryMb ?? env.GLIMPSE_RENDER_MEMORY_MB}`],
      // tinypool forks with `env: { ...options.env }`: without this a worker would start with an empty
      // environment (no NODE_ENV, so React's development runtime; no GLIMPSE_* settings).
      env: { ...WORKER_MALLOC, ...Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined)) },
      // Structured clone: buffers cross as bytes, not as JSON arrays of numbers.
      serialization: 'advanced',
    });
    // A worker that dies while idle is replaced on the next render; without a listener it would crash the server.
    this.pool.on('error', (error: unknown) => console.error('[glimpse] a render worker stopped while idle', error));
  }

  /**
   * Runs a task in a worker within the deadline (`timeoutMs`, the pool's by default); `signal` is
   * the client, or every client of a shared render.
   */
  async run(task: RenderTask, options: RunOptions = {}): Promise<Rendered> {
    const outcome = await this.execute(task, options);
    if (!('value' in outcome)) throw new GlimpseError('render_failed', `a ${task.type} task answered no rendering`);
    return reviveRendered(outcome.value);
  }

  /** A `pdf-pages` task: the one-page PDFs it drew, in order. */
  async runParts(task: RenderTask & { type: 'pdf-pages' }, options: RunOptions = {}): Promise<PdfPart[]> {
    const outcome = await this.execute(task, options);
    if (!('parts' in outcome)) throw new GlimpseError('render_failed', 'a pdf-pages task answered no pages');
    return outcome.parts.map(reviveRendered);
  }

  private async execute(task: RenderTask, options: RunOptions): Promise<Extract<TaskOutcome, { ok: true }>> {
    const { threads, maxQueue } = this.options;
    const { signal, timeoutMs = this.options.timeoutMs } = options;
    const maxWaitMs = Math.min(options.maxQueueWaitMs ?? Number.POSITIVE_INFINITY, this.options.maxQueueWaitMs ?? MAX_RENDER_QUEUE_WAIT_MS);
    const cost = costOf(task);
    const estimateMs = (this.classMs.get(cost.key) ?? UNSEEN_CLASS_MS_PER_UNIT) * cost.units;
    const aheadMs = this.aheadMs();
    if (!options.partOfAdmitted && !admits({ threads, admitted: this.admitted, maxQueue, aheadMs, maxWaitMs })) {
      const waiting = this.admitted - threads;
      const bound = options.maxQueueWaitMs !== undefined && options.maxQueueWaitMs <= maxWaitMs ? 'MAX_API_QUEUE_WAIT_MS' : 'MAX_RENDER_QUEUE_WAIT_MS';
      const why = waiting >= maxQueue ? `${maxQueue} waiting: MAX_RENDER_QUEUE` : `about ${Math.round(aheadMs / threads)} ms to wait, over ${bound} (${maxWaitMs} ms)`;
      throw new GlimpseError('unavailable', `rendering is busy (${threads} running, ${why}); retry shortly`, {
        retryAfterSeconds: this.retries.next(performance.now(), aheadMs / threads, estimateMs / threads),
      });
    }
    this.admitted += 1;
    this.queuedMs += estimateMs;
    // lib/deadline.ts, not AbortSignal.any([AbortSignal.timeout()]), which Node 20 can lose to GC.
    const limit = deadline(timeoutMs, signal);
    const slot: Slot = { estimateMs, settled: false };
    let killed = false;
    try {
      const outcome = (await this.pool.run(task, { signal: limit.signal, channel: this.channel(slot) })) as TaskOutcome;
      if (!outcome.ok) throw deserializeError(outcome.error);
      return outcome;
    } catch (error) {
      if (error instanceof GlimpseError) throw error;
      if (limit.signal.aborted) {
        killed = true;
        const clientLeft = signal?.aborted === true && limit.signal.reason === signal.reason;
        // No cause: tinypool's AbortError says less than the message does.
        if (!clientLeft) throw new GlimpseError('render_timeout', `the render did not finish within ${timeoutMs} ms (GLIMPSE_RENDER_TIMEOUT_MS); simplify the spec`);
        console.info('[glimpse] render cancelled: every client waiting for it went away');
        throw new GlimpseError('cancelled', 'the client went away; its render was stopped');
      }
      if (await outOfMemory(slot.worker)) {
        const memoryMb = this.options.memoryMb ?? env.GLIMPSE_RENDER_MEMORY_MB;
        const message = `the render needed more than ${memoryMb} MB of memory (GLIMPSE_RENDER_MEMORY_MB); simplify the spec (fewer rows, points or views)`;
        throw new GlimpseError('too_large', message, { issues: [{ path: [], message }] });
      }
      throw new GlimpseError('render_failed', `the render worker stopped (${error instanceof Error ? error.message : String(error)}); it has been replaced, retry`, { cause: error });
    } finally {
      limit.dispose();
      slot.settled = true;
      this.drawing.delete(slot);
      if (slot.startedAt === undefined) this.queuedMs -= slot.estimateMs;
      // Every render a worker began counts, killed ones too, but none for more than the wait allowed:
      // one heavy spec must not close the queue to a page of quick cards for long.
      if (slot.startedAt !== undefined) {
        const tookMs = Math.min(performance.now() - slot.startedAt, this.options.maxQueueWaitMs ?? MAX_RENDER_QUEUE_WAIT_MS);
        this.averageMs += AVERAGE_WEIGHT * (tookMs - this.averageMs);
        const perUnit = tookMs / cost.units;
        const learnt = this.classMs.get(cost.key);
        this.classMs.set(cost.key, learnt === undefined ? perUnit : learnt + AVERAGE_WEIGHT * (perUnit - learnt));
      }
      if (slot.pid !== undefined) this.running.delete(slot.pid);
      if (killed && slot.pid !== undefined) void exited(slot.pid, slot.worker).then(() => (this.admitted -= 1));
      else this.admitted -= 1;
    }
  }

  /** The work ahead of a task admitted now (ms): what the running renders still have left, and the waiting ones. */
  private aheadMs(): number {
    const now = performance.now();
    // Added and taken away in floating point: never below zero by rounding.
    let left = Math.max(0, this.queuedMs);
    // A render past its estimate is assumed to need half an estimate more: never nothing.
    for (const slot of this.drawing) left += Math.max(slot.estimateMs / 2, slot.estimateMs - (now - (slot.startedAt ?? now)));
    return left;
  }

  /** What the pool holds now (for /api/health, tests and the bench). */
  stats() {
    return {
      threads: this.options.threads,
      maxQueue: this.options.maxQueue,
      admitted: this.admitted,
      running: [...this.running],
      started: this.startedCount,
      averageMs: Math.round(this.averageMs),
      /** What each cost class has been learnt to take (ms per unit, costOf). */
      classMsPerUnit: Object.fromEntries(this.classMs),
      /** Expected wait for a render admitted now (ms). */
      expectedWaitMs: Math.round(this.aheadMs() / this.options.threads),
    };
  }

  async close(): Promise<void> {
    await this.pool.destroy();
  }

  /** Per-task messages beside tinypool's own: which process took the task, and mermaid requests. */
  private channel(slot: Slot): TinypoolChannel {
    let reply: ((message: MainMessage) => void) | undefined;
    const answer = (message: MainMessage) => {
      // A worker that was killed or finished has no one left to read the answer.
      if (!slot.settled) reply?.(message);
    };
    return {
      onMessage: (callback) => {
        reply = callback;
      },
      postMessage: (message: WorkerMessage) => {
        if (message.type === 'started') {
          this.startedCount += 1;
          slot.pid = message.pid;
          slot.startedAt = performance.now();
          this.queuedMs -= slot.estimateMs;
          this.drawing.add(slot);
          this.running.add(message.pid);
          slot.worker = this.pool.threads.find((worker) => worker.threadId === message.pid);
        } else if (message.type === 'mermaid') {
          mermaidPool()
            .render(message.request, { timeoutMs: message.timeoutMs })
            .then(
              (svg) => answer({ type: 'mermaid-result', id: message.id, svg }),
              (error: unknown) => answer({ type: 'mermaid-error', id: message.id, error: serializeError(toGlimpseError(error)) }),
            );
        }
      },
    };
  }
}

/**
 * glibc's allocator in the workers: resvg, sharp and satori's WebAssembly free large blocks after
 * every render, and by default glibc keeps them (one arena per thread, trimmed only past 128 KB of
 * free top): a worker's RSS grew 186 → 545 MB over 100 mixed renders, 340 MB with these (measured,
 * scratch: the production bundle in one process). Set in the environment, they win.
 */
const WORKER_MALLOC = { MALLOC_ARENA_MAX: '2', MALLOC_TRIM_THRESHOLD_: '131072' };

/** Whether a worker that stopped mid-task was ended by V8 at its heap limit (it aborts: SIGABRT). */
async function outOfMemory(worker: TinypoolWorker | undefined): Promise<boolean> {
  const child = (worker as { process?: import('node:child_process').ChildProcess } | undefined)?.process;
  if (!child) return false;
  if (child.exitCode === null && child.signalCode === null) await new Promise((resolve) => child.once('exit', resolve));
  return child.signalCode === 'SIGABRT';
}

/** Resolves once a killed worker's process is gone (or after EXIT_GRACE_MS, so a slot is never lost). */
function exited(pid: number, worker: TinypoolWorker | undefined): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(grace);
      resolve();
    };
    const grace = setTimeout(done, EXIT_GRACE_MS);
    worker?.once('exit', done);
    if (!isAlive(pid)) done();
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // ESRCH: no such process any more; EPERM: it exists but is not ours to signal.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pool sized and timed from env: GLIMPSE_RENDER_WORKERS, GLIMPSE_RENDER_TIMEOUT_MS, MAX_RENDER_QUEUE. */
export function defaultRenderPool(): RenderPool {
  return new RenderPool({ threads: env.GLIMPSE_RENDER_WORKERS, maxQueue: MAX_RENDER_QUEUE, timeoutMs: env.GLIMPSE_RENDER_TIMEOUT_MS, memoryMb: env.GLIMPSE_RENDER_MEMORY_MB });
}
