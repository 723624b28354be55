import type Database from 'better-sqlite3';
import { openDatabase } from './db';
import type { ConversationRow, Store, StoredSpecRow } from './store';

interface Row {
  id: string;
  share_id: string;
  owner: string | null;
  title: string;
  messages: string;
  created_at: number;
  updated_at: number;
}

const fromRow = (row: Row | undefined): ConversationRow | undefined =>
  row && { id: row.id, shareId: row.share_id, owner: row.owner, title: row.title, messages: row.messages, createdAt: row.created_at, updatedAt: row.updated_at };

/**
 * The embedded default: one SQLite file (better-sqlite3, WAL), opened on first use and migrated
 * (lib/store/db.ts). Its calls are synchronous underneath; the interface is async for PostgreSQL.
 */
export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  private connection: Database.Database | undefined;

  constructor(readonly file: string) {}

  /** The open database (opened and migrated on first use). */
  get db(): Database.Database {
    this.connection ??= openDatabase(this.file);
    return this.connection;
  }

  async saveSpec(row: StoredSpecRow): Promise<void> {
    this.db
      .prepare('insert into specs (id, kind, spec, spec_version, created_at) values (?, ?, ?, ?, ?) on conflict (id) do update set created_at = excluded.created_at')
      .run(row.id, row.kind, row.spec, row.specVersion, row.createdAt);
  }

  async loadSpec(id: string): Promise<string | undefined> {
    return (this.db.prepare('select spec from specs where id = ?').get(id) as { spec: string } | undefined)?.spec;
  }

  async saveConversation(row: ConversationRow & { owner: string }): Promise<boolean> {
    const result = this.db
      .prepare(
        `insert into conversations (id, share_id, owner, title, messages, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)
         on conflict (id) do update set title = excluded.title, messages = excluded.messages, updated_at = excluded.updated_at
         where conversations.owner = excluded.owner`,
      )
      .run(row.id, row.shareId, row.owner, row.title, row.messages, row.createdAt, row.updatedAt);
    return result.changes > 0;
  }

  async loadConversation(id: string, owner: string): Promise<ConversationRow | undefined> {
    return fromRow(this.db.prepare('select * from conversations where id = ? and owner = ?').get(id, owner) as Row | undefined);
  }

  async loadSharedConversation(shareId: string): Promise<ConversationRow | undefined> {
    return fromRow(this.db.prepare('select * from conversations where share_id = ?').get(shareId) as Row | undefined);
  }

  async listConversations(owner: string, limit: number): Promise<Pick<ConversationRow, 'id' | 'title' | 'updatedAt'>[]> {
    const rows = this.db
      .prepare('select id, title, updated_at from conversations where owner = ? order by updated_at desc, rowid desc limit ?')
      .all(owner, limit) as Pick<Row, 'id' | 'title' | 'updated_at'>[];
    return rows.map((row) => ({ id: row.id, title: row.title, updatedAt: row.updated_at }));
  }

  async deleteConversation(id: string, owner: string): Promise<boolean> {
    return this.db.prepare('delete from conversations where id = ? and owner = ?').run(id, owner).changes > 0;
  }

  async purgeBefore(cutoff: number): Promise<{ conversations: number; specs: number }> {
    const conversations = this.db.prepare('delete from conversations where updated_at < ?').run(cutoff).changes;
    const specs = this.db.prepare('delete from specs where created_at < ?').run(cutoff).changes;
    return { conversations, specs };
  }

  async ping(): Promise<void> {
    this.db.prepare('select 1').get();
  }

  async close(): Promise<void> {
    this.connection?.close();
    this.connection = undefined;
  }
}
