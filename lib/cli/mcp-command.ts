import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { UsageError, type CommandLine } from './args';

/** The module the MCP server's stdio transport lives in (lib/mcp/, its own owner). */
export const MCP_STDIO_MODULE = path.join('lib', 'mcp', 'stdio.ts');

/**
 * glimpse mcp: the MCP server on stdin/stdout (`runStdioServer()` from lib/mcp/stdio.ts). Loaded
 * by path so the CLI builds without it; stdout then belongs to the protocol, so nothing else prints there.
 */
export async function mcpCommand(line: CommandLine, root: string, cwd: string): Promise<number> {
  if (line.positionals.length) throw new UsageError(`mcp takes no arguments, got "${line.positionals.join(' ')}"`);
  const file = path.join(root, MCP_STDIO_MODULE);
  if (!existsSync(file)) {
    process.stderr.write(`glimpse: the MCP server is not part of this checkout (${MCP_STDIO_MODULE} is missing)\n`);
    return 1;
  }
  const module = (await import(pathToFileURL(file).href)) as { runStdioServer?: (options: { cwd: string }) => Promise<unknown> };
  if (typeof module.runStdioServer !== 'function') {
    process.stderr.write(`glimpse: ${MCP_STDIO_MODULE} does not export runStdioServer()\n`);
    return 1;
  }
  // export_deck's relative outputPath is the caller's folder; the server returns when stdin closes.
  await module.runStdioServer({ cwd });
  return 0;
}
