import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { env } from '@/lib/env';
import { GlimpseError } from '@/lib/errors';
import { MAX_MERMAID_QUEUE } from '@/lib/limits';
import { SEALED_CHROMIUM_ARGS } from '@/lib/render/chromium-args';
import { MERMAID_REFUSED, type PageRequest } from './page-script';
import { pageHtml, sealedContext } from './seal';


export interface PoolOptions {
  size: number;
  timeoutMs: number;
  executablePath: string;
}

/**
 * A warm pool of Chromium pages with mermaid loaded (Kroki's four guards: a pool, bounded
 * concurrency, a per-diagram timeout, a source-size limit in the schema). A page that times out is
 * closed and replaced; a crashed or killed browser is relaunched on the next request. Each page is
 * sealed from the network three ways (Chromium's flags, its context's routes, its CSP: seal.ts).
 */
export class MermaidPool {
  private browser: Promise<Browser> | undefined;
  private readonly idle: Page[] = [];
  private readonly waiting: ((page: Page) => void)[] = [];
  private pages = 0;
  private sequence = 0;
  /** Pages opened since the pool was made: a warm pool keeps this flat. */
  private opened = 0;

  constructor(readonly options: PoolOptions) {}

  async render(request: Omit<PageRequest, 'id'>, options: { timeoutMs?: number } = {}): Promise<string> {
    const timeoutMs = options.timeoutMs ?? this.options.timeoutMs;
    const page = await this.acquire();
    const id = `glimpse-mermaid-${(this.sequence += 1)}`;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new GlimpseError('render_timeout', `mermaid did not finish within ${timeoutMs} ms; simplify the diagram`)), timeoutMs);
    });
    try {
      const svg = await Promise.race([page.evaluate(`window.glimpseRender(${JSON.stringify({ ...request, id })})`) as Promise<string>, timeout]);
      this.release(page);
      return svg;
    } catch (error) {
      const message = error instanceof Error ? (error.message.replace(/^page\.evaluate: (Error: )?/, '').split('\n')[0] ?? 'mermaid failed') : String(error);
      if (message.startsWith(MERMAID_REFUSED)) {
        // The diagram's own fault: the page is fine and stays warm.
        this.release(page);
        const reason = message.slice(MERMAID_REFUSED.length);
        throw new GlimpseError('invalid_spec', `mermaid: ${reason}`, { issues: [{ path: ['mermaid'], message: reason }], cause: error });
      }
      // A timed-out or failed page may be wedged: throw it away; the next acquire makes a new one.
      await this.discard(page);
      if (error instanceof GlimpseError) throw error;
      if (/Target (page|crashed)|has been closed|Browser closed/i.test(message)) throw new GlimpseError('unavailable', 'the mermaid browser crashed; retry', { cause: error });
      // Anything else is a failure of ours (the page script, the protocol), not of the diagram.
      throw new GlimpseError('render_failed', `mermaid page failed: ${message}`, { cause: error });
    } finally {
      clearTimeout(timer);
    }
  }

  /** A flag on this pool's Chromium command line, so tests (and operators) can find its processes. */
  readonly tag = `--glimpse-mermaid-pool=${process.pid}-${Math.random().toString(36).slice(2, 10)}`;

  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = undefined;
    this.idle.length = 0;
    this.pages = 0;
    if (browser) await (await browser).close().catch(() => undefined);
  }

  private launch(): Promise<Browser> {
    if (!this.browser) {
      if (!existsSync(this.options.executablePath)) {
        throw new GlimpseError('unavailable', `mermaid needs Chromium at ${this.options.executablePath}: install Debian's chromium or set GLIMPSE_CHROMIUM_PATH; every other kind works without it`);
      }
      // Loaded on the first diagram: render workers import this module but never launch (they ask the
      // main process), and playwright-core costs each of them ~50 MB of memory at import.
      const launching = import('playwright-core').then(({ chromium }) => chromium.launch({ executablePath: this.options.executablePath, args: [...SEALED_CHROMIUM_ARGS, this.tag] }));
      this.browser = launching;
      launching
        .then((browser) =>
          browser.on('disconnected', () => {
            if (this.browser === launching) {
              this.browser = undefined;
              this.idle.length = 0;
              this.pages = 0;
            }
          }),
        )
        .catch(() => {
          if (this.browser === launching) this.browser = undefined;
        });
    }
    return this.browser;
  }

  /** What the pool holds now (for /api/health and tests). */
  stats() {
    return { pages: this.pages, idle: this.idle.length, waiting: this.waiting.length, opened: this.opened };
  }

  private async newPage(): Promise<Page> {
    const browser = await this.launch();
    this.opened += 1;
    // One sealed context per page: nothing it asks for leaves the browser (seal.ts).
    const context = await sealedContext(browser);
    try {
      const page = await context.newPage();
      page.on('crash', () => void this.discard(page));
      await page.setContent(pageHtml());
      return page;
    } catch (error) {
      await context.close().catch(() => undefined);
      throw error;
    }
  }

  private async acquire(): Promise<Page> {
    const page = this.idle.pop();
    if (page && !page.isClosed()) return page;
    if (this.pages < this.options.size) {
      this.pages += 1;
      try {
        return await this.newPage();
      } catch (error) {
        this.pages -= 1;
        if (error instanceof GlimpseError) throw error;
        throw new GlimpseError('unavailable', `could not start Chromium for mermaid: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, { cause: error });
      }
    }
    if (this.waiting.length >= MAX_MERMAID_QUEUE) throw new GlimpseError('unavailable', `mermaid is busy (${MAX_MERMAID_QUEUE} diagrams waiting); retry shortly`);
    return new Promise<Page>((resolve) => this.waiting.push(resolve));
  }

  private release(page: Page) {
    const next = this.waiting.shift();
    if (next) next(page);
    else this.idle.push(page);
  }

  private async discard(page: Page) {
    const index = this.idle.indexOf(page);
    if (index !== -1) this.idle.splice(index, 1);
    await page.context().close().catch(() => undefined);
    this.pages = Math.max(0, this.pages - 1);
    const next = this.waiting.shift();
    if (next) {
      this.pages += 1;
      this.newPage().then(next, () => {
        this.pages -= 1;
      });
    }
  }
}

let shared: MermaidPool | undefined;

/** The process-wide pool, sized and timed from env. */
export function mermaidPool(): MermaidPool {
  shared ??= new MermaidPool({ size: env.GLIMPSE_MERMAID_POOL_SIZE, timeoutMs: env.GLIMPSE_MERMAID_TIMEOUT_MS, executablePath: env.GLIMPSE_CHROMIUM_PATH });
  return shared;
}

/** What draws a diagram: the pool itself, or (in a render worker) a bridge to the main process's pool. */
export type MermaidRenderer = Pick<MermaidPool, 'render'>;

let installed: MermaidRenderer | undefined;

/** A render worker sends its diagrams to the one pool in the main process (lib/render/worker.ts). */
export function useMermaidRenderer(renderer: MermaidRenderer): void {
  installed = renderer;
}

export function mermaidRenderer(): MermaidRenderer {
  return installed ?? mermaidPool();
}
