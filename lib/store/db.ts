import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

/** SQLite's schema migrations (lib/store/postgres.ts keeps PostgreSQL's), applied in order; the index + 1 is the stored `user_version`. */
export const MIGRATIONS = [
  `create table specs (
     id text primary key,
     kind text not null,
     spec text not null,
     spec_version integer not null,
     created_at integer not null
   )`,
  `create table conversations (
     id text primary key,
     share_id text not null unique,
     title text not null,
     messages text not null,
     created_at integer not null,
     updated_at integer not null
   );
   create index conversations_by_update on conversations (updated_at desc)`,
  // Who made it (lib/http/owner.ts ownerKey). Rows from before stay null: reachable only by share link.
  `alter table conversations add column owner text;
   create index conversations_by_owner on conversations (owner, updated_at desc)`,
];

/** Opens a SQLite file (or ":memory:") and applies the migrations it has not had yet. */
export function openDatabase(file: string): Database.Database {
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  const current = Number(db.pragma('user_version', { simple: true }));
  const apply = db.transaction(() => {
    MIGRATIONS.slice(current).forEach((sql) => db.exec(sql));
    db.pragma(`user_version = ${MIGRATIONS.length}`);
  });
  apply();
  return db;
}
