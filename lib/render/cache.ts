import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { LRUCache } from 'lru-cache';
import { GlimpseError } from '@/lib/errors';
import { MAX_CACHED_OUTPUT_BYTES, SHARED_RENDER_POLL_MS, SHARED_RENDER_WAIT_MS } from '@/lib/limits';
import type { Rendered } from './render';

/** What `X-Glimpse-Cache` says: drawn for this request, found here, or found in a tier other servers fill. */
export type CacheStatus = 'miss' | 'hit' | 'shared';

/**
 * One level of the output cache, keyed by `renderHash`. Memory and disk answer `hit`; the Redis
 * tier (./redis-tier.ts, an error counted as a miss) answers `shared`.
 */
export interface CacheTier {
  /** Which kind of tier (for /api/health; `instanceof` fails across Next.js's module copies). */
  readonly name: 'memory' | 'disk' | 'redis';
  readonly answers: Exclude<CacheStatus, 'miss'>;
  get(key: string): Promise<Rendered | undefined>;
  set(key: string, value: Rendered): Promise<void>;
}

/** A node's claim on drawing one output: `taken` when another node is drawing it already. */
export interface RenderClaim {
  taken: boolean;
  /** Lets the other nodes stop waiting (called after the output was stored, or the render failed). */
  release(): Promise<void>;
}

/** A tier other nodes fill too, with a short lock per key: single-flight across the cluster. */
export interface SharedCacheTier extends CacheTier {
  claim(key: string): Promise<RenderClaim>;
  /** Whether some node still holds the claim on `key`. */
  claimed(key: string): Promise<boolean>;
}

const isShared = (tier: CacheTier): tier is SharedCacheTier => 'claim' in tier;

const sizeOf = (value: Rendered) => value.body.byteLength + value.alt.length + value.contentType.length + 64;

/** In-process LRU bounded by bytes (lru-cache; single-flight is ours, not its fetchMethod). */
export class MemoryTier implements CacheTier {
  readonly name = 'memory' as const;
  readonly answers = 'hit' as const;
  private readonly entries: LRUCache<string, Rendered>;

  constructor(maxBytes: number) {
    this.entries = new LRUCache<string, Rendered>({ maxSize: maxBytes, maxEntrySize: Math.min(maxBytes, MAX_CACHED_OUTPUT_BYTES), sizeCalculation: sizeOf });
  }

  async get(key: string): Promise<Rendered | undefined> {
    return this.entries.get(key);
  }

  /** The same lookup, synchronously (the HTTP fast path answers from it without a turn of the event loop). */
  peek(key: string): Rendered | undefined {
    return this.entries.get(key);
  }

  async set(key: string, value: Rendered): Promise<void> {
    this.entries.set(key, value);
  }
}

const EXTENSION = '.render';
const MAGIC = Buffer.from('GLIMPSE1');
/** Temp files older than this at boot were left by a crash (a younger one may be another process's write). */
const STALE_TEMP_MS = 60_000;

/**
 * Files under one directory, bounded by bytes, least recently used evicted first. A write goes to
 * a temp file and is renamed into place, so a reader never sees half a file; at boot the byte
 * ledger is rebuilt from the directory, and empty or unreadable files are dropped (Next.js's disk
 * cache served a crash's 0-byte file until restart).
 */
export class DiskTier implements CacheTier {
  readonly name = 'disk' as const;
  readonly answers = 'hit' as const;
  /** key → bytes on disk, least recently used first. */
  private ledger: Promise<Map<string, number>> | undefined;
  private total = 0;
  private writes = 0;

  constructor(
    readonly directory: string,
    private readonly maxBytes: number,
  ) {}

  async get(key: string): Promise<Rendered | undefined> {
    const ledger = await this.load();
    if (!ledger.has(key)) return undefined;
    const file = this.file(key);
    const value = decodeEntry(await readFile(file).catch(() => undefined), key);
    if (!value) {
      this.forget(ledger, key);
      await rm(file, { force: true });
      return undefined;
    }
    const size = ledger.get(key) ?? 0;
    ledger.delete(key);
    ledger.set(key, size);
    // The file's mtime is its place in the LRU order after a restart.
    const now = new Date();
    await utimes(file, now, now).catch(() => undefined);
    return value;
  }

