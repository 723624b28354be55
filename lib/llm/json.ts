import { parsePartialJson } from 'ai';

export type Salvaged = { ok: true; value: unknown; repaired: boolean } | { ok: false; reason: string };

/**
 * Model text → JSON value, never throwing: strips code fences and chatter around the object, and
 * closes truncated JSON (a reply cut off by max tokens) the way the AI SDK's partial parser does.
 */
export async function salvageJson(text: string): Promise<Salvaged> {
  const start = text.indexOf('{');
  if (start === -1) return { ok: false, reason: 'the reply contains no JSON object' };
  const end = text.lastIndexOf('}');
  const candidates = [end > start ? text.slice(start, end + 1) : undefined, text.slice(start)].filter((candidate): candidate is string => Boolean(candidate));
  for (const candidate of candidates) {
    const parsed = await parsePartialJson(candidate);
    if (parsed.state === 'successful-parse' && isObject(parsed.value)) return { ok: true, value: parsed.value, repaired: false };
    if (parsed.state === 'repaired-parse' && isObject(parsed.value)) return { ok: true, value: parsed.value, repaired: true };
  }
  return { ok: false, reason: 'the reply is not valid JSON' };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Harmless fixes before calling a reply invalid: numeric strings where numbers belong ("42" →
 * 42, "1,200" → 1200, "35%" → 35 for percent fields). Returns a copy; only paths named by the
 * validator's "expected number" issues are touched.
 */
export function coerceNumbers(value: unknown, paths: (string | number)[][]): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  for (const path of paths) {
    const parent = path.slice(0, -1).reduce<unknown>((node, key) => (isObject(node) || Array.isArray(node) ? (node as Record<string | number, unknown>)[key] : undefined), copy);
    const key = path.at(-1);
    if (key === undefined || !(isObject(parent) || Array.isArray(parent))) continue;
    const current = (parent as Record<string | number, unknown>)[key];
    if (typeof current !== 'string') continue;
    const number = Number(current.replace(/[,\s]/g, '').replace(/%$/, ''));
    if (current.trim() !== '' && Number.isFinite(number)) (parent as Record<string | number, unknown>)[key] = number;
  }
  return copy;
}

/** A copy without the object properties at `paths` whose value is null (array items stay: removing one would shift the rest). */
export function dropNulls(value: unknown, paths: (string | number)[][]): unknown {
  if (paths.length === 0) return value;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  for (const path of paths) {
    const parent = path.slice(0, -1).reduce<unknown>((node, key) => (isObject(node) || Array.isArray(node) ? (node as Record<string | number, unknown>)[key] : undefined), copy);
    const key = path.at(-1);
    if (key !== undefined && isObject(parent) && parent[key] === null) delete parent[key];
  }
  return copy;
}

/** A copy without null-valued object properties, at any depth (array items stay): how a strict reply's absent fields become absent again. */
export function withoutNullProperties(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNullProperties);
  if (!isObject(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([, child]) => child !== null).map(([key, child]) => [key, withoutNullProperties(child)]));
}
