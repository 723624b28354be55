import { LRUCache } from 'lru-cache';
import { MAX_FAST_PATH_URLS } from '@/lib/limits';
import type { RenderCache } from '@/lib/render/cache';
import type { Rendered } from '@/lib/render/render';
import { takeRenderToken } from './guard';

/**
 * Repeated GETs of cached images answered before Next.js routes them. The route handler remembers,
 * for each image URL it answered (path + query, and the Accept header when the format was
 * negotiated), the render hash; scripts/server.mjs confirms it with the headers Next.js finally
 * wrote, asks `answer()` first on later GETs and, when the bytes are still in the memory tier,
 * writes them itself: the same status, headers and bytes as the route (checked by
 * e2e/render-api.spec.ts), without Next's per-request work.
 * Only what the route already admitted is remembered (a signed URL is its own key), every answer
 * still takes a rate-limit token, and anything unusual (a token refused, bytes evicted, an
 * Authorization header) falls through to the route.
 */
interface Remembered {
  hash: string;
  /** The headers Next.js finally wrote for the route's answer (it adds some of its own, e.g. Vary). */
  headers: Record<string, string | string[]> | undefined;
}

/** Per-connection or per-answer headers, never replayed. */
const NOT_REPLAYED = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'x-glimpse-content-length', 'x-glimpse-cache']);

export interface FastAnswer {
  status: 200 | 304;
  headers: Record<string, string | string[]>;
  body?: Uint8Array;
}

type IncomingHeaders = Record<string, string | string[] | undefined>;

/** What a 304 carries, like the route's: validators and caching headers (and the static security headers), no entity headers. */
const NOT_MODIFIED_HEADERS = new Set(['cache-control', 'etag', 'vary', 'x-content-type-options', 'referrer-policy']);

const keyOf = (pathAndQuery: string, accept: string | undefined) => `${pathAndQuery}\n${accept ?? '*'}`;

function etagMatches(header: string | undefined, etag: string): boolean {
  return header !== undefined && header.split(',').some((candidate) => [etag, `W/${etag}`, '*'].includes(candidate.trim()));
}

export class FastPath {
  private readonly urls = new LRUCache<string, Remembered>({ max: MAX_FAST_PATH_URLS });
  private cache: RenderCache | undefined;

  /** Called by the route after a 200 image answer to a GET; `confirm` completes it with what was written. */
  remember(cache: RenderCache, pathAndQuery: string, accept: string | undefined, hash: string): void {
    this.cache = cache;
    this.urls.set(keyOf(pathAndQuery, accept), { hash, headers: undefined });
  }

  /** Called by scripts/server.mjs as a 200 answer to a GET is written: the exact headers to replay. */
  confirm(pathAndQuery: string, requestHeaders: IncomingHeaders, written: Record<string, number | string | string[] | undefined>): void {
    const remembered = this.lookUp(pathAndQuery, requestHeaders);
    if (!remembered || remembered.headers) return;
    const kept: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(written)) {
      if (value !== undefined && !NOT_REPLAYED.has(name.toLowerCase())) kept[name.toLowerCase()] = typeof value === 'number' ? String(value) : value;
    }
    remembered.headers = kept;
  }

  private lookUp(pathAndQuery: string, headers: IncomingHeaders): Remembered | undefined {
    const accept = typeof headers.accept === 'string' ? headers.accept : undefined;
    return this.urls.get(keyOf(pathAndQuery, undefined)) ?? this.urls.get(keyOf(pathAndQuery, accept));
  }

  /**
   * The answer to a GET, or undefined to let Next.js route it. A promise only when the rate limit
   * is counted in Redis (GLIMPSE_REDIS_URL): the token is taken there, so nodes share the count.
   */
  answer(pathAndQuery: string, headers: IncomingHeaders, clientIp: string): FastAnswer | undefined | Promise<FastAnswer | undefined> {
    if (!this.cache || headers.authorization !== undefined) return undefined;
    const remembered = this.lookUp(pathAndQuery, headers);
    if (!remembered?.headers) return undefined;
    const rendered = this.cache.peekMemory(remembered.hash);
    if (!rendered) return undefined;
    const written = { hash: remembered.hash, headers: remembered.headers };
    const token = takeRenderToken(`ip:${clientIp}`);
    if (token === true) return replay(written, rendered, headers);
    if (token === false) return undefined;
    return token.then((taken) => (taken ? replay(written, rendered, headers) : undefined));
  }
}

function replay(remembered: { hash: string; headers: Record<string, string | string[]> }, rendered: Rendered, headers: IncomingHeaders): FastAnswer {
  const ifNoneMatch = typeof headers['if-none-match'] === 'string' ? headers['if-none-match'] : undefined;
  if (etagMatches(ifNoneMatch, `"${remembered.hash}"`)) {
    // What the route's 304 carries: the validators and caching headers, no entity headers.
    const kept = Object.fromEntries(Object.entries(remembered.headers).filter(([name]) => NOT_MODIFIED_HEADERS.has(name)));
    return { status: 304, headers: kept };
  }
  return { status: 200, headers: { ...remembered.headers, 'x-glimpse-cache': 'hit', 'content-length': String(rendered.body.byteLength) }, body: rendered.body };
}

// One per process, found by scripts/server.mjs (plain JS, outside the bundles) under this symbol.
const SHARED = Symbol.for('glimpse.fastPath');
const processWide = globalThis as { [SHARED]?: FastPath };
export const fastPath = (): FastPath => (processWide[SHARED] ??= new FastPath());
