import { z } from 'zod';
import { compactSchema, compactSchemaOf, inlineRefs, shareRepeats, withoutDescriptions } from './compact-schema';
import { patchReplySchema } from './patch';
import type { ProviderQuirks } from './providers';
import { adaptSchema, strictSchema } from './quirks';

type Schema = Record<string, unknown>;

/** A response format as sent: the schema, and for providers with a strict mode whether it is on. */
export interface ResponseFormat {
  schema: Schema;
  /** `true`: the reply is held to the schema exactly (optional fields arrive as null); `false`: the schema guides. Unset for providers without the switch. */
  strict?: boolean;
}

const memo = new Map<string, ResponseFormat>();

function remembered(key: string, make: () => ResponseFormat): ResponseFormat {
  let format = memo.get(key);
  if (!format) {
    format = make();
    memo.set(key, format);
  }
  return format;
}

function forProvider(schema: Schema, quirks: ProviderQuirks): ResponseFormat {
  const adapted = shareRepeats(adaptSchema(inlineRefs(schema), quirks));
  if (!quirks.strictSchemas) return { schema: adapted };
  const strict = strictSchema(adapted);
  return strict ? { schema: shareRepeats(inlineRefs(strict)), strict: true } : { schema: adapted, strict: false };
}

/**
 * The response format for a spec of one kind: its compact schema without descriptions (the
 * prompt carries them, as TypeScript-like text), adapted to the provider, repeats shared once.
 * Identical bytes for every call of the kind, so it is part of the cacheable prefix.
 */
export function specResponseFormat(kind: string, schema: z.ZodType, quirks: ProviderQuirks): ResponseFormat {
  return remembered(`spec:${kind}:${JSON.stringify(quirks)}`, () => forProvider(withoutDescriptions(compactSchemaOf(schema)) as Schema, quirks));
}

/** The response format for an edit or a repair: `{ patch: [operations] }` (a patch value is any JSON, so never strict). */
export function patchResponseFormat(quirks: ProviderQuirks): ResponseFormat {
  return remembered(`patch:${JSON.stringify(quirks)}`, () => forProvider(compactSchema(patchReplySchema), quirks));
}

/** Any other zod schema as a response format for the provider (the chat's router call). */
export function responseFormatOf(schema: z.ZodType, quirks: ProviderQuirks): ResponseFormat {
  return forProvider(z.toJSONSchema(schema, { io: 'input' }) as Schema, quirks);
}
