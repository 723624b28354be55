import { describe, expect, it } from 'vitest';
import { EVENT_LOOP_WINDOW_MS, eventLoopDelay } from './event-loop';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('eventLoopDelay', () => {
  it('sees the thread blocked: 120 ms of synchronous work shows as a delay of that order', async () => {
    eventLoopDelay();
    await tick(50);
    const before = eventLoopDelay();
    expect(before.windowMs).toBe(EVENT_LOOP_WINDOW_MS);
    const until = performance.now() + 120;
    while (performance.now() < until) {
      // the server's thread, busy
    }
    await tick(30);
    const after = eventLoopDelay();
    expect(after.maxMs).toBeGreaterThanOrEqual(100);
    expect(after.maxMs).toBeGreaterThanOrEqual(after.p99Ms);
  });
});
