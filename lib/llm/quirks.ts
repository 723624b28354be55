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
