import { z } from 'zod';
import { specArgument, slideArgument } from '../arguments';
import type { McpContext } from '../context';
import { parseSpecArgument } from '../tool-error';
import { visualResult } from '../visual-result';

export const renderVisualInput = z
  .object({
    spec: specArgument('A Glimpse visual spec; "kind" picks the target (infographic, chart, slides, whiteboard). describe_kinds gives an example of each.'),
    slide: slideArgument,
  })
  .strict();

export const renderVisualTool = {
  name: 'render_visual',
  title: 'Render a visual spec',
  description:
    'Draws a Glimpse visual spec (infographic, chart, slide deck or whiteboard) exactly as given: returns the PNG inline, its URL and alt text, links to every format, and the spec. Invalid specs come back as errors naming each field path and the rule broken.',
  input: renderVisualInput,
  annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: false },
  run: (context: McpContext, args: z.infer<typeof renderVisualInput>, signal?: AbortSignal) =>
    visualResult(context, parseSpecArgument(args.spec), { slide: args.slide, signal }),
};
