/**
 * A render worker: one child process of the pool in ./pool.ts. Everything CPU-heavy — satori,
 * Vega, elkjs, fontkit outlining, resvg, sharp, pdfkit, pptxgenjs, fflate — runs here, so the
 * main process only parses, hashes, serves the cache and streams. Loaded three ways: from the
 * esbuild bundle (`npm run build` → .next/glimpse/render-worker.mjs) in production, and from this
 * TypeScript file through tsx under vitest and `npm run bench`.
 */
import { getPriority, setPriority } from 'node:os';
import sharp from 'sharp';
import { GlimpseError, toGlimpseError } from '@/lib/errors';
import { parseSpec } from '@/lib/spec/visual';
import { errorImage } from './error-image';
import { useMermaidRenderer } from './mermaid/pool';
import { assemblePdf, pdfParts, render, renderHash } from './render';
import { sealPictures } from './picture';
import { targetFor } from '@/lib/spec/visual';
import { deserializeError, RENDER_WORKER_NICE, reviveRendered, serializeError, type MainMessage, type RenderTask, type TaskOutcome, type WorkerMessage } from './worker-protocol';

// Below the main process (never above a server started at a lower priority itself).
setPriority(Math.max(getPriority(), RENDER_WORKER_NICE));
// One task at a time per process: libvips' own threads would only fight the other workers for cores.
sharp.concurrency(1);
// Every render is a new image: libvips' operation cache (50 MB by default) would only hold memory.
sharp.cache(false);

const send = (message: WorkerMessage) => process.send?.(message);

/** Mermaid needs Chromium: ask the main process's one warm page pool instead of starting a browser here. */
const pending = new Map<number, { resolve: (svg: string) => void; reject: (error: GlimpseError) => void }>();
let sequence = 0;
process.on('message', (message: MainMessage | { type?: undefined }) => {
  if (message.type !== 'mermaid-result' && message.type !== 'mermaid-error') return;
  const waiter = pending.get(message.id);
  pending.delete(message.id);
  if (message.type === 'mermaid-result') waiter?.resolve(message.svg);
  else waiter?.reject(deserializeError(message.error));
});
useMermaidRenderer({
  render: (request, options = {}) =>
    new Promise<string>((resolve, reject) => {
      const id = (sequence += 1);
      pending.set(id, { resolve, reject });
      send({ type: 'mermaid', id, request, timeoutMs: options.timeoutMs });
    }),
});

/** Fonts, satori's parsed-font cache, resvg and sharp load before the pool calls this worker ready. */
await render(parseSpec({ kind: 'infographic', title: 'Warm-up', width: 320, sections: [{ type: 'text', text: 'Glimpse' }] }), { format: 'png', scale: 1 });

export default async function renderTask(task: RenderTask): Promise<TaskOutcome> {
  send({ type: 'started', pid: process.pid });
  try {
    if (task.type === 'render') return { ok: true, value: await render(task.spec, task.options) };
    if (task.type === 'pdf-pages') {
      const spec = await sealPictures(task.spec, targetFor(task.spec.kind).pictures?.(task.spec) ?? []);
      return { ok: true, parts: await pdfParts(spec, task.pages) };
    }
    if (task.type === 'pdf-merge') return { ok: true, value: await assemblePdf(task.spec, task.parts.map(reviveRendered), renderHash(task.spec, task.options)) };
    const body = await errorImage(task.error, task.status, task.format);
    return { ok: true, value: { body, contentType: '', width: 0, height: 0, alt: '', hash: '' } };
  } catch (error) {
    const glimpseError = toGlimpseError(error);
    // The main process only sees the code and message; keep the stack of what is ours here.
    if (!(error instanceof GlimpseError)) console.error('[glimpse] render worker', error);
    return { ok: false, error: serializeError(glimpseError) };
  }
}
