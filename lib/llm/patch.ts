import jsonPatch, { type Operation } from 'fast-json-patch';
import { z } from 'zod';
import { MAX_PATCH_OPERATIONS } from '@/lib/limits';

export type { Operation as PatchOperation } from 'fast-json-patch';

const pointer = z.string().max(1000).describe('JSON Pointer, e.g. /theme/mode; /data/- appends');

/** One RFC 6902 operation, as the model writes it. */
export const patchOperationSchema = z
  .object({
    op: z.enum(['add', 'remove', 'replace', 'move', 'copy', 'test']),
    path: pointer,
    value: z.unknown().optional().describe('For add, replace and test'),
    from: pointer.optional().describe('For move and copy'),
  })
  .strict();

/** What an edit (or a repair) asks the model for: the operations that turn the current spec into the wanted one. */
export const patchReplySchema = z
  .object({ patch: z.array(patchOperationSchema).min(1).max(MAX_PATCH_OPERATIONS).describe('Applied in order') })
  .strict()
  .describe('A JSON Patch (RFC 6902) against the current spec');

export type PatchReply = z.infer<typeof patchReplySchema>;

/** A reply in patch form (and not a whole spec that happens to carry a "patch" field). */
export function asPatchReply(value: unknown): PatchReply | undefined {
  if (!value || typeof value !== 'object' || 'kind' in value) return undefined;
  const parsed = patchReplySchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

export type Patched = { ok: true; document: Record<string, unknown>; operations: Operation[] } | { ok: false; reason: string };

/**
 * Applies a patch to a copy of `document`, never throwing: an operation whose path does not
 * resolve, a failed `test` or a change of `__proto__` is a reason, so the caller can ask for
 * the whole spec instead.
 */
export function applySpecPatch(document: Record<string, unknown>, written: PatchReply['patch'] | Operation[]): Patched {
  // fast-json-patch checks each operation's shape itself (validateOperation): an "add" without a value is a reason, not a crash.
  const operations = written as Operation[];
  // fast-json-patch refuses these with a TypeError of its own (banPrototypeModifications); say so before it has to.
  const banned = operations.find((operation) => [operation.path, 'from' in operation ? operation.from : ''].some((path) => /(?:^|\/)(?:__proto__|constructor|prototype)(?:\/|$)/.test(path)));
  if (banned) return { ok: false, reason: `a patch may not touch __proto__, constructor or prototype (${banned.path})` };
  try {
    const result = jsonPatch.applyPatch(structuredClone(document), operations, true, true, true).newDocument;
    if (!result || typeof result !== 'object' || Array.isArray(result)) return { ok: false, reason: 'the patch replaced the whole spec with something that is not an object' };
    return { ok: true, document: result as Record<string, unknown>, operations };
  } catch (error) {
    if (error instanceof jsonPatch.JsonPatchError) {
      const at = error.operation?.path === undefined ? '' : ` at ${error.operation.path}`;
      return { ok: false, reason: `${error.name}${at}: ${error.message.split('\n')[0]}` };
    }
    throw error;
  }
}

/** The patch from one document to another (what an edit changed, when it was not one clean patch). */
export function diffSpecs(from: Record<string, unknown>, to: Record<string, unknown>): Operation[] {
  return jsonPatch.compare(from, to);
}
