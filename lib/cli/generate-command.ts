import { plan } from '@/lib/llm/plan';
import { visualKinds } from '@/lib/spec/visual';
import type { VisualKind } from '@/lib/targets/registry';
import { UsageError, type CommandLine } from './args';
import { outputFormat, readInput, writeOutput, EXIT_OK, type CliContext } from './io';
import { renderTo, summary } from './render-command';

/** glimpse generate "<prompt>" [-k kind] [--data file] -o <file>: plan (offline unless GLIMPSE_MODEL is set), then render here. */
export async function generateCommand(line: CommandLine, context: CliContext): Promise<number> {
  const prompt = line.positionals.join(' ').trim();
  if (!prompt) throw new UsageError('generate needs a prompt: glimpse generate "compare A and B" -o out.png');
  if (!line.output) throw new UsageError('generate needs -o <file> (.json writes the spec)');
  if (line.kind !== undefined && !(visualKinds as string[]).includes(line.kind)) throw new UsageError(`--kind must be one of ${visualKinds.join(', ')}, got "${line.kind}"`);
  const format = outputFormat(line.output, line.format, ['json']);
  const data = line.data === undefined ? undefined : await readInput(line.data, context.stdin);
  const result = await plan({ prompt, kind: line.kind as VisualKind | undefined, data });
  if (!context.quiet) {
    context.stderr.write(`glimpse: planned a ${result.spec.kind} with ${result.planner === 'model' ? `the model ${result.model ?? ''}`.trim() : 'the offline planner'}${result.repairs ? ` (${result.repairs} repairs)` : ''}\n`);
    for (const note of [...result.notes, ...(result.fallback ? [result.fallback] : [])]) context.stderr.write(`  ${note}\n`);
  }
  if (format === 'json') {
    await writeOutput(line.output, Buffer.from(`${JSON.stringify(result.spec, null, 2)}\n`), context.stdout);
    if (!context.quiet) context.stderr.write(`glimpse: wrote ${line.output === '-' ? 'stdout' : line.output} (the spec)\n`);
    return EXIT_OK;
  }
  const rendered = await renderTo(result.spec, line, format, context);
  if (!context.quiet) context.stderr.write(summary(line.output, rendered));
  return EXIT_OK;
}
