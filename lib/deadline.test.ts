import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deadline } from './deadline';

/** Makes 200 deadlines of 100 ms that nothing but their listener holds, collects the heap while they run, counts those that fired. */
const GC_SCRIPT = `
import { deadline } from ${JSON.stringify(path.resolve('lib/deadline.ts'))};
let fired = 0;
for (let i = 0; i < 200; i += 1) deadline(100, new AbortController().signal).signal.addEventListener('abort', () => (fired += 1));
for (let i = 0; i < 10; i += 1) { await new Promise((resolve) => setTimeout(resolve, 20)); globalThis.gc(); }
await new Promise((resolve) => setTimeout(resolve, 200));
console.log(fired);
`;

describe('deadline', () => {
  it('aborts with a TimeoutError after its time', async () => {
    const { signal, dispose } = deadline(50);
    const reason = await new Promise<unknown>((resolve) => signal.addEventListener('abort', () => resolve(signal.reason), { once: true }));
    dispose();
    expect(reason).toBeInstanceOf(DOMException);
    expect((reason as DOMException).name).toBe('TimeoutError');
  });

  // On Node 20 the same with AbortSignal.any([AbortSignal.timeout(100)]) fires 0 of 200 (nodejs/node#57736).
  it('fires even when the heap is collected while it runs', () => {
    const script = path.join(mkdtempSync(path.join(tmpdir(), 'glimpse-deadline-')), 'gc.mts');
    writeFileSync(script, GC_SCRIPT);
    expect(execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', script], { encoding: 'utf8' }).trim()).toBe('200');
  });

  it("follows its parent's abort and reason, and a disposed one never fires", async () => {
    const parent = new AbortController();
    const child = deadline(10_000, parent.signal);
    parent.abort(new Error('client left'));
    expect(child.signal.aborted).toBe(true);
    expect((child.signal.reason as Error).message).toBe('client left');
    child.dispose();
    expect(deadline(10_000, AbortSignal.abort('already')).signal.reason).toBe('already');
    const disposed = deadline(20);
    disposed.dispose();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(disposed.signal.aborted).toBe(false);
  });
});
