import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCommandLine, UsageError, USAGE, type CommandLine } from './args';
import { reportFailure, EXIT_OK, type CliContext } from './io';

export interface CliProcess extends Omit<CliContext, 'quiet'> {
  /** Where the user ran it: relative paths on the command line are relative to this. */
  cwd: string;
}

function version(root: string): string {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
  return `glimpse ${pkg.version}\n`;
}

/** File arguments made absolute against the user's folder, before the CLI moves into the package's. */
function absolutePaths(line: CommandLine, cwd: string): CommandLine {
  const absolute = (file: string | undefined) => (file === undefined || file === '-' ? file : path.resolve(cwd, file));
  const positionals = line.command === 'render' ? line.positionals.map((file) => absolute(file) ?? file) : line.positionals;
  return { ...line, positionals, output: absolute(line.output), data: absolute(line.data) };
}

/**
 * The `glimpse` command (scripts/glimpse.mjs runs it). Returns the exit code, or 'running' for a
 * server that keeps the process alive. Renders run in this process with the library, offline.
 */
export async function main(argv: string[], root: string, io: CliProcess): Promise<number | 'running'> {
  try {
    const parsed = parseCommandLine(argv);
    if (parsed.version) {
      io.stdout.write(version(root));
      return EXIT_OK;
    }
    if (parsed.help || !parsed.command || parsed.command === 'help') {
      (parsed.command || parsed.help ? io.stdout : io.stderr).write(USAGE);
      return parsed.command || parsed.help ? EXIT_OK : 1;
    }
    const line = absolutePaths(parsed, io.cwd);
    // Fonts, icons and the server resolve from the package's own folder (lib/render/assets.ts, server.mjs).
    process.chdir(root);
    const context: CliContext = { ...io, quiet: line.quiet };
    switch (line.command) {
      case 'render':
        return await (await import('./render-command')).renderCommand(line, context);
      case 'generate':
        return await (await import('./generate-command')).generateCommand(line, context);
      case 'serve':
        return await (await import('./serve-command')).serveCommand(line, root);
      case 'mcp':
        return await (await import('./mcp-command')).mcpCommand(line, root, io.cwd);
      default:
        throw new UsageError(`unknown command "${line.command}"; commands: render, generate, serve, mcp`);
    }
  } catch (error) {
    return reportFailure(error, io.stderr);
  }
}
