import type { z } from 'zod';
import { toJsonSchema } from '@/lib/spec/json-schema';

type Schema = Record<string, unknown>;

/** Keywords a model gains nothing from: defaults apply anyway, `minLength: 1` is what "a string" means here. */
const NOISE = new Set(['$schema', 'default', 'title', 'examples']);

/** A description past this many characters is cut at its first aside (" (", "; ", " — "): the gist stays, the detail is in the rules. */
export const MAX_DESCRIPTION_CHARS = 90;

/** A subschema repeated this often, and this long as JSON, moves into `$defs` once. */
const MIN_REPEATS = 2;
const MIN_SHARED_CHARS = 60;

/**
 * A kind's schema as the model gets it: derived from zod (never hand-copied; `toJsonSchema`, so a
 * kind's forms are `anyOf` branches), without `$schema`,
 * defaults or `minLength: 1`, descriptions cut to their gist, and every subschema repeated in the
 * kind stated once under `$defs` and referenced. Deterministic: the same zod schema gives the same
 * bytes, so the prompt prefix that carries it is cacheable.
 */
export function compactSchema(schema: z.ZodType): Schema {
  const full = toJsonSchema(schema);
  return shareRepeats(trim(collapseEmbeddedSpecs(full)) as Schema);
}

/** The `kind` a subschema is a whole spec of (its `kind` property is a constant), or the kinds of a union of such specs. */
function specKinds(node: unknown): string[] | undefined {
  if (!node || typeof node !== 'object') return undefined;
  const schema = node as Schema;
  const kind = ((schema.properties as Record<string, Schema> | undefined)?.kind as Schema | undefined)?.const;
  if (typeof kind === 'string') return [kind];
  const union = (schema.anyOf ?? schema.oneOf) as unknown[] | undefined;
  if (!Array.isArray(union) || union.length === 0) return undefined;
  const kinds = union.map(specKinds);
  return kinds.every((entry) => entry) ? [...new Set(kinds.flat() as string[])] : undefined;
}

/**
 * A whole spec of another kind inside this one (a slide's embedded chart or whiteboard) becomes
 * an object named by its kinds: its full schema belongs to that kind's prompt (it tripled the deck
 * prompt), zod still checks every field of it, and a repair names any problem by its path.
 */
export function collapseEmbeddedSpecs(root: Schema): Schema {
  const visit = (node: unknown, isRoot: boolean): unknown => {
    if (Array.isArray(node)) return node.map((item) => visit(item, false));
    if (!node || typeof node !== 'object') return node;
    const kinds = isRoot ? undefined : specKinds(node);
    if (kinds) {
      const description = (node as Schema).description;
      return { type: 'object', description: typeof description === 'string' ? description : `A ${kinds.map((kind) => `"${kind}"`).join(' or ')} visual spec` };
    }
    // The root's own forms (chart: compact | Vega-Lite) are this kind, not an embedded one.
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, isRoot && (key === 'anyOf' || key === 'oneOf') && Array.isArray(value) ? value.map((branch) => visit(branch, true)) : visit(value, false)]));
  };
  return visit(root, true) as Schema;
}

const cache = new WeakMap<z.ZodType, Schema>();

/** `compactSchema`, computed once per zod schema. */
export function compactSchemaOf(schema: z.ZodType): Schema {
  let compact = cache.get(schema);
  if (!compact) {
    compact = compactSchema(schema);
    cache.set(schema, compact);
  }
  return compact;
}

/** The same schema with every description removed: the shape alone, for a response format when the prompt already carries the words. */
export function withoutDescriptions(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withoutDescriptions);
  if (!schema || typeof schema !== 'object') return schema;
  const result: Schema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'description') continue;
    result[key] = key === 'properties' || key === '$defs' ? mapValues(value as Schema, withoutDescriptions) : withoutDescriptions(value);
  }
  return result;
}

/**
 * Every `$ref` replaced by its definition (the schemas here are not recursive): after a transform
 * that shrinks definitions (no descriptions, no validation keywords) `shareRepeats` decides again
 * what is worth sharing.
 */
