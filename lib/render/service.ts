import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { env } from '@/lib/env';
import type { GlimpseError } from '@/lib/errors';
import { targetFor, type VisualSpec } from '@/lib/spec/visual';
import { redisLink } from '@/lib/redis/link';
import { DiskTier, MemoryTier, RenderCache, type CacheStatus, type CacheTier } from './cache';
import { defaultRenderPool, type RenderPool, type RunOptions } from './pool';
import { RedisTier } from './redis-tier';
import { renderHash, type Rendered, type RenderOptions } from './render';
import { serializeError } from './worker-protocol';

export interface RenderAnswer {
  rendered: Rendered;
  /** For `X-Glimpse-Cache`. */
  cache: CacheStatus;
}

/**
 * The main process's side of rendering: hash the request, answer from the output cache, else
 * one render in a worker for every identical request in flight. Nothing here draws.
 */
/** How a caller is admitted to the render queue. */
export type Admission = Pick<RunOptions, 'maxQueueWaitMs'>;

export class RenderService {
  constructor(
    readonly pool: RenderPool,
    readonly cache: RenderCache = new RenderCache([]),
  ) {}

  /** `admission.maxQueueWaitMs`: how long this caller would wait in the queue (see RunOptions). */
  render(spec: VisualSpec, options: RenderOptions, signal?: AbortSignal, admission: Admission = {}): Promise<RenderAnswer> {
    return this.cache.getOrRender(renderHash(spec, options), signal, (shared) => this.draw(spec, options, shared, admission));
  }

