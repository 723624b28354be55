import { database } from './db';
import { contentHash } from '@/lib/hash';
import { SPEC_ID_CHARS } from '@/lib/limits';
import type { VisualSpec } from '@/lib/spec/visual';

/** Version of the stored spec format; old rows can be migrated by comparing it. */
export const SPEC_FORMAT_VERSION = 1;

/**
 * Stores a validated spec under its content hash (idempotent) and returns the id. Storing it again
 * moves its `created_at` forward, so GLIMPSE_RETENTION_DAYS counts from the latest store.
 */
export function saveSpec(spec: VisualSpec, now = Date.now()): string {
  const id = specId(spec);
  database()
    .prepare('insert into specs (id, kind, spec, spec_version, created_at) values (?, ?, ?, ?, ?) on conflict (id) do update set created_at = excluded.created_at')
    .run(id, spec.kind, JSON.stringify(spec), SPEC_FORMAT_VERSION, now);
  return id;
}

/** The id a validated spec is stored under: its content hash, so the same spec always gets the same `/i/<id>` URL. */
export function specId(spec: VisualSpec): string {
  return contentHash(spec).slice(0, SPEC_ID_CHARS);
}

/** The stored spec JSON (unvalidated: callers parse it, so schema changes surface as clear errors). */
export function loadSpec(id: string): unknown {
  const row = database().prepare('select spec from specs where id = ?').get(id) as { spec: string } | undefined;
  return row ? (JSON.parse(row.spec) as unknown) : undefined;
}

export function isSpecId(value: string): boolean {
  return value.length === SPEC_ID_CHARS && /^[A-Za-z0-9_-]+$/.test(value);
}
