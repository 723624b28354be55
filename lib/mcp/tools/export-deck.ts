import { constants } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { GlimpseError } from '@/lib/errors';
import { FORMATS } from '@/lib/render/formats';
import type { VisualSpec } from '@/lib/spec/visual';
import { deckSpecArgument } from '../arguments';
import { DECK_FORMATS, type McpContext } from '../context';
import { parseSpecArgument } from '../tool-error';
import { fileSlug, visualResult } from '../visual-result';

export const exportDeckInput = z
  .object({
    spec: deckSpecArgument('A "slides" spec to export (or give id instead)'),
    id: z.string().min(1).max(64).optional().describe('The id of a deck an earlier result returned (structuredContent.id), instead of spec'),
    format: z.enum(DECK_FORMATS).default('pdf').describe('pdf (one vector page per slide, selectable text), pptx (editable PowerPoint with speaker notes) or zip (one PNG per slide)'),
    outputPath: z.string().min(1).max(1024).optional().describe('stdio only: also write the file here (relative to the folder the server was started in); an existing file is never overwritten'),
  })
  .strict();

type ExportDeckArgs = z.infer<typeof exportDeckInput>;

function invalid(path: string[], message: string): GlimpseError {
  return new GlimpseError('invalid_request', `${path.join('.') || 'arguments'}: ${message}`, { issues: [{ path, message }] });
}

async function deckSpec(context: McpContext, args: ExportDeckArgs): Promise<VisualSpec> {
  if ((args.spec === undefined) === (args.id === undefined)) throw invalid([], 'give either spec (a slides spec) or id (of an earlier deck), not both or neither');
  let spec: VisualSpec;
  if (args.id !== undefined) {
    const stored = await context.lookup(args.id);
    if (stored === undefined) throw new GlimpseError('not_found', `id: no deck with id "${args.id}"`, { issues: [{ path: ['id'], message: 'not found' }] });
    spec = parseSpecArgument(stored, 'id');
  } else spec = parseSpecArgument(args.spec);
  if (spec.kind !== 'slides') {
    const where = args.id !== undefined ? ['id'] : ['spec', 'kind'];
    throw new GlimpseError('invalid_spec', `${where.join('.')}: a deck is a "slides" spec, not "${spec.kind}"`, { issues: [{ path: where, message: 'must be "slides"' }] });
  }
  return spec;
}

async function save(directory: string, outputPath: string, body: Buffer): Promise<string> {
  const target = path.resolve(directory, outputPath);
  try {
    await writeFile(target, body, { flag: constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'EEXIST' ? 'a file is already there (it is never overwritten)' : code === 'ENOENT' ? 'its folder does not exist' : `cannot write there (${code ?? 'error'})`;
    throw new GlimpseError('invalid_request', `outputPath: ${target}: ${reason}`, { issues: [{ path: ['outputPath'], message: reason }], cause: error });
  }
  return target;
}

export const exportDeckTool = {
  name: 'export_deck',
  title: 'Export a slide deck',
  description:
    'Exports a slide deck (a "slides" spec, or the id of one from an earlier result) as PDF, PPTX or a ZIP of PNGs. Over HTTP the file is at the returned link; over stdio it comes back as an embedded resource (or is written to outputPath).',
  input: exportDeckInput,
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  async run(context: McpContext, args: ExportDeckArgs, signal?: AbortSignal) {
    if (args.outputPath !== undefined && context.outputDirectory === undefined) {
      throw invalid(['outputPath'], 'only over stdio; over HTTP download the file from the returned link');
    }
    const spec = await deckSpec(context, args);
    const rendered = await context.render(spec, { format: args.format, scale: 1 }, signal);
    const links = await context.publish(spec);
    const uri = links.deck?.exports[args.format] ?? '';
    const name = `${fileSlug(spec.title)}.${args.format}`;
    const savedTo = args.outputPath !== undefined && context.outputDirectory !== undefined ? await save(context.outputDirectory, args.outputPath, rendered.body) : undefined;
    const mimeType = FORMATS[args.format].contentType;
    const lead = [`${args.format.toUpperCase()} of "${spec.title}" (${rendered.body.byteLength} bytes): ${uri}${savedTo ? `, written to ${savedTo}` : ''}`];
    const embed = context.transport === 'stdio' && !savedTo;
    const content = [
      { type: 'resource_link' as const, uri, name, title: `${spec.title} (${args.format})`, mimeType },
      ...(embed ? [{ type: 'resource' as const, resource: { uri, mimeType, blob: rendered.body.toString('base64') } }] : []),
    ];
    const extra = { format: args.format, export: { url: uri, bytes: rendered.body.byteLength, mimeType, name, ...(savedTo ? { savedTo } : {}) } };
    return visualResult(context, spec, { lead, content, extra, signal });
  },
};
