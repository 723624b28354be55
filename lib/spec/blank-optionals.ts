import type { z } from 'zod';

/**
 * `""` in an optional field means "absent": models under constrained decoding often fill every
 * property, writing empty strings for the ones they mean to leave out. This walks the input beside
 * the schema and drops those properties (only where the schema says the field is optional or has a
 * default), so `"subtitle": ""` is no subtitle rather than a refused visual. Data is never touched:
 * records (chart rows, Vega-Lite) and array items keep their empty strings.
 */

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  discriminator?: string;
  in?: z.ZodType;
  getter?: () => z.ZodType;
  values?: unknown[];
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Through wrappers that don't change the value's shape. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let depth = 0; depth < 16; depth += 1) {
    const def = defOf(current);
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault' || def.type === 'readonly' || def.type === 'catch') && def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else if (def.type === 'lazy' && def.getter) current = def.getter();
    else return current;
  }
  return current;
}

const isOptional = (schema: z.ZodType) => {
  const type = defOf(schema).type;
  return type === 'optional' || type === 'default' || type === 'prefault';
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The literal values of a discriminator field's schema. */
function literalValues(schema: z.ZodType | undefined): unknown[] {
  if (!schema) return [];
  const def = defOf(unwrap(schema));
  return def.type === 'literal' ? (def.values ?? []) : [];
}

function optionFor(def: Def, value: Record<string, unknown>): z.ZodType | undefined {
  const options = def.options ?? [];
  if (def.discriminator) {
    const key = def.discriminator;
    const matches = (option: z.ZodType): boolean => {
      const inner = defOf(unwrap(option));
      if (inner.type === 'union') return (inner.options ?? []).some(matches);
      return inner.shape !== undefined && Object.hasOwn(inner.shape, key) && literalValues(inner.shape[key]).includes(value[key]);
    };
    return options.find(matches);
  }
  return options.find((option) => defOf(unwrap(option)).type === 'object' || defOf(unwrap(option)).type === 'union');
}

export function dropBlankOptionals(schema: z.ZodType, value: unknown, depth = 0): unknown {
  if (depth > 64) return value;
  const inner = unwrap(schema);
  const def = defOf(inner);
  if (def.type === 'array' && def.element && Array.isArray(value)) {
    let changed = false;
    const items = value.map((item) => {
      const next = dropBlankOptionals(def.element!, item, depth + 1);
      if (next !== item) changed = true;
      return next;
    });
    return changed ? items : value;
  }
  if (def.type === 'union' && isRecord(value)) {
    const option = optionFor(def, value);
    return option ? dropBlankOptionals(option, value, depth + 1) : value;
  }
  if (def.type !== 'object' || !def.shape || !isRecord(value)) return value;
  let result: Record<string, unknown> | undefined;
  for (const [key, field] of Object.entries(value)) {
    // Own keys only: a "__proto__" key in the input must not find Object.prototype on the shape.
    if (!Object.hasOwn(def.shape, key)) continue;
    const fieldSchema = def.shape[key]!;
    if (field === '' && isOptional(fieldSchema)) {
      result ??= { ...value };
      delete result[key];
      continue;
    }
    const next = dropBlankOptionals(fieldSchema, field, depth + 1);
    if (next !== field) {
      result ??= { ...value };
      result[key] = next;
    }
  }
  return result ?? value;
}
