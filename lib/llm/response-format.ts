import type { z } from 'zod';
import { compactSchema, compactSchemaOf, shareRepeats, withoutDescriptions } from './compact-schema';
import { patchReplySchema } from './patch';
import type { ProviderQuirks } from './providers';
import { adaptSchema } from './quirks';

type Schema = Record<string, unknown>;

const memo = new Map<string, Schema>();

function remembered(key: string, make: () => Schema): Schema {
  let schema = memo.get(key);
  if (!schema) {
    schema = make();
    memo.set(key, schema);
  }
  return schema;
}

/**
 * The response format for a spec of one kind: its compact schema without descriptions (the
 * prompt carries them, as TypeScript-like text), adapted to the provider, repeats shared once.
 * Identical bytes for every call of the kind, so it is part of the cacheable prefix.
 */
export function specResponseSchema(kind: string, schema: z.ZodType, quirks: ProviderQuirks): Schema {
  return remembered(`spec:${kind}:${JSON.stringify(quirks)}`, () => shareRepeats(adaptSchema(withoutDescriptions(compactSchemaOf(schema)) as Schema, quirks)));
}

/** The response format for an edit or a repair: `{ patch: [operations] }`. */
export function patchResponseSchema(quirks: ProviderQuirks): Schema {
  return remembered(`patch:${JSON.stringify(quirks)}`, () => adaptSchema(compactSchema(patchReplySchema), quirks));
}
