import { contentHash } from '@/lib/hash';
import { SPEC_ID_CHARS } from '@/lib/limits';
import type { VisualSpec } from '@/lib/spec/visual';
import { store } from './store';

/** Version of the stored spec format; old rows can be migrated by comparing it. */
export const SPEC_FORMAT_VERSION = 1;

/**
 * Stores a validated spec under its content hash (idempotent) and returns the id. Storing it again
 * moves its `created_at` forward, so GLIMPSE_RETENTION_DAYS counts from the latest store.
 */
export async function saveSpec(spec: VisualSpec, now = Date.now()): Promise<string> {
  const id = specId(spec);
  await store().saveSpec({ id, kind: spec.kind, spec: JSON.stringify(spec), specVersion: SPEC_FORMAT_VERSION, createdAt: now });
  return id;
}

/** The id a validated spec is stored under: its content hash, so the same spec always gets the same `/i/<id>` URL. */
export function specId(spec: VisualSpec): string {
  return contentHash(spec).slice(0, SPEC_ID_CHARS);
}

/** The stored spec JSON (unvalidated: callers parse it, so schema changes surface as clear errors). */
export async function loadSpec(id: string): Promise<unknown> {
  const text = await store().loadSpec(id);
  return text === undefined ? undefined : (JSON.parse(text) as unknown);
}

export function isSpecId(value: string): boolean {
  return value.length === SPEC_ID_CHARS && /^[A-Za-z0-9_-]+$/.test(value);
}
