import { z } from 'zod';
import { MAX_CHART_ROWS, MAX_DATA_CHARS, MAX_PROMPT_CHARS } from '@/lib/limits';
import { visualKinds } from '@/lib/spec/visual';
import type { VisualKind } from '@/lib/targets/registry';

/** The fields of POST /api/generate's body (no cross-field rule: other callers, e.g. MCP, pick from these). */
export const generateRequestObject = z
  .object({
    prompt: z.string().trim().min(1).max(MAX_PROMPT_CHARS).describe('The question or text to turn into a visual'),
    kind: z
      .enum(visualKinds as [VisualKind, ...VisualKind[]])
      .optional()
      .describe('Force a target instead of letting the planner choose'),
    data: z
      .union([z.string().max(MAX_DATA_CHARS), z.array(z.record(z.string(), z.unknown())).max(MAX_CHART_ROWS)])
      .optional()
      .describe('Data to visualise: CSV/TSV/Markdown/JSON text, or an array of row objects'),
    previousSpec: z.record(z.string(), z.unknown()).optional().describe('A spec to edit ("make it dark", "add a 2023 row")'),
    mode: z
      .enum(['patch', 'spec'])
      .optional()
      .describe('How an edit of previousSpec is asked of the model: "patch" (default) sends the spec once and gets a JSON Patch (RFC 6902) back, answered as `patch`; "spec" asks for the whole edited spec'),
    stream: z.boolean().default(false).describe('Answer with Server-Sent Events: partial specs, then the result'),
  })
  .strict();

/** Body of POST /api/generate. */
export const generateRequestSchema = generateRequestObject
  .refine((body) => body.mode === undefined || body.previousSpec !== undefined, { path: ['mode'], message: 'mode applies to an edit: send previousSpec with it' })
  .describe('Generate a visual from a prompt');

export type GenerateRequest = z.infer<typeof generateRequestSchema>;

export function dataText(data: GenerateRequest['data']): string | undefined {
  if (data === undefined) return undefined;
  return typeof data === 'string' ? data : JSON.stringify(data);
}
