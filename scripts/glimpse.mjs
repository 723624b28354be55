#!/usr/bin/env node
// The `glimpse` command (package.json "bin"): runs lib/cli/main.ts through tsx with the package's own
// tsconfig (its `@/` paths), wherever it is called from. Exit codes: 0 ok, 2 invalid spec, 1 anything else.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
register({ tsconfig: path.join(root, 'tsconfig.json') });
const { main } = await import(pathToFileURL(path.join(root, 'lib', 'cli', 'main.ts')).href);
const cwd = process.cwd();
const code = await main(process.argv.slice(2), root, { cwd, stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
// A server (mcp) keeps running; everything else exits now, even with the mermaid browser or a worker still open.
if (code !== 'running') {
  process.exitCode = code;
  process.stdout.write('', () => process.exit(code));
}
