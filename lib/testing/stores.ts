import { afterAll, beforeAll, describe } from 'vitest';
import { PostgresStore } from '@/lib/store/postgres';
import { SqliteStore } from '@/lib/store/sqlite';
import { useStore, type ConversationRow, type Store, type StoreKind } from '@/lib/store/store';
import { startPostgres, type PostgresServer } from './postgres';

export const STORE_KINDS: StoreKind[] = ['sqlite', 'postgres'];

/** One store under test, and what only a test may do to it. */
export interface StoreCase {
  kind: StoreKind;
  store: Store;
  /** Writes a conversation row with no owner, as the schema before owners left them. */
  insertOwnerless(row: Omit<ConversationRow, 'owner'>): Promise<void>;
}

/** A fresh store of `kind`: SQLite in memory, or a database of its own on a PostgreSQL server this starts. */
export async function openStore(kind: StoreKind): Promise<StoreCase & { dispose(): Promise<void> }> {
  if (kind === 'sqlite') {
    const store = new SqliteStore(':memory:');
    return {
      kind,
      store,
      insertOwnerless: async (row) => {
        store.db.prepare('insert into conversations (id, share_id, owner, title, messages, created_at, updated_at) values (?, ?, null, ?, ?, ?, ?)').run(row.id, row.shareId, row.title, row.messages, row.createdAt, row.updatedAt);
      },
      dispose: () => store.close(),
    };
  }
  const server: PostgresServer = await startPostgres();
  const store = new PostgresStore(await server.createDatabase('glimpse_test'), 4);
  return {
    kind,
    store,
    insertOwnerless: async (row) => {
      await store.ping(); // migrated
      await store.pool.query('insert into conversations (id, share_id, owner, title, messages, created_at, updated_at) values ($1, $2, null, $3, $4, $5, $6)', [row.id, row.shareId, row.title, row.messages, row.createdAt, row.updatedAt]);
    },
    dispose: async () => {
      await store.close();
      await server.stop();
    },
  };
}

/**
 * The store test suite, once per implementation: `body` runs inside a describe block per kind,
 * with that kind's store installed as the process's store (what lib/store/specs.ts and
 * conversations.ts use), so the same tests hold SQLite and PostgreSQL to the same rules.
 */
export function describeEachStore(title: string, body: (current: () => StoreCase) => void): void {
  describe.each(STORE_KINDS)(`${title} (%s)`, (kind) => {
    let opened: (StoreCase & { dispose(): Promise<void> }) | undefined;
    let previous: Store | undefined;
    beforeAll(async () => {
      opened = await openStore(kind);
      previous = useStore(opened.store);
    });
    afterAll(async () => {
      useStore(previous);
      await opened?.dispose();
    });
    body(() => {
      if (!opened) throw new Error(`the ${kind} store did not open`);
      return opened;
    });
  });
}
