import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import * as limits from '@/lib/limits';
import { exportFormats } from '@/lib/render/render';
import { PALETTES } from '@/lib/spec/palettes';
import { parseSpec, targetFor, visualKinds } from '@/lib/spec/visual';
import { LOOKS } from '@/lib/targets/slides/schema';
import { targets, type VisualKind } from '@/lib/targets/registry';

export const describeKindsInput = z
  .object({
    kind: z
      .enum(visualKinds as [VisualKind, ...VisualKind[]])
      .optional()
      .describe('One kind to describe in full (with its JSON Schema); omit for a summary of all'),
  })
  .strict();

function describeKind(kind: VisualKind, withSchema: boolean) {
  const target = targetFor(kind);
  const example = target.examples[0]?.spec;
  const parsed = example ? parseSpec(example) : undefined;
  const size = typeof target.size === 'function' ? (parsed ? target.size(parsed) : undefined) : target.size;
  return {
    kind,
    description: target.description,
    ...(size ? { size } : {}),
    formats: parsed ? exportFormats(parsed) : [],
    examples: target.examples.map((entry) => entry.name),
    ...(example ? { example } : {}),
    ...(withSchema ? { schema: z.toJSONSchema(target.schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) } : {}),
  };
}

/** Everything a model needs to write a spec without guessing: the kinds, looks, palettes and limits, all read from the registry and lib/limits.ts. */
export function describeKinds(kind?: VisualKind): CallToolResult {
  const kinds = (kind ? [kind] : targets.map((target) => target.kind)).map((entry) => describeKind(entry, kind !== undefined));
  const structuredContent = { kinds, themes: { modes: ['light', 'dark'], palettes: PALETTES }, looks: LOOKS, limits: { ...limits } };
  const lines = [
    ...kinds.map((entry) => `- ${entry.kind}: ${entry.description} Formats: ${entry.formats.join(', ')}.${entry.example ? ` Example: ${JSON.stringify(entry.example)}` : ''}`),
    `Themes: theme.mode light|dark, theme.palette ${Object.keys(PALETTES).join('|')}; slide looks: ${LOOKS.join(', ')}.`,
    `Limits (lib/limits.ts): ${Object.entries(limits).map(([name, value]) => `${name}=${value}`).join(', ')}.`,
    kind ? `The JSON Schema of ${kind} is in structuredContent.kinds[0].schema.` : 'Call describe_kinds with kind for one kind\'s JSON Schema; render_visual lists the whole union as its input schema.',
  ];
  return { content: [{ type: 'text', text: lines.join('\n') }], structuredContent };
}

export const describeKindsTool = {
  name: 'describe_kinds',
  title: 'Describe the visual kinds',
  description: 'Lists what Glimpse can draw — infographic, chart, slides, whiteboard — with a description, an example spec and the export formats of each, plus the theme palettes, slide looks and every limit. With kind, also that kind\'s JSON Schema.',
  input: describeKindsInput,
  annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: false },
  run: async (_context: unknown, args: z.infer<typeof describeKindsInput>) => describeKinds(args.kind),
};