  async set(key: string, value: Rendered): Promise<void> {
    const ledger = await this.load();
    const bytes = encodeEntry(value);
    if (bytes.byteLength > Math.min(this.maxBytes, MAX_CACHED_OUTPUT_BYTES)) return;
    const file = this.file(key);
    const temporary = `${file}.${process.pid}.${(this.writes += 1)}.tmp`;
    try {
      await writeFile(temporary, bytes);
      await rename(temporary, file);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    this.forget(ledger, key);
    ledger.set(key, bytes.byteLength);
    this.total += bytes.byteLength;
    await this.evict(ledger);
  }

  private file(key: string): string {
    if (!/^[\w-]+$/.test(key)) throw new GlimpseError('internal', `not a cache key: ${key.slice(0, 80)}`);
    return path.join(this.directory, `${key}${EXTENSION}`);
  }

  private forget(ledger: Map<string, number>, key: string) {
    this.total -= ledger.get(key) ?? 0;
    ledger.delete(key);
  }

  private async evict(ledger: Map<string, number>) {
    for (const key of ledger.keys()) {
      if (this.total <= this.maxBytes) break;
      this.forget(ledger, key);
      await rm(this.file(key), { force: true });
    }
  }

  private load(): Promise<Map<string, number>> {
    this.ledger ??= (async () => {
      await mkdir(this.directory, { recursive: true });
      const found: { key: string; size: number; usedAt: number }[] = [];
      for (const name of await readdir(this.directory)) {
        const file = path.join(this.directory, name);
        const info = await stat(file).catch(() => undefined);
        if (!info?.isFile()) continue;
        const isEntry = name.endsWith(EXTENSION) && /^[\w-]+$/.test(name.slice(0, -EXTENSION.length));
        if (isEntry && info.size > 0) found.push({ key: name.slice(0, -EXTENSION.length), size: info.size, usedAt: info.mtimeMs });
        else if (isEntry || Date.now() - info.mtimeMs > STALE_TEMP_MS) await rm(file, { force: true });
      }
      found.sort((a, b) => a.usedAt - b.usedAt);
      const ledger = new Map(found.map((entry) => [entry.key, entry.size]));
      this.total = found.reduce((sum, entry) => sum + entry.size, 0);
      await this.evict(ledger);
      return ledger;
    })();
    return this.ledger;
  }
}

/** MAGIC · u32 length of the JSON metadata · metadata · body (the disk and Redis tiers' entries). */
export function encodeEntry(value: Rendered): Buffer {
  const { body, ...meta } = value;
  const json = Buffer.from(JSON.stringify(meta));
  const length = Buffer.alloc(4);
  length.writeUInt32BE(json.byteLength);
  return Buffer.concat([MAGIC, length, json, body]);
}

/** An entry back, or undefined when it is not one or is another key's. */
export function decodeEntry(bytes: Buffer | undefined, key: string): Rendered | undefined {
  if (!bytes || bytes.byteLength < MAGIC.byteLength + 4 || !bytes.subarray(0, MAGIC.byteLength).equals(MAGIC)) return undefined;
  const start = MAGIC.byteLength + 4;
  const end = start + bytes.readUInt32BE(MAGIC.byteLength);
  if (end > bytes.byteLength) return undefined;
  try {
    const meta = JSON.parse(bytes.subarray(start, end).toString('utf8')) as Omit<Rendered, 'body'>;
    return meta.hash === key ? { ...meta, body: bytes.subarray(end) } : undefined;
  } catch (error) {
    console.error(`[glimpse] render cache: unreadable entry ${key}`, error);
    return undefined;
  }
}

interface Flight {
  promise: Promise<{ rendered: Rendered; cache: CacheStatus }>;
  controller: AbortController;
  waiters: number;
  settled: boolean;
}

export interface SharedWait {
  /** How long to wait for another node's render before drawing it here (ms). */
  waitMs: number;
  /** How often to look for it meanwhile (ms). */
  pollMs: number;
}

/**
 * The output cache in front of the workers: tiers in order (memory, disk, Redis), and
 * single-flight — concurrent requests for one key share one lookup and one render. Each caller
 * races the shared work against its own signal; the render is stopped only when no caller is left.
 * With a shared tier the single-flight spans nodes: the node that claims a key draws it; the others
 * poll the shared tier for up to `waitMs`, then draw it themselves (a lost claim costs time, never
 * an answer). Only successes are stored: an error or a timeout is never cached.
 */
export class RenderCache {
  private readonly flights = new Map<string, Flight>();

