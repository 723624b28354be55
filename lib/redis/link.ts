import { Redis } from 'ioredis';
import { env } from '@/lib/env';
import { REDIS_COMMAND_TIMEOUT_MS, REDIS_CONNECT_TIMEOUT_MS, REDIS_RECONNECT_MAX_MS } from '@/lib/limits';

/**
 * One process's connection to the Redis all nodes share (GLIMPSE_REDIS_URL), with a circuit: while
 * it is not connected, `usable` is false and callers skip Redis entirely (no command is queued or
 * waited for: the output cache misses to the node's own tiers, the rate limiter counts locally).
 * ioredis reconnects in the background; an outage is logged once when it starts and once when it ends.
 */
export class RedisLink {
  readonly client: Redis;
  private down = false;

  constructor(
    readonly url: string,
    private readonly log: (message: string) => void = (message) => console.error(`[glimpse] ${message}`),
  ) {
    this.client = new Redis(url, {
      // A command while disconnected fails at once instead of waiting in a queue: the circuit.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: REDIS_CONNECT_TIMEOUT_MS,
      commandTimeout: REDIS_COMMAND_TIMEOUT_MS,
      retryStrategy: (attempt) => Math.min(attempt * 100, REDIS_RECONNECT_MAX_MS),
      connectionName: 'glimpse',
      lazyConnect: false,
    });
    this.client.on('ready', () => {
      if (this.down) this.log('redis is reachable again: sharing the output cache and rate limits');
      this.down = false;
    });
    // Without an 'error' listener ioredis prints every reconnection failure.
    this.client.on('error', (error: Error) => this.failed(error));
    this.client.on('close', () => {
      if (!this.down) this.failed(new Error('connection closed'));
    });
  }

  /** Connected and ready: worth sending a command. */
  get usable(): boolean {
    return this.client.status === 'ready';
  }

  /** A command failed or the connection dropped: logged once per outage. */
  failed(error: unknown): void {
    if (this.down) return;
    this.down = true;
    const reason = error instanceof Error ? error.message : String(error);
    this.log(`redis is unreachable (${reason}): this node uses its own cache and rate limits until it is back`);
  }

  /** Whether Redis answers PING now (for /api/health). */
  async reachable(): Promise<boolean> {
    if (!this.usable) return false;
    try {
      return (await this.client.ping()) === 'PONG';
    } catch (error) {
      this.failed(error);
      return false;
    }
  }

  async close(): Promise<void> {
    this.client.disconnect(false);
  }
}

// One connection per process (Next.js gives each route bundle its own copy of this module).
const SHARED = Symbol.for('glimpse.redis');
const processWide = globalThis as { [SHARED]?: RedisLink };

/** The process's link to GLIMPSE_REDIS_URL; undefined when it is unset. */
export function redisLink(): RedisLink | undefined {
  if (!env.GLIMPSE_REDIS_URL) return undefined;
  processWide[SHARED] ??= new RedisLink(env.GLIMPSE_REDIS_URL);
  return processWide[SHARED];
}
