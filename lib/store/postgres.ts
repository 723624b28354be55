import pg from 'pg';
import { GlimpseError } from '@/lib/errors';
import { STORE_CONNECT_TIMEOUT_MS, STORE_QUERY_TIMEOUT_MS, STORE_RETRY_AFTER_SECONDS } from '@/lib/limits';
import type { ConversationRow, Store, StoredSpecRow } from './store';

/**
 * PostgreSQL's schema migrations, applied in order on first use; version = index + 1, recorded in
 * `glimpse_migrations`. The end state matches SQLite's (lib/store/db.ts) column for column; `seq`
 * stands in for SQLite's rowid (the tie-break of "newest first"). Append, never edit.
 */
export const PG_MIGRATIONS = [
  `create table specs (
     id text primary key,
     kind text not null,
     spec text not null,
     spec_version integer not null,
     created_at bigint not null
   );
   create index specs_by_creation on specs (created_at);
   create table conversations (
     seq bigint generated always as identity,
     id text primary key,
     share_id text not null unique,
     owner text,
     title text not null,
     messages text not null,
     created_at bigint not null,
     updated_at bigint not null
   );
   create index conversations_by_update on conversations (updated_at);
   create index conversations_by_owner on conversations (owner, updated_at desc, seq desc)`,
];

/** Any number: two nodes starting at once take turns migrating under this advisory lock. */
const MIGRATION_LOCK = 7_160_917;

interface Row {
  id: string;
  share_id: string;
  owner: string | null;
  title: string;
  messages: string;
  created_at: string;
  updated_at: string;
}

// bigint columns come back as strings; milliseconds since 1970 fit a double exactly.
const fromRow = (row: Row | undefined): ConversationRow | undefined =>
  row && { id: row.id, shareId: row.share_id, owner: row.owner, title: row.title, messages: row.messages, createdAt: Number(row.created_at), updatedAt: Number(row.updated_at) };

/** PostgreSQL text cannot hold U+0000 (SQLite's can); a title is display text, so it becomes U+FFFD there. The messages are JSON, where it is escaped. */
const storableTitle = (title: string) => title.replaceAll('\u0000', '\uFFFD');

/** SQLSTATE classes and socket errors that mean "the database is not there", not "the query is wrong". */
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE', '57P01', '57P02', '57P03', '53300']);

function unreachable(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (typeof code === 'string' && (UNREACHABLE_CODES.has(code) || code.startsWith('08'))) return true;
  const message = error instanceof Error ? error.message : '';
  return /Connection terminated|timeout exceeded when trying to connect|Query read timeout|connect ECONNREFUSED|Client has encountered a connection error/i.test(message);
}

/** A lost database is a 503 `store_unavailable` with Retry-After; anything else is ours to fix (500). */
export function storeError(error: unknown): unknown {
  if (!unreachable(error)) return error;
  const message = 'the database is unreachable; stored specs, decks and conversations are unavailable for now';
  return new GlimpseError('store_unavailable', message, { cause: error, retryAfterSeconds: STORE_RETRY_AFTER_SECONDS, issues: [{ path: ['store'], message: 'unreachable' }] });
}

/**
 * GLIMPSE_DATABASE_URL: specs, decks and conversations in PostgreSQL, for several stateless nodes
 * on one database. A pool of `poolSize` connections (node-postgres); connecting gives up after
 * STORE_CONNECT_TIMEOUT_MS and a query after STORE_QUERY_TIMEOUT_MS, so a lost database is a
 * quick 503, and the pool reconnects by itself when it is back.
 */
export class PostgresStore implements Store {
  readonly kind = 'postgres' as const;
  readonly pool: pg.Pool;
  private migrated: Promise<void> | undefined;
  private warnedIdle = false;

  constructor(connectionString: string, poolSize: number) {
    this.pool = new pg.Pool({ connectionString, max: poolSize, connectionTimeoutMillis: STORE_CONNECT_TIMEOUT_MS, query_timeout: STORE_QUERY_TIMEOUT_MS, idleTimeoutMillis: 30_000, application_name: 'glimpse' });
    // An idle connection dropped by the server (a restart) is reported here; without a listener it would end the process.
    this.pool.on('error', (error) => {
      if (this.warnedIdle) return;
      this.warnedIdle = true;
      console.error('[glimpse] store: an idle PostgreSQL connection failed (the pool reconnects on next use)', error.message);
    });
  }

