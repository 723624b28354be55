import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS, openDatabase } from './db';

const folder = mkdtempSync(path.join(tmpdir(), 'glimpse-db-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('migrations', () => {
  it('a database from before owners keeps its conversations, each with no owner', () => {
    const file = path.join(folder, 'before-owners.db');
    const old = new Database(file);
    MIGRATIONS.slice(0, 2).forEach((sql) => old.exec(sql));
    old.pragma('user_version = 2');
    old.prepare("insert into conversations (id, share_id, title, messages, created_at, updated_at) values ('conversation-1', 'share-000001', 't', '[]', 1, 1)").run();
    old.close();

    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.prepare("select id, share_id, owner from conversations where id = 'conversation-1'").get()).toEqual({ id: 'conversation-1', share_id: 'share-000001', owner: null });
    db.close();
    // Opening again applies nothing twice.
    openDatabase(file).close();
  });
});