export function inlineRefs(schema: Schema): Schema {
  const { $defs, ...root } = schema;
  const defs = ($defs as Record<string, unknown> | undefined) ?? {};
  const resolve = (node: unknown, depth: number): unknown => {
    if (depth > 32) throw new Error('inlineRefs: the schema refers to itself');
    if (Array.isArray(node)) return node.map((item) => resolve(item, depth));
    if (!node || typeof node !== 'object') return node;
    const reference = (node as Schema).$ref;
    if (typeof reference === 'string' && reference.startsWith('#/$defs/')) {
      const { $ref: _ref, ...siblings } = node as Schema;
      const target = resolve(defs[reference.slice('#/$defs/'.length)], depth + 1) as Schema;
      return Object.keys(siblings).length ? { ...target, ...(resolve(siblings, depth) as Schema) } : target;
    }
    return mapValues(node as Schema, (value) => resolve(value, depth));
  };
  return resolve(root, 0) as Schema;
}

export function shortDescription(text: string): string {
  if (text.length <= MAX_DESCRIPTION_CHARS) return text;
  const cuts = [' (', '; ', ' — '].map((mark) => text.indexOf(mark)).filter((index) => index > 12);
  const cut = Math.min(...cuts);
  return Number.isFinite(cut) ? text.slice(0, cut) : text;
}

function trim(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(trim);
  if (!node || typeof node !== 'object') return node;
  const result: Schema = {};
  for (const [key, value] of Object.entries(node)) {
    if (NOISE.has(key)) continue;
    if (key === 'minLength' && value === 1) continue;
    if (key === 'description' && typeof value === 'string') result[key] = shortDescription(value);
    else result[key] = key === 'properties' ? mapValues(value as Schema, trim) : trim(value);
  }
  return result;
}

/** Greedy: the repeated subschema that saves the most characters goes to `$defs` (kept with those already there), until none saves any. */
export function shareRepeats(schema: Schema): Schema {
  const { $defs: existing, ...root } = schema;
  const defs: Schema = { ...(existing as Schema | undefined) };
  let current: Schema = root;
  for (let round = 0; round < 200; round += 1) {
    const best = mostRepeated(current, defs);
    if (!best) break;
    const name = uniqueName(best.name, defs);
    defs[name] = JSON.parse(best.json) as unknown;
    current = replace(current, best.json, name) as Schema;
    for (const key of Object.keys(defs)) if (key !== name) defs[key] = replace(defs[key], best.json, name);
  }
  return Object.keys(defs).length ? { ...current, $defs: defs } : current;
}

function mostRepeated(root: Schema, defs: Schema): { json: string; name: string } | undefined {
  const seen = new Map<string, { count: number; name: string }>();
  const visit = (node: unknown, name: string, isSchema: boolean) => {
    if (Array.isArray(node)) {
      node.forEach((item) => visit(item, name, isSchema));
      return;
    }
    if (!node || typeof node !== 'object') return;
    if (isSchema && !('$ref' in node)) {
      const json = JSON.stringify(node);
      const entry = seen.get(json);
      if (entry) entry.count += 1;
      else seen.set(json, { count: 1, name });
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === 'properties' || key === '$defs') for (const [property, child] of Object.entries(value as Schema)) visit(child, property, true);
      else if (key === 'items' || key === 'additionalProperties' || key === 'not') visit(value, name, true);
      else if (key === 'anyOf' || key === 'oneOf' || key === 'allOf' || key === 'prefixItems') visit(value, name, true);
    }
  };
  visit(root, 'root', false);
  for (const definition of Object.values(defs)) visit(definition, 'def', false);
  let best: { json: string; name: string; saved: number } | undefined;
  for (const [json, { count, name }] of seen) {
    if (count < MIN_REPEATS || json.length < MIN_SHARED_CHARS) continue;
    const saved = (json.length - refLength(name)) * count - json.length;
    if (saved > 0 && (!best || saved > best.saved)) best = { json, name, saved };
  }
  return best;
}

const refLength = (name: string) => `{"$ref":"#/$defs/${name}"}`.length;

function uniqueName(base: string, defs: Schema): string {
  const clean = base.replace(/[^A-Za-z0-9_]/g, '_') || 'shared';
  if (!(clean in defs)) return clean;
  for (let index = 2; ; index += 1) if (!(`${clean}${index}` in defs)) return `${clean}${index}`;
}

function replace(node: unknown, json: string, name: string): unknown {
  if (Array.isArray(node)) return node.map((item) => replace(item, json, name));
  if (!node || typeof node !== 'object') return node;
  if (JSON.stringify(node) === json) return { $ref: `#/$defs/${name}` };
  return mapValues(node as Schema, (value) => replace(value, json, name));
}

function mapValues(object: Schema, map: (value: unknown) => unknown): Schema {
  return Object.fromEntries(Object.entries(object).map(([key, value]) => [key, map(value)]));
}