  /** The migrations, once per process (retried on the next call when the database was unreachable). */
  private ready(): Promise<void> {
    this.migrated ??= this.migrate().catch((error: unknown) => {
      this.migrated = undefined;
      throw error;
    });
    return this.migrated;
  }

  private async migrate(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('begin');
      await client.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await client.query('create table if not exists glimpse_migrations (version integer primary key, applied_at bigint not null)');
      const { rows } = await client.query<{ version: number | null }>('select max(version) as version from glimpse_migrations');
      const current = rows[0]?.version ?? 0;
      for (const [index, sql] of PG_MIGRATIONS.entries()) {
        if (index + 1 <= current) continue;
        await client.query(sql);
        await client.query('insert into glimpse_migrations (version, applied_at) values ($1, $2)', [index + 1, Date.now()]);
      }
      await client.query('commit');
      this.warnedIdle = false;
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  private async query<R extends pg.QueryResultRow>(sql: string, values: unknown[]): Promise<pg.QueryResult<R>> {
    try {
      await this.ready();
      return await this.pool.query<R>(sql, values);
    } catch (error) {
      throw storeError(error);
    }
  }

  async saveSpec(row: StoredSpecRow): Promise<void> {
    await this.query(
      'insert into specs (id, kind, spec, spec_version, created_at) values ($1, $2, $3, $4, $5) on conflict (id) do update set created_at = excluded.created_at',
      [row.id, row.kind, row.spec, row.specVersion, row.createdAt],
    );
  }

  async loadSpec(id: string): Promise<string | undefined> {
    return (await this.query<{ spec: string }>('select spec from specs where id = $1', [id])).rows[0]?.spec;
  }

  async saveConversation(row: ConversationRow & { owner: string }): Promise<boolean> {
    const result = await this.query(
      `insert into conversations (id, share_id, owner, title, messages, created_at, updated_at) values ($1, $2, $3, $4, $5, $6, $7)
       on conflict (id) do update set title = excluded.title, messages = excluded.messages, updated_at = excluded.updated_at
       where conversations.owner = excluded.owner`,
      [row.id, row.shareId, row.owner, storableTitle(row.title), row.messages, row.createdAt, row.updatedAt],
    );
    return (result.rowCount ?? 0) > 0;
  }

  async loadConversation(id: string, owner: string): Promise<ConversationRow | undefined> {
    return fromRow((await this.query<Row>('select * from conversations where id = $1 and owner = $2', [id, owner])).rows[0]);
  }

  async loadSharedConversation(shareId: string): Promise<ConversationRow | undefined> {
    return fromRow((await this.query<Row>('select * from conversations where share_id = $1', [shareId])).rows[0]);
  }

  async listConversations(owner: string, limit: number): Promise<Pick<ConversationRow, 'id' | 'title' | 'updatedAt'>[]> {
    const { rows } = await this.query<Pick<Row, 'id' | 'title' | 'updated_at'>>('select id, title, updated_at from conversations where owner = $1 order by updated_at desc, seq desc limit $2', [owner, limit]);
    return rows.map((row) => ({ id: row.id, title: row.title, updatedAt: Number(row.updated_at) }));
  }

  async deleteConversation(id: string, owner: string): Promise<boolean> {
    return ((await this.query('delete from conversations where id = $1 and owner = $2', [id, owner])).rowCount ?? 0) > 0;
  }

  async purgeBefore(cutoff: number): Promise<{ conversations: number; specs: number }> {
    const conversations = (await this.query('delete from conversations where updated_at < $1', [cutoff])).rowCount ?? 0;
    const specs = (await this.query('delete from specs where created_at < $1', [cutoff])).rowCount ?? 0;
    return { conversations, specs };
  }

  async ping(): Promise<void> {
    await this.query('select 1', []);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
