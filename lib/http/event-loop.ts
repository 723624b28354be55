import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';

/** How often the event-loop delay window starts again (ms): /api/health reports the last full window. */
export const EVENT_LOOP_WINDOW_MS = 10_000;

export interface EventLoopDelay {
  /** Over the last full window (or since start, before one has passed), in ms. */
  p99Ms: number;
  maxMs: number;
  windowMs: number;
}

interface Monitor {
  histogram: IntervalHistogram;
  last?: EventLoopDelay;
}

const SHARED = Symbol.for('glimpse.eventLoop');
const processWide = globalThis as { [SHARED]?: Monitor };

const toMs = (nanoseconds: number) => Math.round((Number.isFinite(nanoseconds) ? nanoseconds : 0) / 1e5) / 10;

function read(histogram: IntervalHistogram): EventLoopDelay {
  return { p99Ms: toMs(histogram.percentile(99)), maxMs: toMs(histogram.max), windowMs: EVENT_LOOP_WINDOW_MS };
}

/**
 * How late the server's thread runs its timers: what a burst of requests on the main thread costs
 * everyone else (a health probe, a cache hit). One monitor per process, started on first use.
 */
export function eventLoopDelay(): EventLoopDelay {
  let monitor = processWide[SHARED];
  if (!monitor) {
    const histogram = monitorEventLoopDelay({ resolution: 10 });
    histogram.enable();
    const created: Monitor = { histogram };
    const roll = setInterval(() => {
      created.last = read(histogram);
      histogram.reset();
    }, EVENT_LOOP_WINDOW_MS);
    roll.unref();
    monitor = processWide[SHARED] = created;
  }
  return monitor.last ?? read(monitor.histogram);
}