  /**
   * One task in one worker; a deck's PDF is spread over the workers that are idle right now (each
   * draws a run of pages as one-page PDFs, one then merges them), within the one render deadline.
   * The bytes are the same either way (render() also draws page by page and merges).
   */
  private async draw(spec: VisualSpec, options: RenderOptions, signal: AbortSignal, admission: Admission): Promise<Rendered> {
    const pages = options.format === 'pdf' ? (targetFor(spec.kind).pageCount?.(spec) ?? 1) : 1;
    const { threads, admitted } = this.pool.stats();
    const shares = Math.min(pages, threads - admitted);
    if (shares < 2) return this.pool.run({ type: 'render', spec, options }, { signal, ...admission });
    const end = Date.now() + this.pool.options.timeoutMs;
    const left = () => Math.max(1, end - Date.now());
    const runs = pageShares(pages, shares);
    // One share failing (a deadline, a crash) stops the others: their workers are freed at once.
    const group = new AbortController();
    const stop = () => group.abort(signal.reason);
    signal.addEventListener('abort', stop, { once: true });
    try {
      const parts = await Promise.all(
        runs.map((run, share) =>
          this.pool.runParts({ type: 'pdf-pages', spec, pages: run }, { signal: group.signal, timeoutMs: left(), partOfAdmitted: share > 0, ...admission }).catch((error: unknown) => {
            group.abort(error);
            throw error;
          }),
        ),
      );
      // Back in page order: share k drew pages k, k + shares, …
      const inOrder = Array.from({ length: pages }, (_, page) => parts[page % shares]![Math.floor(page / shares)]!);
      return await this.pool.run({ type: 'pdf-merge', spec, options, parts: inOrder }, { signal, timeoutMs: left(), partOfAdmitted: true });
    } finally {
      signal.removeEventListener('abort', stop);
    }
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
 * Which pages each worker draws: every `shares`-th page, not runs of neighbours. A deck's heavy
 * pages (embedded charts and diagrams) tend to sit together: the English example's last five
 * slides take twice as long as its first five (190–205 vs 100–150 ms, one worker, production
 * bundle), so runs left one worker waiting for the other; interleaved, 112–156 vs 117–186 ms.
 */
export function pageShares(pages: number, shares: number): number[][] {
  return Array.from({ length: shares }, (_, share) => Array.from({ length: Math.ceil((pages - share) / shares) }, (_, index) => share + index * shares));
}

const MB = 1024 * 1024;

/**
 * Memory (GLIMPSE_RENDER_CACHE_MB), then disk (GLIMPSE_RENDER_DISK_CACHE_MB) where there is a build
 * to key it on, then Redis (GLIMPSE_REDIS_URL), which every node shares.
 */
function defaultCache(): RenderCache {
  const tiers: CacheTier[] = [];
  if (env.GLIMPSE_RENDER_CACHE_MB > 0) tiers.push(new MemoryTier(env.GLIMPSE_RENDER_CACHE_MB * MB));
  const directory = diskCacheDirectory();
  if (directory) tiers.push(new DiskTier(directory, env.GLIMPSE_RENDER_DISK_CACHE_MB * MB));
  const link = redisLink();
  // The lock lives as long as a render may: past it, the holder's worker was killed anyway.
  if (link) tiers.push(new RedisTier(link, `glimpse:render:${buildTag() ?? 'source'}:`, env.GLIMPSE_REDIS_CACHE_TTL_SECONDS, env.GLIMPSE_RENDER_TIMEOUT_MS));
  return new RenderCache(tiers);
}

/** The outermost tier the cache has (for /api/health): what a miss here falls through to last. */
export function cacheTierName(cache: RenderCache): CacheTier['name'] | 'none' {
  return cache.tiers.at(-1)?.name ?? 'none';
}

/**
 * What the build that draws is called: a hash of the worker bundle and Next's BUILD_ID (undefined
 * without a bundle: dev, tests and the bench run the source). `renderHash` names what was asked,
 * not the code that drew it, so the disk folder and the Redis keys carry this too.
 */
function buildTag(): string | undefined {
  const bundle = env.GLIMPSE_RENDER_WORKER_BUNDLE;
  if (!bundle) return undefined;
  const build = createHash('sha256').update(readFileSync(/*turbopackIgnore: true*/ bundle));
  const buildId = path.join(path.dirname(bundle), '..', 'BUILD_ID');
  if (existsSync(/*turbopackIgnore: true*/ buildId)) build.update(readFileSync(/*turbopackIgnore: true*/ buildId));
  return build.digest('base64url').slice(0, 16);
}

/**
 * `<db file>-render-cache/<build>/` beside the SQLite file. `renderHash` names what was asked, not
 * the code that drew it, so each build (worker bundle + Next BUILD_ID) gets its own folder and
 * the folders of earlier builds are removed: a deploy that forgot a version bump cannot serve
 * old pictures from disk. Off without a bundle (dev, tests, bench: code changes between runs) and
 * with GLIMPSE_DB_PATH=":memory:".
 */
function diskCacheDirectory(): string | undefined {
  const current = buildTag();
  if (!current || env.GLIMPSE_DB_PATH === ':memory:' || env.GLIMPSE_RENDER_DISK_CACHE_MB <= 0) return undefined;
  const root = `${path.resolve(env.GLIMPSE_DB_PATH).replace(/\.(db|sqlite3?)$/, '')}-render-cache`;
  void removeOtherBuilds(root, current);
  return path.join(root, current);
}

async function removeOtherBuilds(root: string, current: string): Promise<void> {
  const entries = await readdir(root).catch(() => [] as string[]);
  await Promise.all(
    entries.filter((entry) => entry !== current).map((entry) => rm(path.join(root, entry), { recursive: true, force: true }).catch((error: unknown) => console.error('[glimpse] render cache: could not remove an old build', error))),
  );
}

/**
 * Next.js gives instrumentation.ts and route bundles their own copies of this module, so the one
 * service per process (one set of workers, one cache) hangs off globalThis, not a module variable.
 */
const SHARED = Symbol.for('glimpse.renderService');
const processWide = globalThis as { [SHARED]?: RenderService };

/** The process-wide service (workers start with it, at boot from instrumentation.ts). */
export function renderService(): RenderService {
  processWide[SHARED] ??= new RenderService(defaultRenderPool(), defaultCache());
  return processWide[SHARED];
}
