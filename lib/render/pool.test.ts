import { readFileSync } from 'node:fs';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { httpStatus } from '@/lib/errors';
import { errorResponse } from '@/lib/http/respond';
import { MAX_API_QUEUE_WAIT_MS, MAX_RENDER_QUEUE, MAX_RENDER_QUEUE_WAIT_MS, MAX_RENDER_RETRY_AFTER_SECONDS, RENDER_RETRY_AFTER_SECONDS } from '@/lib/limits';
import { parseSpec } from '@/lib/spec/visual';
import { rejectedGlimpseError } from '@/lib/testing/errors';
import { heavySpec } from '@/lib/testing/heavy-spec';
import { mermaidPool } from './mermaid/pool';
import { admits, costOf, RenderPool, retryAfterSeconds, RetrySchedule, UNSEEN_CLASS_MS_PER_UNIT } from './pool';
import { RENDER_WORKER_NICE } from './worker-protocol';
import type { RenderOptions } from './render';

// Real worker processes running the real renderer (lib/render/worker.ts through tsx); heavy work is
// a real input (a Vega-Lite repeat of 900 views) that takes far longer than any deadline below.
const MAX_QUEUE = 2;
// The count limit alone here (the wait estimate has its own tests below).
const pool = new RenderPool({ threads: 1, maxQueue: MAX_QUEUE, timeoutMs: 180_000, maxQueueWaitMs: Number.POSITIVE_INFINITY });
const PNG: RenderOptions = { format: 'png', scale: 1 };
const card = parseSpec({ kind: 'infographic', title: 'Pool test', width: 640, sections: [{ type: 'text', text: 'Drawn in a worker process.' }] });
const heavy = parseSpec(heavySpec());
/** Worker boot (tsx + warm-up) on a busy 2-core machine can take many seconds. */
const SLOW = 240_000;

