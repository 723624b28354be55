import { existsSync } from 'node:fs';
import path from 'node:path';
import Tinypool, { type TinypoolChannel, type TinypoolWorker } from 'tinypool';
import { deadline } from '@/lib/deadline';
import { env } from '@/lib/env';
import { GlimpseError, toGlimpseError } from '@/lib/errors';
import { MAX_RENDER_QUEUE, MAX_RENDER_QUEUE_WAIT_MS, RENDER_RETRY_AFTER_SECONDS } from '@/lib/limits';
import { mermaidPool } from './mermaid/pool';
import type { PdfPart, Rendered } from './render';
import { deserializeError, reviveRendered, serializeError, type MainMessage, type RenderTask, type TaskOutcome, type WorkerMessage } from './worker-protocol';

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
  entry?: WorkerEntry;
}

/** What a render is assumed to take before any has finished (ms): a card's order of magnitude. */
const FIRST_RENDER_ESTIMATE_MS = 100;
/** Weight of the newest render in the running average of render times. */
const AVERAGE_WEIGHT = 0.2;

/**
 * Whether one more render may wait: under `maxQueue` waiting, and its expected wait — the renders
 * ahead of it, each taking the recent average, shared by the workers — within `maxWaitMs`. A render
 * that finds a worker free is always admitted.
 */
export function admits(load: { threads: number; admitted: number; maxQueue: number; averageMs: number; maxWaitMs: number }): boolean {
  const waiting = load.admitted - load.threads;
  if (waiting < 0) return true;
  if (waiting >= load.maxQueue) return false;
  return ((waiting + 1) * load.averageMs) / load.threads <= load.maxWaitMs;
}

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
  /** Running average of how long renders took in a worker (ms), for admission. */
  private averageMs = FIRST_RENDER_ESTIMATE_MS;
  private readonly running = new Set<number>();

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
      execArgv: entry.execArgv,
      // tinypool forks with `env: { ...options.env }`: without this a worker would start with an empty
      // environment (no NODE_ENV, so React's development runtime; no GLIMPSE_* settings).
      env: Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined)),
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
    if (!options.partOfAdmitted && !admits({ threads, admitted: this.admitted, maxQueue, averageMs: this.averageMs, maxWaitMs })) {
      const waiting = this.admitted - threads;
      const bound = options.maxQueueWaitMs !== undefined && options.maxQueueWaitMs <= maxWaitMs ? 'MAX_API_QUEUE_WAIT_MS' : 'MAX_RENDER_QUEUE_WAIT_MS';
      const why = waiting >= maxQueue ? `${maxQueue} waiting: MAX_RENDER_QUEUE` : `about ${Math.round(((waiting + 1) * this.averageMs) / threads)} ms to wait, over ${bound} (${maxWaitMs} ms)`;
      throw new GlimpseError('unavailable', `rendering is busy (${threads} running, ${why}); retry shortly`, {
        retryAfterSeconds: RENDER_RETRY_AFTER_SECONDS,
      });
    }
    this.admitted += 1;
    // lib/deadline.ts, not AbortSignal.any([AbortSignal.timeout()]), which Node 20 can lose to GC.
    const limit = deadline(timeoutMs, signal);
    const slot: Slot = { settled: false };
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
      throw new GlimpseError('render_failed', `the render worker stopped (${error instanceof Error ? error.message : String(error)}); it has been replaced, retry`, { cause: error });
    } finally {
      limit.dispose();
      slot.settled = true;
      // Every render a worker began counts, killed ones too, but none for more than the wait allowed:
      // one heavy spec must not close the queue to a page of quick cards for long.
      if (slot.startedAt !== undefined) {
        const tookMs = Math.min(performance.now() - slot.startedAt, this.options.maxQueueWaitMs ?? MAX_RENDER_QUEUE_WAIT_MS);
        this.averageMs += AVERAGE_WEIGHT * (tookMs - this.averageMs);
      }
      if (slot.pid !== undefined) this.running.delete(slot.pid);
      if (killed && slot.pid !== undefined) void exited(slot.pid, slot.worker).then(() => (this.admitted -= 1));
      else this.admitted -= 1;
    }
  }

  /** What the pool holds now (for /api/health, tests and the bench). */
  stats() {
    return { threads: this.options.threads, maxQueue: this.options.maxQueue, admitted: this.admitted, running: [...this.running], started: this.startedCount, averageMs: Math.round(this.averageMs) };
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
  return new RenderPool({ threads: env.GLIMPSE_RENDER_WORKERS, maxQueue: MAX_RENDER_QUEUE, timeoutMs: env.GLIMPSE_RENDER_TIMEOUT_MS });
}
