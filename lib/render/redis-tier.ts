import { randomBytes } from 'node:crypto';
import { MAX_SHARED_CACHE_ENTRY_BYTES } from '@/lib/limits';
import type { RedisLink } from '@/lib/redis/link';
import { decodeEntry, encodeEntry, type RenderClaim, type SharedCacheTier } from './cache';
import type { Rendered } from './render';

/** Deletes the lock only while it is still ours (it may have expired and been taken by another node). */
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

/**
 * The output cache's shared tier (GLIMPSE_REDIS_URL): every node reads and fills it, so a render
 * drawn by one is a `shared` hit on the others. Entries are the disk tier's encoding (the full
 * `Rendered`: bytes, content type, size, alt, hash, findings) under `<prefix><renderHash>`, with a
 * TTL; one over MAX_SHARED_CACHE_ENTRY_BYTES is not shared. The byte budget is Redis's own
 * (`maxmemory` with `allkeys-lru`). While Redis is away every call answers "nothing" at once.
 */
export class RedisTier implements SharedCacheTier {
  readonly name = 'redis' as const;
  readonly answers = 'shared' as const;
  /** Who holds a render lock (any unique value: only the holder may release it). */
  private readonly node = randomBytes(9).toString('base64url');

  constructor(
    readonly link: RedisLink,
    /** Names the build, so nodes of different builds never share pictures (like the disk tier's folder). */
    readonly prefix: string,
    readonly ttlSeconds: number,
    readonly lockMs: number,
  ) {}

  async get(key: string): Promise<Rendered | undefined> {
    if (!this.link.usable) return undefined;
    try {
      return decodeEntry((await this.link.client.getBuffer(`${this.prefix}${key}`)) ?? undefined, key);
    } catch (error) {
      this.link.failed(error);
      return undefined;
    }
  }

  async set(key: string, value: Rendered): Promise<void> {
    if (!this.link.usable) return;
    const bytes = encodeEntry(value);
    if (bytes.byteLength > MAX_SHARED_CACHE_ENTRY_BYTES) return;
    try {
      await this.link.client.set(`${this.prefix}${key}`, bytes, 'EX', this.ttlSeconds);
    } catch (error) {
      this.link.failed(error);
    }
  }

  /** SET NX PX: this node draws it (released after), or another node already is (`taken`); no Redis: draw it. */
  async claim(key: string): Promise<RenderClaim> {
    if (!this.link.usable) return { taken: false, release: async () => undefined };
    const lock = `${this.prefix}lock:${key}`;
    try {
      const won = (await this.link.client.set(lock, this.node, 'PX', this.lockMs, 'NX')) === 'OK';
      if (!won) return { taken: true, release: async () => undefined };
    } catch (error) {
      this.link.failed(error);
      return { taken: false, release: async () => undefined };
    }
    return {
      taken: false,
      release: async () => {
        if (!this.link.usable) return;
        await this.link.client.eval(RELEASE, 1, lock, this.node).catch((error: unknown) => this.link.failed(error));
      },
    };
  }

  /** Whether another node still holds the lock on `key` (false when Redis cannot say). */
  async claimed(key: string): Promise<boolean> {
    if (!this.link.usable) return false;
    try {
      return (await this.link.client.exists(`${this.prefix}lock:${key}`)) === 1;
    } catch (error) {
      this.link.failed(error);
      return false;
    }
  }
}