afterAll(async () => {
  await pool.close();
  await mermaidPool().close();
});

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until(condition: () => boolean, what: string, timeoutMs = 120_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The pid of the worker that started the next task. */
async function nextRunningPid(): Promise<number> {
  await until(() => pool.stats().running.length > 0, 'a worker to start the task');
  const pid = pool.stats().running[0];
  if (pid === undefined) throw new Error('no running worker');
  return pid;
}

/** The next render succeeds: a PNG of the card, decoded at its size. */
async function expectCardRenders() {
  const rendered = await pool.run({ type: 'render', spec: card, options: PNG });
  expect((await sharp(rendered.body).metadata()).width).toBe(640);
}

describe('RenderPool', () => {
  // Every test starts with its worker booted, so deadlines measure renders, not a cold start.
  beforeEach(expectCardRenders, SLOW);

  it('renders in a worker and keeps a GlimpseError across the process boundary (code and path)', { timeout: SLOW }, async () => {
    await expectCardRenders();
    const error = await rejectedGlimpseError(pool.run({ type: 'render', spec: card, options: { format: 'pptx', scale: 1 } }));
    expect(error.code).toBe('unsupported_format');
    expect(error.issues[0]?.path).toEqual(['format']);
    expect(pool.stats().admitted).toBe(0);
  });

  it('a worker process inherits the server\'s environment (NODE_ENV, GLIMPSE_* settings), not an empty one', { timeout: SLOW }, async () => {
    process.env.GLIMPSE_WORKER_ENV_PROBE = 'inherited';
    const probed = new RenderPool({ threads: 1, maxQueue: MAX_QUEUE, timeoutMs: 180_000 });
    try {
      const client = new AbortController();
      const running = probed.run({ type: 'render', spec: heavy, options: PNG }, { signal: client.signal }).catch(() => undefined);
      let pid: number | undefined;
      while (pid === undefined) {
        pid = probed.stats().running[0];
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const environment = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
      expect(environment).toContain('GLIMPSE_WORKER_ENV_PROBE=inherited');
      expect(environment).toContain(`NODE_ENV=${process.env.NODE_ENV}`);
      // glibc gives freed blocks back (see WORKER_MALLOC), and V8's heap is bounded.
      expect(environment).toContain('MALLOC_ARENA_MAX=2');
      expect(environment).toContain('MALLOC_TRIM_THRESHOLD_=131072');
      const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      expect(commandLine).toContain('--max-old-space-size=768');
      // No V8 helper threads competing with the other worker for the cores (RENDER_WORKER_V8_FLAGS).
      expect(commandLine).toContain('--single-threaded');
      // Workers draw at a lower CPU priority than the main process (RENDER_WORKER_NICE).
      const nice = Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ')[16]);
      expect(nice).toBe(RENDER_WORKER_NICE);
      client.abort();
      await running;
    } finally {
      delete process.env.GLIMPSE_WORKER_ENV_PROBE;
      await probed.close();
    }
  });

  it('asks the main process for mermaid: a diagram draws, and what mermaid refuses is a 400', { timeout: SLOW }, async () => {
    const board = parseSpec({ kind: 'whiteboard', title: 'Bridge', mermaid: 'flowchart LR\n  A[Worker] --> B[Main pool]' });
    const opened = mermaidPool().stats().opened;
    const rendered = await pool.run({ type: 'render', spec: board, options: PNG });
    expect(rendered.width).toBeGreaterThan(0);
    // Drawn by this process's pool (one Chromium per server), not by a browser the worker started.
    expect(mermaidPool().stats().opened).toBeGreaterThan(opened);
    const broken = parseSpec({ kind: 'whiteboard', title: 'Bridge', mermaid: 'flowchart LR\n  A --> ((' });
    const error = await rejectedGlimpseError(pool.run({ type: 'render', spec: broken, options: PNG }));
    expect(error.code).toBe('invalid_spec');
    expect(error.issues[0]?.path).toEqual(['mermaid']);
  });

  it('sheds load at the limit: threads + MAX_QUEUE accepted, the next refused with 503 + Retry-After', { timeout: SLOW }, async () => {
    const controllers = Array.from({ length: 1 + MAX_QUEUE }, () => new AbortController());
    const outcomes: string[] = [];
    const accepted = controllers.map((controller, index) =>
      pool.run({ type: 'render', spec: heavy, options: PNG }, { signal: controller.signal }).then(
        () => outcomes.push(`${index} done`),
        (error: { code?: string }) => outcomes.push(`${index} ${error.code}`),
      ),
    );
    await nextRunningPid();
    const refused = await rejectedGlimpseError(pool.run({ type: 'render', spec: card, options: PNG }));
    expect(refused.code).toBe('unavailable');
    // Three renders ahead, each expected to take a card's time or more: at least the least Retry-After.
    expect(refused.retryAfterSeconds).toBe(retryAfterSeconds(pool.stats().expectedWaitMs));
    expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(RENDER_RETRY_AFTER_SECONDS);
    const response = await errorResponse(refused);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe(String(refused.retryAfterSeconds));
    // Every accepted render is still running or waiting: none of them was refused.
    expect(outcomes).toEqual([]);
    expect(pool.stats().admitted).toBe(1 + MAX_QUEUE);
    for (const controller of controllers) controller.abort();
    await Promise.all(accepted);
    expect(outcomes.sort()).toEqual(controllers.map((_, index) => `${index} cancelled`));
    await until(() => pool.stats().admitted === 0, 'every slot to be free');
    await expectCardRenders();
  });

  it('a render past its deadline is a 504 render_timeout; its worker is killed and the next render succeeds', { timeout: SLOW }, async () => {
    const started = Date.now();
    const timedOut = pool.run({ type: 'render', spec: heavy, options: PNG }, { timeoutMs: 3000 });
    const pid = await nextRunningPid();
    const error = await rejectedGlimpseError(timedOut);
    expect(error.code).toBe('render_timeout');
    expect(httpStatus(error.code)).toBe(504);
    expect(Date.now() - started).toBeLessThan(3000 + 2000);
    await until(() => !isAlive(pid), 'the timed-out worker to exit', 5000);
    await until(() => pool.stats().admitted === 0, 'its slot to be free', 5000);
    await expectCardRenders();
  });

  it('a client that leaves stops its render: queued work is dropped, running work is killed, the worker is replaced', { timeout: SLOW }, async () => {
    const running = new AbortController();
    const queued = new AbortController();
    const first = pool.run({ type: 'render', spec: heavy, options: PNG }, { signal: running.signal });
    const pid = await nextRunningPid();
    const second = pool.run({ type: 'render', spec: heavy, options: PNG }, { signal: queued.signal });
    queued.abort();
    expect((await rejectedGlimpseError(second)).code).toBe('cancelled');
    // Leaving the queue does not touch the running render.
    expect(isAlive(pid)).toBe(true);
    expect(pool.stats().running).toEqual([pid]);
    running.abort();
    expect((await rejectedGlimpseError(first)).code).toBe('cancelled');
    await until(() => !isAlive(pid), 'the cancelled worker to exit', 5000);
    await until(() => pool.stats().admitted === 0, 'its slot to be free', 5000);
    await expectCardRenders();
  });

  it('a render past GLIMPSE_RENDER_MEMORY_MB ends its worker: 413 too_large naming the limit, and the next render succeeds', { timeout: SLOW }, async () => {
    const bounded = new RenderPool({ threads: 1, maxQueue: MAX_QUEUE, timeoutMs: 180_000, memoryMb: 96 });
    try {
      const rendered = await bounded.run({ type: 'render', spec: card, options: PNG });
      expect((await sharp(rendered.body).metadata()).width).toBe(640);
      const error = await rejectedGlimpseError(bounded.run({ type: 'render', spec: heavy, options: PNG }));
      expect(error.code).toBe('too_large');
      expect(httpStatus(error.code)).toBe(413);
      expect(error.message).toMatch(/96 MB of memory \(GLIMPSE_RENDER_MEMORY_MB\)/);
      expect(bounded.stats().admitted).toBe(0);
      const after = await bounded.run({ type: 'render', spec: card, options: PNG });
      expect((await sharp(after.body).metadata()).width).toBe(640);
    } finally {
      await bounded.close();
    }
  });

  it('a worker that crashes mid-render fails that render (500) and is replaced: the next render succeeds', { timeout: SLOW }, async () => {
    const crashed = pool.run({ type: 'render', spec: heavy, options: PNG });
    const pid = await nextRunningPid();
    process.kill(pid, 'SIGKILL');
    const error = await rejectedGlimpseError(crashed);
    expect(error.code).toBe('render_failed');
    expect(httpStatus(error.code)).toBe(500);
    expect(pool.stats().admitted).toBe(0);
    await expectCardRenders();
    expect(pool.stats().running).toEqual([]);
  });
});

describe('admission by expected wait (MAX_RENDER_QUEUE_WAIT_MS)', () => {
  const load = { threads: 2, maxQueue: MAX_RENDER_QUEUE, maxWaitMs: MAX_RENDER_QUEUE_WAIT_MS };
  it('a free worker always admits, however much work is ahead', () => {
    expect(admits({ ...load, admitted: 1, aheadMs: 600_000 })).toBe(true);
  });
  it('admits up to an expected wait of exactly MAX_RENDER_QUEUE_WAIT_MS, and refuses 1 ms more', () => {
    // 2 workers: the work ahead ÷ 2 is the wait.
    expect(admits({ ...load, admitted: 3, aheadMs: MAX_RENDER_QUEUE_WAIT_MS * 2 })).toBe(true);
    expect(admits({ ...load, admitted: 3, aheadMs: MAX_RENDER_QUEUE_WAIT_MS * 2 + 2 })).toBe(false);
  });
  it('the API bound: admits up to an expected wait of exactly MAX_API_QUEUE_WAIT_MS, and refuses 1 ms more', () => {
    expect(admits({ ...load, maxWaitMs: MAX_API_QUEUE_WAIT_MS, admitted: 3, aheadMs: MAX_API_QUEUE_WAIT_MS * 2 })).toBe(true);
    expect(admits({ ...load, maxWaitMs: MAX_API_QUEUE_WAIT_MS, admitted: 3, aheadMs: MAX_API_QUEUE_WAIT_MS * 2 + 2 })).toBe(false);
    // The same queue still admits a caller that may wait MAX_RENDER_QUEUE_WAIT_MS.
    expect(admits({ ...load, admitted: 3, aheadMs: MAX_API_QUEUE_WAIT_MS * 2 + 2 })).toBe(true);
  });
  it('quick renders still stop at MAX_RENDER_QUEUE waiting', () => {
    expect(admits({ ...load, admitted: 2 + MAX_RENDER_QUEUE - 1, aheadMs: 1 })).toBe(true);
    expect(admits({ ...load, admitted: 2 + MAX_RENDER_QUEUE, aheadMs: 1 })).toBe(false);
  });
  it('Retry-After is the expected drain time in whole seconds, between RENDER_RETRY_AFTER_SECONDS and MAX_RENDER_RETRY_AFTER_SECONDS', () => {
    expect(retryAfterSeconds(0)).toBe(RENDER_RETRY_AFTER_SECONDS);
    expect(retryAfterSeconds(RENDER_RETRY_AFTER_SECONDS * 1000 + 1)).toBe(RENDER_RETRY_AFTER_SECONDS + 1);
    expect(retryAfterSeconds(MAX_RENDER_RETRY_AFTER_SECONDS * 1000)).toBe(MAX_RENDER_RETRY_AFTER_SECONDS);
    expect(retryAfterSeconds(MAX_RENDER_RETRY_AFTER_SECONDS * 1000 + 1)).toBe(MAX_RENDER_RETRY_AFTER_SECONDS);
  });
  it('shed clients are spread: a burst of refusals gets Retry-Afters that grow at the drain rate, and the schedule stops at MAX_RENDER_RETRY_AFTER_SECONDS', () => {
    const schedule = new RetrySchedule();
    // 2 workers, 100 ms renders: 20 renders a second. 100 refusals in the same millisecond, 2.51 s expected.
    const burst = Array.from({ length: 100 }, () => schedule.next(1_000, 2_510, 50));
    const perSecond = new Map<number, number>();
    for (const seconds of burst) perSecond.set(seconds, (perSecond.get(seconds) ?? 0) + 1);
    expect(burst[0]).toBe(3);
    expect([...perSecond]).toEqual([[3, 10], [4, 20], [5, 20], [6, 20], [7, 20], [8, 10]]);
    // Later, once the booked moments are past, a refusal gets the plain expected wait again.
    expect(schedule.next(60_000, 0, 50)).toBe(RENDER_RETRY_AFTER_SECONDS);
    // A flood longer than the cap: everyone past it is told the cap, and the schedule does not run away.
    const flood = Array.from({ length: 1_000 }, () => schedule.next(100_000, 2_500, 50));
    expect(flood.at(-1)).toBe(MAX_RENDER_RETRY_AFTER_SECONDS);
    expect(schedule.next(100_000 + MAX_RENDER_RETRY_AFTER_SECONDS * 1000 + 1, 0, 50)).toBeLessThanOrEqual(MAX_RENDER_RETRY_AFTER_SECONDS);
    expect(schedule.next(200_000, 0, 50)).toBe(RENDER_RETRY_AFTER_SECONDS);
  });
  it('renders are costed by kind, format, pages and content: a deck PDF counts its pages, a slide PNG one, a fuller spec more', () => {
    const deck = parseSpec({ kind: 'slides', title: 'Costed', slides: [1, 2, 3].map((n) => ({ layout: 'bullets', title: `Slide ${n}`, bullets: ['One point'] })) });
    const slide = costOf({ type: 'render', spec: deck, options: { format: 'png', scale: 1, page: 1 } });
    expect(slide.key).toBe('slides/png');
    // A near-empty page is costed at the floor, half a unit.
    expect(slide.units).toBe(0.5);
    expect(costOf({ type: 'render', spec: deck, options: { format: 'pdf', scale: 1 } })).toEqual({ key: 'slides/pdf', units: 3 * slide.units });
    expect(costOf({ type: 'pdf-pages', spec: deck, pages: [0, 1] })).toEqual({ key: 'slides/pdf', units: 2 * slide.units });
    expect(costOf({ type: 'render', spec: card, options: PNG })).toEqual({ key: 'infographic/png', units: 0.5 });
    // Above the floor a unit is a kilobyte of spec JSON per page: ten times the text, about ten times the cost.
    const full = parseSpec({ kind: 'infographic', title: 'Pool test', width: 640, sections: Array.from({ length: 10 }, (_, n) => ({ type: 'text', text: `Paragraph ${n}: `.padEnd(400, 'x') })) });
    const fuller = costOf({ type: 'render', spec: full, options: PNG });
    expect(fuller.key).toBe('infographic/png');
    expect(fuller.units).toBeCloseTo(JSON.stringify(full).length / 1000, 6);
    expect(fuller.units).toBeGreaterThan(4);
  });
  it('a class no render has finished in yet is costed at UNSEEN_CLASS_MS_PER_UNIT, not at the average of other classes', { timeout: SLOW }, async () => {
    const fresh = new RenderPool({ threads: 1, maxQueue: MAX_QUEUE * 10, timeoutMs: 180_000 });
    try {
      await fresh.run({ type: 'render', spec: card, options: PNG });
      // A card has been drawn: its class is learnt, and a card waiting behind a card costs what a card took.
      const running = fresh.run({ type: 'render', spec: card, options: PNG });
      const cardMs = fresh.stats().classMsPerUnit['infographic/png'];
      expect(cardMs).toBeGreaterThan(0);
      expect(fresh.stats().expectedWaitMs).toBe(Math.round(cardMs! * 0.5));
      await running;
      // A slide PNG has never been drawn: the same half unit is costed pessimistically.
      const deck = parseSpec({ kind: 'slides', title: 'Unseen', slides: [{ layout: 'bullets', title: 'One', bullets: ['A point'] }] });
      const unseen = fresh.run({ type: 'render', spec: deck, options: { format: 'png', scale: 1, page: 0 } });
      expect(fresh.stats().expectedWaitMs).toBe(Math.round(UNSEEN_CLASS_MS_PER_UNIT * 0.5));
      await unseen;
    } finally {
      await fresh.close();
    }
  });
  it('a real pool learns how long its renders take and sheds by it: the 503 names the wait', { timeout: SLOW }, async () => {
    const timed = new RenderPool({ threads: 1, maxQueue: MAX_QUEUE * 10, timeoutMs: 180_000, maxQueueWaitMs: 1 });
    try {
      await timed.run({ type: 'render', spec: card, options: PNG });
      expect(timed.stats().averageMs).toBeGreaterThan(1);
      const client = new AbortController();
      const running = timed.run({ type: 'render', spec: heavy, options: PNG }, { signal: client.signal }).catch(() => undefined);
      // One drawing; the next would wait about one average render, over the 1 ms allowed.
      const refused = await rejectedGlimpseError(timed.run({ type: 'render', spec: card, options: PNG }));
      expect(refused.code).toBe('unavailable');
      expect(refused.message).toMatch(/MAX_RENDER_QUEUE_WAIT_MS/);
      expect(refused.retryAfterSeconds).toBe(RENDER_RETRY_AFTER_SECONDS);
      client.abort();
      await running;
    } finally {
      await timed.close();
    }
  });
  it('one pool, two callers: a task that may wait 1 ms is refused behind a running render, one that may wait the pool\'s bound queues and draws', { timeout: SLOW }, async () => {
    const timed = new RenderPool({ threads: 1, maxQueue: MAX_QUEUE * 10, timeoutMs: 180_000 });
    try {
      await timed.run({ type: 'render', spec: card, options: PNG });
      const running = timed.run({ type: 'render', spec: card, options: PNG });
      const refused = await rejectedGlimpseError(timed.run({ type: 'render', spec: card, options: PNG }, { maxQueueWaitMs: 1 }));
      expect(refused.code).toBe('unavailable');
      expect(refused.message).toMatch(/MAX_API_QUEUE_WAIT_MS \(1 ms\)/);
      const patient = await timed.run({ type: 'render', spec: card, options: PNG });
      expect(patient.body.subarray(1, 4).toString()).toBe('PNG');
      await running;
    } finally {
      await timed.close();
    }
  });
});
