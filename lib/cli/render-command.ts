import { GlimpseError } from '@/lib/errors';
import type { FileFormat } from '@/lib/render/formats';
import { render, type Rendered } from '@/lib/render/render';
import { parseSpec, targetFor, type VisualSpec } from '@/lib/spec/visual';
import { UsageError, type CommandLine } from './args';
import { outputFormat, parseJsonText, readInput, scaleOption, slideOption, SpecProblem, writeOutput, EXIT_OK, type CliContext } from './io';
import { pageProgress } from './progress';

/** Formats that draw every page of a multi-page visual: these get a progress bar. */
const MULTI_PAGE: readonly FileFormat[] = ['pdf', 'zip', 'pptx'];

/** Validates untrusted JSON into a spec; any rule broken is the spec's problem (exit 2). */
export function specFrom(value: unknown): VisualSpec {
  try {
    return parseSpec(value);
  } catch (error) {
    if (error instanceof GlimpseError) throw new SpecProblem(error.issues.length ? error.issues : [{ path: [], message: error.message }]);
    throw error;
  }
}

/** Draws a spec in this process (no server) and writes the file; a progress bar for multi-page exports. */
export async function renderTo(spec: VisualSpec, line: CommandLine, format: FileFormat, context: CliContext): Promise<Rendered> {
  const output = line.output ?? '-';
  const options = { format, scale: scaleOption(line.scale), page: slideOption(line.slide) };
  const pages = targetFor(spec.kind).pageCount?.(spec) ?? 1;
  const progress = !context.quiet && pages > 1 && MULTI_PAGE.includes(format) ? pageProgress(context.stderr, output === '-' ? format : output) : undefined;
  try {
    const rendered = await render(spec, options, progress ? (done, total) => progress.update(done, total) : undefined);
    await writeOutput(output, rendered.body, context.stdout);
    return rendered;
  } finally {
    progress?.finish();
  }
}

export function summary(output: string, rendered: Rendered): string {
  const size = rendered.width > 0 ? ` ${Math.round(rendered.width)}×${Math.round(rendered.height)},` : '';
  return `glimpse: wrote ${output === '-' ? 'stdout' : output} (${rendered.contentType.split(';')[0]},${size} ${rendered.body.byteLength} bytes)\n`;
}

/** glimpse render <spec.json|-> -o <file> [--format] [--scale] [--slide] */
export async function renderCommand(line: CommandLine, context: CliContext): Promise<number> {
  const [input, extra] = line.positionals;
  if (!input) throw new UsageError('render needs a spec: glimpse render spec.json -o out.png (- reads stdin)');
  if (extra) throw new UsageError(`render takes one spec, got also "${extra}"`);
  if (!line.output) throw new UsageError('render needs -o <file> (- for stdout, with --format)');
  const format = outputFormat(line.output, line.format);
  if (format === 'json') throw new UsageError('render writes files; use png, webp, svg, pdf, pptx, zip, csv or excalidraw');
  const spec = specFrom(parseJsonText(await readInput(input, context.stdin)));
  const rendered = await renderTo(spec, line, format, context);
  if (!context.quiet) context.stderr.write(summary(line.output, rendered));
  return EXIT_OK;
}
