import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSpec } from '@/lib/spec/visual';
import { rejectedGlimpseError } from '@/lib/testing/errors';
import { startPostgres, type PostgresServer } from '@/lib/testing/postgres';
import { PG_MIGRATIONS, PostgresStore } from './postgres';
import { specId } from './specs';

// What only PostgreSQL has: several nodes migrating one database at once, and a database that
// goes away and comes back while the nodes keep running. The shared rules are in the store suite.
let server: PostgresServer;
const stores: PostgresStore[] = [];
const open = (url: string) => {
  const store = new PostgresStore(url, 4);
  stores.push(store);
  return store;
};
const spec = parseSpec({ kind: 'infographic', title: 'Outage', sections: [{ type: 'text', text: 'x' }] });
const row = { id: specId(spec), kind: spec.kind, spec: JSON.stringify(spec), specVersion: 1, createdAt: 1 };

beforeAll(async () => {
  server = await startPostgres();
});
afterAll(async () => {
  await Promise.all(stores.map((store) => store.close()));
  await server?.stop();
});

describe('PostgresStore', () => {
  it('nodes starting together on an empty database migrate it once (an advisory lock orders them)', async () => {
    const url = await server.createDatabase('migrate_race');
    const nodes = Array.from({ length: 4 }, () => open(url));
    await Promise.all(nodes.map((node) => node.ping()));
    const { rows } = await nodes[0]!.pool.query<{ version: number }>('select version from glimpse_migrations order by version');
    expect(rows.map((entry) => entry.version)).toEqual(PG_MIGRATIONS.map((_, index) => index + 1));
    // A node started later applies nothing twice.
    await open(url).ping();
    expect((await nodes[0]!.pool.query('select count(*)::int as n from glimpse_migrations')).rows[0]).toEqual({ n: PG_MIGRATIONS.length });
  });

  it('a lost database is a quick 503 store_unavailable with Retry-After, and the same store works again when it is back', async () => {
    const store = open(await server.createDatabase('outage'));
    await store.saveSpec(row);
    await server.halt();
    try {
      const started = Date.now();
      const error = await rejectedGlimpseError(store.loadSpec(row.id));
      expect(error.code).toBe('store_unavailable');
      expect(error.retryAfterSeconds).toBeGreaterThan(0);
      expect(error.issues).toEqual([{ path: ['store'], message: 'unreachable' }]);
      expect(Date.now() - started).toBeLessThan(5000);
      expect((await rejectedGlimpseError(store.ping())).code).toBe('store_unavailable');
    } finally {
      await server.start();
    }
    expect(await store.loadSpec(row.id)).toBe(row.spec);
  });

  it('a query that is wrong is ours to fix (not a 503)', async () => {
    const store = open(await server.createDatabase('wrong_query'));
    await store.ping();
    const error = await store.pool.query('select * from no_such_table').catch((caught: unknown) => caught);
    const { storeError } = await import('./postgres');
    expect((storeError(error) as { code?: string }).code).toBe('42P01');
  });
});
