import type { GlimpseError } from '@/lib/errors';
import type { VisualSpec } from '@/lib/spec/visual';
import { defaultRenderPool, type RenderPool } from './pool';
import type { Rendered, RenderOptions } from './render';
import { serializeError } from './worker-protocol';

/**
 * The main process's side of rendering: every render and error picture goes to a worker; here
 * only the request is parsed and hashed, and the answer streamed.
 */
export class RenderService {
  constructor(readonly pool: RenderPool) {}

  render(spec: VisualSpec, options: RenderOptions, signal?: AbortSignal): Promise<Rendered> {
    return this.pool.run({ type: 'render', spec, options }, { signal });
  }

  /** Kroki-style error picture, drawn in a worker like any render (never cached). */
  async errorImage(error: GlimpseError, status: number, format: 'png' | 'webp' | 'svg', signal?: AbortSignal): Promise<Buffer> {
    return (await this.pool.run({ type: 'error-image', error: serializeError(error), status, format }, { signal })).body;
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

/**
 * Next.js gives instrumentation.ts and route bundles their own copies of this module, so the one
 * service per process (one set of workers) hangs off globalThis, not a module variable.
 */
const SHARED = Symbol.for('glimpse.renderService');
const processWide = globalThis as { [SHARED]?: RenderService };

/** The process-wide service (workers start with it, at boot from instrumentation.ts). */
export function renderService(): RenderService {
  processWide[SHARED] ??= new RenderService(defaultRenderPool());
  return processWide[SHARED];
}
