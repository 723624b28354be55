import { z } from 'zod';
import type { ErrorIssue } from '@/lib/errors';

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

/** The system prompt: rules, then every target's description, schema and an example, from the registry. */
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

/** The user turn: the request, pasted data and the spec being edited. */
export function userPrompt(request: PlanRequestText): string {
  const parts = [request.prompt.trim()];
  if (request.data) parts.push(`Data:\n${request.data.trim()}`);
  if (request.previousSpec !== undefined) parts.push(`Current spec (edit it):\n${jsonOf(request.previousSpec)}`);
  return parts.join('\n\n');
}

/** Sent back after an invalid reply: every problem with its path, then a request for the whole spec. */
export function repairPrompt(issues: ErrorIssue[], reason?: string): string {
  const lines = issues.slice(0, 20).map((issue) => `- ${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`);
  return [reason ?? 'That spec is not valid:', ...lines, 'Return the corrected, complete JSON spec only.'].join('\n');
}
