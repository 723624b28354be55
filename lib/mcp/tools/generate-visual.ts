import { z } from 'zod';
import { dataText, generateRequestObject } from '@/lib/llm/generate-request';
import { plan } from '@/lib/llm/plan';
import { layoutProblems } from '@/lib/render/critique';
import type { McpContext } from '../context';
import { visualResult } from '../visual-result';

/** /api/generate's body, less its HTTP-only `stream` and `mode` (an edit is asked as a patch, the default). */
export const generateVisualInput = generateRequestObject.omit({ stream: true, mode: true });

export const generateVisualTool = {
  name: 'generate_visual',
  title: 'Generate a visual',
  description:
    'Turns a request (and optional data: CSV, TSV, Markdown, JSON text or rows) into a picture: a chart, infographic, slide deck or whiteboard diagram. Pass previousSpec (a structuredContent.spec from an earlier result) with a prompt like "make it dark" or "add a 2023 row: 50" to edit it; kind forces a target. Returns the PNG inline, its URL and alt text, links to every format, and the spec.',
  input: generateVisualInput,
  annotations: { readOnlyHint: true, idempotentHint: false, openWorldHint: false },
  async run(context: McpContext, args: z.infer<typeof generateVisualInput>, signal?: AbortSignal) {
    await context.admitModelCall();
    const result = await plan({ prompt: args.prompt, kind: args.kind, data: dataText(args.data), previousSpec: args.previousSpec }, { signal, critique: (spec) => layoutProblems(spec, (page, options) => context.render(page, options, signal)) });
    const extra = { planner: result.planner, model: result.model ?? null, repairs: result.repairs, notes: result.notes, ...(result.fallback ? { fallback: result.fallback } : {}), ...(result.hint ? { hint: result.hint } : {}) };
    const lead = result.hint ? [result.hint] : [];
    return visualResult(context, result.spec, { extra, lead, signal });
  },
};
