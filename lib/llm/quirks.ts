import type { ProviderQuirks } from './providers';

type Schema = Record<string, unknown>;

const VALIDATION_KEYWORDS = ['minItems', 'maxItems', 'minLength', 'maxLength', 'pattern', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'format', 'multipleOf'];

/**
 * A JSON Schema the provider accepts. Validation keywords it rejects are dropped (our zod schema
 * still enforces them after the reply, and the repair loop reports them back); unions become the
 * first branch's shape with a note, for providers that reject anyOf/oneOf.
 */
export function adaptSchema(schema: Schema, quirks: ProviderQuirks): Schema {
  return walk(schema, quirks) as Schema;
}

function walk(node: unknown, quirks: ProviderQuirks): unknown {
  if (Array.isArray(node)) return node.map((item) => walk(item, quirks));
  if (!node || typeof node !== 'object') return node;
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (quirks.dropsValidationKeywords && VALIDATION_KEYWORDS.includes(key)) continue;
    if (key === '$schema') continue;
    result[key] = walk(value, quirks);
  }
  if (quirks.rejectsUnions) {
    const union = (result.anyOf ?? result.oneOf) as unknown[] | undefined;
    if (Array.isArray(union)) {
      delete result.anyOf;
      delete result.oneOf;
      // Keep the property open: the prompt carries the full schema text, zod checks the reply.
      return { ...result, type: 'object', description: `${String(result.description ?? '')} (one of ${union.length} shapes; see the schema in the instructions)`.trim() };
    }
  }
  return result;
}

/**
 * The schema as OpenAI's strict mode takes it, or undefined when it cannot be: every object
 * closed with all its properties required (optional ones become `T | null`; plan() drops the
 * nulls again before zod sees the reply), `oneOf` as `anyOf`. Open records (`{[key]: T}`) and
 * `any` have no strict form.
 */
export function strictSchema(schema: Schema): Schema | undefined {
  // The root must be one object: a kind whose forms are `anyOf` branches at the top has no strict form.
  if (schema.type !== 'object') return undefined;
  return strictNode(schema) as Schema | undefined;
}

function strictNode(node: unknown): unknown {
  if (Array.isArray(node)) {
    const items = node.map(strictNode);
    return items.includes(undefined) ? undefined : items;
  }
  if (!node || typeof node !== 'object') return node;
  const schema = node as Schema;
  const result: Schema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'properties' || key === '$defs') {
      const entries = Object.entries(value as Schema).map(([name, child]) => [name, strictNode(child)] as const);
      if (entries.some(([, child]) => child === undefined)) return undefined;
      result[key] = Object.fromEntries(entries);
    } else if (key === 'additionalProperties') {
      if (value !== false) return undefined;
    } else {
      const adapted = strictNode(value);
      if (adapted === undefined && value !== undefined) return undefined;
      result[key === 'oneOf' ? 'anyOf' : key] = adapted;
    }
  }
  const isSchemaShaped = ['type', '$ref', 'anyOf', 'const', 'enum'].some((keyword) => keyword in result);
  if (!isSchemaShaped && !('$defs' in result)) return undefined;
  if (result.type !== 'object') return result;
  if (!result.properties) return undefined;
  const properties = result.properties as Record<string, Schema>;
  const required = new Set((result.required as string[] | undefined) ?? []);
  for (const [name, property] of Object.entries(properties)) {
    if (!required.has(name)) properties[name] = nullable(property);
  }
  return { ...result, required: Object.keys(properties), additionalProperties: false };
}

function nullable(schema: Schema): Schema {
  // The short form where there is one: a typed leaf takes "null" into its type (and an enum into its values).
  if (typeof schema.type === 'string' && schema.type !== 'object' && schema.type !== 'array' && !('const' in schema)) {
    return { ...schema, type: [schema.type, 'null'], ...(Array.isArray(schema.enum) ? { enum: [...(schema.enum as unknown[]), null] } : {}) };
  }
  const { description, ...rest } = schema;
  const branches = Array.isArray(rest.anyOf) && Object.keys(rest).length === 1 ? (rest.anyOf as Schema[]) : [rest];
  return { anyOf: [...branches, { type: 'null' }], ...(description ? { description } : {}) };
}
