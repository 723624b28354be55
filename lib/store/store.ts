import { env } from '@/lib/env';
import { PostgresStore } from './postgres';
import { SqliteStore } from './sqlite';

/** Which database holds the stored specs, decks and conversations. */
export type StoreKind = 'sqlite' | 'postgres';

/** A conversation as stored: messages as their JSON text (the store never looks inside). */
export interface ConversationRow {
  id: string;
  shareId: string;
  owner: string | null;
  title: string;
  messages: string;
  createdAt: number;
  updatedAt: number;
}

export interface StoredSpecRow {
  id: string;
  kind: string;
  /** The spec's JSON text. */
  spec: string;
  specVersion: number;
  createdAt: number;
}

/**
 * The one storage interface: SQLite (lib/store/sqlite.ts, the embedded default) and PostgreSQL
 * (lib/store/postgres.ts, GLIMPSE_DATABASE_URL) implement it with the same rules, and one test
 * suite (lib/testing/stores.ts) runs against both. Ids, titles and JSON are made by the callers
 * (specs.ts, conversations.ts); a store only keeps rows and enforces ownership in its queries.
 * A store that cannot reach its database throws GlimpseError `store_unavailable` (503).
 */
export interface Store {
  readonly kind: StoreKind;
  /** Inserts, or moves `createdAt` forward when the id is stored already (the id is a content hash). */
  saveSpec(row: StoredSpecRow): Promise<void>;
  loadSpec(id: string): Promise<string | undefined>;
  /**
   * Inserts the row, or replaces title, messages and updatedAt when `row.owner` owns the stored
   * one (shareId and createdAt are kept). False, nothing written, when someone else or nobody owns it.
   */
  saveConversation(row: ConversationRow & { owner: string }): Promise<boolean>;
  loadConversation(id: string, owner: string): Promise<ConversationRow | undefined>;
  loadSharedConversation(shareId: string): Promise<ConversationRow | undefined>;
  /** Newest first (ties: the later inserted first), at most `limit`. */
  listConversations(owner: string, limit: number): Promise<Pick<ConversationRow, 'id' | 'title' | 'updatedAt'>[]>;
  deleteConversation(id: string, owner: string): Promise<boolean>;
  /** Deletes conversations updated and specs created before `cutoff` (ms); how many of each went. */
  purgeBefore(cutoff: number): Promise<{ conversations: number; specs: number }>;
  /** Resolves when the database answers a trivial query (migrations applied). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

// Next.js gives each route bundle its own copy of this module: one store (one pool) per process.
const SHARED = Symbol.for('glimpse.store');
const processWide = globalThis as { [SHARED]?: Store };

/** The process's store, chosen once: PostgreSQL when GLIMPSE_DATABASE_URL is set, else SQLite at GLIMPSE_DB_PATH. */
export function store(): Store {
  processWide[SHARED] ??= env.GLIMPSE_DATABASE_URL ? new PostgresStore(env.GLIMPSE_DATABASE_URL, env.GLIMPSE_DATABASE_POOL_SIZE) : new SqliteStore(env.GLIMPSE_DB_PATH);
  return processWide[SHARED];
}

/** The configured store's kind, without opening it (for /api/health). */
export function configuredStoreKind(): StoreKind {
  return env.GLIMPSE_DATABASE_URL ? 'postgres' : 'sqlite';
}

/** Replaces the process's store (the shared store test suite and the benchmark use it); returns the one it replaced. */
export function useStore(next: Store | undefined): Store | undefined {
  const previous = processWide[SHARED];
  processWide[SHARED] = next;
  return previous;
}
