import { z } from 'zod';
import { MAX_VISUAL_VERSIONS } from '@/lib/limits';
import type { VisualOutput } from './chat-message';
import { applySpecPatch, diffSpecs, patchOperationSchema, type PatchOperation } from './patch';

/** The label a version keeps of the follow-up that made it (characters). */
const PROMPT_LABEL_CHARS = 120;

/**
 * One version of a chat visual, stored compactly inside the conversation's messages: the visual's
 * `spec` is the shown version whole, and each version keeps only the JSON Patches (RFC 6902) that
 * lead to it from the version before (`patch`) and back (`revert`). Any version is rebuilt by
 * walking from the shown one: reverts going back, patches going forward. The first version has
 * neither.
 */
export const visualVersionSchema = z
  .object({
    source: z.enum(['model', 'offline', 'edit']).describe('Who made it: the model, the offline planner, or a hand edit in the spec editor'),
    as: z.enum(['patch', 'spec']).optional().describe('How a model edit arrived: a JSON Patch, or the whole spec (a patch that did not apply, or a model that wrote it whole)'),
    prompt: z.string().max(PROMPT_LABEL_CHARS).optional().describe('The follow-up that asked for it'),
    fallback: z.string().optional().describe('Why the offline planner answered instead of the model'),
    at: z.number().describe('When it was made (ms since 1970)'),
    patch: z.array(patchOperationSchema).optional().describe('From the previous version to this one'),
    revert: z.array(patchOperationSchema).optional().describe('From this version back to the previous one'),
  })
  .describe("One version of a chat answer's visual");

export type VisualVersion = z.infer<typeof visualVersionSchema>;

type Spec = VisualOutput['spec'];

export interface VersionMeta {
  source: VisualVersion['source'];
  as?: VisualVersion['as'];
  prompt?: string;
  at: number;
}

/** The versions and the shown one's index; a visual stored before versions is one version. */
export function versionsOf(visual: VisualOutput): { versions: VisualVersion[]; current: number } {
  const versions = visual.versions?.length ? visual.versions : [{ source: visual.planner, at: 0 } satisfies VisualVersion];
  const current = Math.min(Math.max(visual.current ?? versions.length - 1, 0), versions.length - 1);
  return { versions, current };
}

function applied(spec: Record<string, unknown>, operations: PatchOperation[] | undefined, index: number): Spec {
  if (!operations?.length) return spec as Spec;
  const result = applySpecPatch(spec, operations);
  // Patches are written by diffSpecs from the specs themselves: one that does not apply is a corrupt record.
  if (!result.ok) throw new Error(`version ${index + 1} does not rebuild: ${result.reason}`);
  return result.document as Spec;
}

/** Every version's spec, oldest first (the shown one is `visual.spec`). */
export function allSpecs(visual: VisualOutput): Spec[] {
  const { versions, current } = versionsOf(visual);
  const specs: Spec[] = [];
  specs[current] = visual.spec;
  for (let index = current; index > 0; index -= 1) specs[index - 1] = applied(specs[index]!, versions[index]!.revert as PatchOperation[] | undefined, index);
  for (let index = current + 1; index < versions.length; index += 1) specs[index] = applied(specs[index - 1]!, versions[index]!.patch as PatchOperation[] | undefined, index);
  return specs;
}

/** The spec of version `index` (0-based). */
export function specAt(visual: VisualOutput, index: number): Spec {
  const specs = allSpecs(visual);
  const spec = specs[index];
  if (!spec) throw new RangeError(`no version ${index + 1} (there are ${specs.length})`);
  return spec;
}

/** Versions from their specs: each patch and revert written against its neighbour. */
function linked(specs: Spec[], metas: Omit<VisualVersion, 'patch' | 'revert'>[]): VisualVersion[] {
  return metas.map((meta, index) => {
    if (index === 0) return meta;
    const before = specs[index - 1]!;
    const after = specs[index]!;
    return { ...meta, patch: stored(diffSpecs(before, after)), revert: stored(diffSpecs(after, before)) };
  });
}

/** A diff as stored: compare() writes only RFC 6902 operations (never fast-json-patch's own `_get`). */
const stored = (operations: PatchOperation[]) => operations as NonNullable<VisualVersion['patch']>;

const metaOf = ({ patch: _patch, revert: _revert, ...meta }: VisualVersion) => meta;

/**
 * The visual with `next` (rendered: its spec, URLs, size, alt) as a new last version, shown. It is
 * made from whichever version was shown, but goes at the end: history is a line, nothing is lost
 * by editing an older version. With `amend`, a hand edit replaces the last version instead when
 * that is the editor's own shown, unbranched version (one editing session is one version), and an
 * amend back to its predecessor's spec drops it. Past MAX_VISUAL_VERSIONS the oldest but the
 * first (the original answer) is dropped.
 */
export function withVersion(visual: VisualOutput, next: VisualOutput, meta: VersionMeta, amend = false): VisualOutput {
  const { versions, current } = versionsOf(visual);
  const specs = allSpecs(visual);
  const metas = versions.map(metaOf);
  const last = versions.length - 1;
  const amending = amend && last > 0 && current === last && versions[last]!.source === 'edit';
  if (amending) {
    specs.pop();
    metas.pop();
  }
  const made: Omit<VisualVersion, 'patch' | 'revert'> = { source: meta.source, at: meta.at, ...(meta.as ? { as: meta.as } : {}), ...(meta.prompt ? { prompt: meta.prompt.slice(0, PROMPT_LABEL_CHARS) } : {}), ...(next.fallback ? { fallback: next.fallback } : {}) };
  const unchanged = amending && diffSpecs(specs.at(-1)!, next.spec).length === 0;
  if (!unchanged) {
    specs.push(next.spec);
    metas.push(made);
  }
  while (specs.length > MAX_VISUAL_VERSIONS) {
    specs.splice(1, 1);
    metas.splice(1, 1);
  }
  const shown = specs.length - 1;
  // After an amend back to the predecessor, `next` is that version drawn again.
  return { ...next, spec: specs[shown]!, versions: linked(specs, metas), current: shown };
}

/** The visual showing version `index` (0-based), `rendered` being that version's spec drawn; the versions are unchanged. */
export function showVersion(visual: VisualOutput, index: number, rendered: VisualOutput): VisualOutput {
  const { versions } = versionsOf(visual);
  const { fallback: _fallback, ...drawn } = rendered;
  const fallback = versions[index]?.fallback;
  return { ...drawn, ...(fallback ? { fallback } : {}), versions: visual.versions ?? versions, current: index };
}

/** Body of PATCH /api/conversations/:id/visuals/:toolCallId: the version to show. */
export const versionChoiceSchema = z
  .object({ version: z.number().int().min(1).max(MAX_VISUAL_VERSIONS).describe('The version to show: 1 is the first') })
  .strict()
  .describe('Which version of the visual to show (undo, redo, a pick from the list)');
