import { createHash } from 'node:crypto';
import { stringify } from 'safe-stable-stringify';

/** Canonical JSON: keys sorted, so equal values always hash equal. */
export function canonicalJson(value: unknown): string {
  return stringify(value) ?? 'null';
}

/** sha256 of the canonical JSON, base64url. */
export function contentHash(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('base64url');
}
