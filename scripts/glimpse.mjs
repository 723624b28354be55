#!/usr/bin/env node
// `glimpse` command. Minimal for now: only `glimpse mcp` (the MCP server over stdio,
// lib/mcp/stdio.ts); the full CLI (render, generate, serve) lands in this same file.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [command] = process.argv.slice(2);

if (command !== 'mcp') {
  console.error('usage: glimpse mcp    the MCP server over stdio (configure your MCP client to run `npx glimpse mcp`)');
  process.exit(command === undefined || command === '--help' ? 0 : 2);
}

// Glimpse reads its fonts, icons and render worker relative to its own folder; the user's folder
// is kept for export_deck's relative outputPath.
const userCwd = process.cwd();
process.chdir(ROOT);
const { register } = await import('tsx/esm/api');
register();
const { runStdioServer } = await import(pathToFileURL(path.join(ROOT, 'lib', 'mcp', 'stdio.ts')).href);
await runStdioServer({ cwd: userCwd });
process.exit(0);
