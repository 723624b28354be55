import { readFile, writeFile } from 'node:fs/promises';
import { GlimpseError, type ErrorIssue } from '@/lib/errors';
import { isFormat, type FileFormat } from '@/lib/render/formats';
import { MAX_SCALE, MIN_SCALE } from '@/lib/limits';
import { UsageError } from './args';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_INVALID_SPEC = 2;

/** What a command reads and writes; paths in its options are already absolute. */
export interface CliContext {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  quiet: boolean;
}

/** The spec itself is wrong (bad JSON, a schema rule, content that cannot fit): exit 2, each problem with its path. */
export class SpecProblem extends Error {
  constructor(readonly issues: ErrorIssue[]) {
    super(issues.map((issue) => issue.message).join('; '));
  }
}

export async function readInput(file: string, stdin: NodeJS.ReadableStream): Promise<string> {
  if (file !== '-') return readFile(file, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}

export async function writeOutput(file: string, body: Buffer, stdout: NodeJS.WritableStream): Promise<void> {
  if (file !== '-') return writeFile(file, body);
  await new Promise<void>((resolve, reject) => stdout.write(body, (error) => (error ? reject(error) : resolve())));
}

/** `--format`, else the output file's extension. */
export function outputFormat(output: string, format: string | undefined, extra: readonly string[] = []): FileFormat | 'json' {
  const chosen = format ?? (output === '-' ? undefined : /\.([a-z]+)$/i.exec(output)?.[1]?.toLowerCase());
  if (!chosen) throw new UsageError(`cannot tell the format of "${output}": give the file an extension or pass --format`);
  if (chosen === 'json' && extra.includes('json')) return 'json';
  if (!isFormat(chosen) || chosen === 'json') throw new UsageError(`unknown format "${chosen}"; use png, webp, svg, pdf, pptx, zip, csv or excalidraw${extra.length ? ` (or ${extra.join(', ')})` : ''}`);
  return chosen;
}

export function scaleOption(value: string | undefined): number {
  if (value === undefined) return 1;
  const scale = Number(value);
  if (!Number.isFinite(scale) || scale < MIN_SCALE || scale > MAX_SCALE) throw new UsageError(`--scale must be a number from ${MIN_SCALE} to ${MAX_SCALE}, got "${value}"`);
  return scale;
}

/** 1-based --slide → 0-based page. */
export function slideOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const slide = Number(value);
  if (!Number.isInteger(slide) || slide < 1) throw new UsageError(`--slide must be a whole number from 1, got "${value}"`);
  return slide - 1;
}

/** JSON text → value; a syntax error is the spec's problem (exit 2), at path `(json)`. */
export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new SpecProblem([{ path: [], message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` }]);
  }
}

const pathText = (path: (string | number)[]) => (path.length ? path.join('.') : '(spec)');

/** Prints what went wrong and picks the exit code: 2 for the spec's own problems, 1 for the rest. */
export function reportFailure(error: unknown, stderr: NodeJS.WritableStream): number {
  if (error instanceof SpecProblem) {
    stderr.write(`glimpse: invalid spec\n${error.issues.map((issue) => `  ${pathText(issue.path)}: ${issue.message}\n`).join('')}`);
    return EXIT_INVALID_SPEC;
  }
  if (error instanceof UsageError) {
    stderr.write(`glimpse: ${error.message}\nRun "glimpse --help" for usage.\n`);
    return EXIT_FAILED;
  }
  if (error instanceof GlimpseError) {
    if (error.code === 'content_overflow') return reportFailure(new SpecProblem(error.issues.length ? error.issues : [{ path: [], message: error.message }]), stderr);
    stderr.write(`glimpse: ${error.code}: ${error.message}\n`);
    return EXIT_FAILED;
  }
  const code = (error as { code?: unknown } | null)?.code;
  stderr.write(`glimpse: ${error instanceof Error ? error.message : String(error)}${typeof code === 'string' && !String(error).includes(code) ? ` (${code})` : ''}\n`);
  return EXIT_FAILED;
}