  constructor(
    readonly tiers: CacheTier[],
    private readonly shared: SharedWait = { waitMs: SHARED_RENDER_WAIT_MS, pollMs: SHARED_RENDER_POLL_MS },
  ) {}

  /** What the in-memory tier holds for `key` right now, if there is one (no disk, no render). */
  peekMemory(key: string): Rendered | undefined {
    for (const tier of this.tiers) if (tier instanceof MemoryTier) return tier.peek(key);
    return undefined;
  }

  async getOrRender(key: string, signal: AbortSignal | undefined, render: (signal: AbortSignal) => Promise<Rendered>) {
    const flight = this.flights.get(key) ?? this.start(key, render);
    flight.waiters += 1;
    try {
      return await raceSignal(flight.promise, signal);
    } finally {
      flight.waiters -= 1;
      if (flight.waiters === 0 && !flight.settled) flight.controller.abort(signal?.reason);
    }
  }

  private start(key: string, render: (signal: AbortSignal) => Promise<Rendered>): Flight {
    const controller = new AbortController();
    const flight: Flight = { promise: this.lookUpOrRender(key, controller.signal, render), controller, waiters: 0, settled: false };
    this.flights.set(key, flight);
    // Settled (and handled: the last caller may have left) before anyone awaits it.
    flight.promise
      .finally(() => {
        flight.settled = true;
        if (this.flights.get(key) === flight) this.flights.delete(key);
      })
      .catch(() => undefined);
    return flight;
  }

  private async lookUpOrRender(key: string, signal: AbortSignal, render: (signal: AbortSignal) => Promise<Rendered>) {
    for (const [index, tier] of this.tiers.entries()) {
      const found = await tier.get(key).catch((error: unknown) => {
        console.error('[glimpse] render cache: a read failed; rendering instead', error);
        return undefined;
      });
      if (found) {
        await this.store(key, found, this.tiers.slice(0, index));
        return { rendered: found, cache: tier.answers };
      }
    }
    const shared = this.tiers.find(isShared);
    const claim = shared ? await shared.claim(key) : undefined;
    if (shared && claim?.taken) {
      const found = await this.waitForOtherNode(shared, key, signal);
      if (found) {
        await this.store(key, found, this.tiers.slice(0, this.tiers.indexOf(shared)));
        return { rendered: found, cache: shared.answers };
      }
    }
    try {
      const rendered = await render(signal);
      await this.store(key, rendered, this.tiers);
      return { rendered, cache: 'miss' as const };
    } finally {
      await claim?.release();
    }
  }

  /** Another node's output once it is in the shared tier; undefined when its claim ended without one, or time ran out. */
  private async waitForOtherNode(shared: SharedCacheTier, key: string, signal: AbortSignal): Promise<Rendered | undefined> {
    const deadline = Date.now() + this.shared.waitMs;
    while (Date.now() < deadline && !signal.aborted) {
      await new Promise((resolve) => setTimeout(resolve, this.shared.pollMs));
      const found = await shared.get(key);
      if (found) return found;
      if (!(await shared.claimed(key))) return shared.get(key);
    }
    return undefined;
  }

  /** A failed write costs a later render, never this answer. */
  private async store(key: string, value: Rendered, tiers: CacheTier[]) {
    await Promise.all(tiers.map((tier) => tier.set(key, value).catch((error: unknown) => console.error('[glimpse] render cache: a write failed', error))));
  }
}

/** The shared promise, or a `cancelled` rejection as soon as this caller's signal aborts. */
function raceSignal<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  const cancelled = () => new GlimpseError('cancelled', 'the client went away', { cause: signal.reason });
  if (signal.aborted) return Promise.reject(cancelled());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(cancelled());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
