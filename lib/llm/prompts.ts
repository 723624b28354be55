import { z } from 'zod';
import type { ErrorIssue } from '@/lib/errors';
import { compactSchemaOf, shareRepeats, withoutDescriptions } from './compact-schema';
import { schemaText } from './schema-text';

/** What the prompt needs of a target — the registry entries satisfy it, so nothing is hand-copied. */
export interface CatalogTarget {
  kind: string;
  description: string;
  schema: z.ZodType;
  examples: readonly { name: string; spec: unknown }[];
}

export interface PlanRequestText {
  prompt: string;
  /** Pasted data, as text (CSV, TSV, Markdown table or JSON). */
  data?: string;
  previousSpec?: unknown;
}

const jsonOf = (value: unknown) => JSON.stringify(value);

function targetSection(target: CatalogTarget): string {
  const schema = z.toJSONSchema(target.schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  delete schema.$schema;
  const example = target.examples[0];
  return [
    `## kind: "${target.kind}"`,
    target.description,
    'JSON Schema:',
    jsonOf(schema),
    ...(example ? ['Example:', jsonOf(example.spec)] : []),
  ].join('\n');
}

/**
 * Every target's description, full JSON Schema and an example, from the registry: the catalogue
 * prompt of before routing (about 12,500 tokens). plan() no longer sends it; `npm run bench`
 * builds it to print today's cost beside the routed prompt's.
 */
export function systemPrompt(targets: readonly CatalogTarget[]): string {
  const kinds = targets.map((target) => `"${target.kind}"`).join(', ');
  return [
    'You are the planner of Glimpse, a server that answers with pictures instead of text.',
    `Turn the request into ONE visual spec: a JSON object whose "kind" is one of ${kinds}, valid against that kind's JSON Schema below.`,
    'Rules:',
    '- Reply with the JSON object only: no prose, no Markdown fences.',
    '- Pick the kind that shows the answer best: numbers to compare or trends → "chart"; facts, steps, pros/cons, comparisons in words → "infographic".',
    '- Use real numbers from the request or its data; never invent precise statistics. Numbers are JSON numbers, not strings.',
    '- Keep text short: titles under 60 characters, labels under 40.',
    '- Icons are Lucide names (https://lucide.dev/icons) such as "rocket", "users", "chart-line".',
    '- Write the text in the language of the request and set "locale" (e.g. "zh-TW", "ja") when it is not English.',
    '- When a current spec is given, edit it: keep everything the request does not change, and return the complete spec.',
    '',
    ...targets.map(targetSection),
  ].join('\n');
}

const GLOBAL_RULES = [
  '- Reply with the JSON object only: no prose, no Markdown fences.',
  '- Use real numbers from the request or its data; never invent precise statistics. Numbers are JSON numbers, not strings.',
  '- Keep text short: titles under 60 characters, labels under 40.',
  '- Icons are Lucide names (https://lucide.dev/icons) such as "rocket", "users", "chart-line".',
  '- Write the text in the language of the request and set "locale" (e.g. "zh-TW", "ja") when it is not English.',
];

/** A reply in patch form, as the prompts describe it. */
export const PATCH_SHAPE = 'a JSON Patch (RFC 6902) as {"patch":[{"op":"replace","path":"/theme/mode","value":"dark"}]}';

/** The kind's type as the prompt shows it: TypeScript-like text of the compact schema, with descriptions or without (edits). */
function kindType(target: CatalogTarget, described: boolean): string {
  const compact = compactSchemaOf(target.schema);
  // Named types stay named: in TypeScript-like text a name is cheaper than its definition even where a JSON $ref is not.
  return schemaText(described ? compact : shareRepeats(withoutDescriptions(compact) as Record<string, unknown>));
}

/**
 * The system prompt for one kind, chosen before the call (route.ts): rules, the kind's
 * description, its type and an example — nothing that varies between requests, so the bytes are
 * identical for every request of the kind and providers' prompt caches hit.
 */
export function kindPrompt(target: CatalogTarget): string {
  const example = target.examples[0];
  return [
    'You are the planner of Glimpse, a server that answers with pictures instead of text.',
    `Turn the request into ONE "${target.kind}" visual spec: a JSON object of the type below.`,
    'Rules:',
    ...GLOBAL_RULES,
    '',
    `## kind: "${target.kind}"`,
    target.description,
    'Type (TypeScript notation; "?" marks an optional field):',
    kindType(target, true),
    ...(example ? ['Example:', jsonOf(example.spec)] : []),
  ].join('\n');
}

/**
 * The system prompt for editing a spec of one kind: patch rules and the kind's bare type (the
 * current spec in the user turn shows the rest). Stable per kind, like kindPrompt.
 */
export function editPrompt(target: CatalogTarget): string {
  return [
    'You are the editor of Glimpse, a server that answers with pictures instead of text.',
    `The user turn holds a current "${target.kind}" spec and a request. Reply with ${PATCH_SHAPE} that makes the change.`,
    'Rules:',
    '- Reply with the JSON object only. Change only what the request asks; keep everything else.',
    '- Paths are JSON Pointers into the current spec: /data/2/value, /sections/0/items/1; "/data/-" appends.',
    '- "add" a field the spec lacks (e.g. /theme); "replace" needs the field to exist.',
    '- The result must stay valid against the type below. Numbers are JSON numbers.',
    '- When the request rewrites most of the spec, reply with the complete spec instead of a patch.',
    '',
    `## kind: "${target.kind}"`,
    kindType(target, false),
  ].join('\n');
}

/** The user turn: the request, pasted data and the spec being edited — everything that varies, after the stable system prompt. */
export function userPrompt(request: PlanRequestText): string {
  const parts = [request.prompt.trim()];
  if (request.data) parts.push(`Data:\n${request.data.trim()}`);
  if (request.previousSpec !== undefined) parts.push(`Current spec (edit it):\n${jsonOf(request.previousSpec)}`);
  return parts.join('\n\n');
}

/** What a repair asks for: a JSON Patch fixing only the named problems, or the whole spec again. */
export type RepairAsk = 'patch' | 'spec';

/** Sent back after an invalid reply: every problem with its path, then a request for the fix only (a patch) or for the whole spec. */
export function repairPrompt(issues: ErrorIssue[], reason?: string, ask: RepairAsk = 'patch'): string {
  const lines = issues.slice(0, 20).map((issue) => `- ${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`);
  const request = ask === 'patch' ? `Reply with only the fix: ${PATCH_SHAPE}, applied to your last reply.` : 'Return the corrected, complete JSON spec only.';
  return [reason ?? 'That spec is not valid:', ...lines, request].join('\n');
}
