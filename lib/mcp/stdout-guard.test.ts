import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// In a process of its own (it takes over that process's stdout): what the protocol stream writes
// reaches stdout; a console.log and a child process's output piped into stdout (as tinypool
// pipes each render worker's) reach stderr.
const GUARD = path.join(import.meta.dirname, 'stdout-guard.ts');
const SCRIPT = `
const { spawn } = await import('node:child_process');
const { takeStdout } = await import(${JSON.stringify(GUARD)});
const protocol = takeStdout();
console.log('stray from the server');
const child = spawn(process.execPath, ['-e', 'console.log("stray from a worker")'], { stdio: ['ignore', 'pipe', 'inherit'] });
child.stdout.pipe(process.stdout);
await new Promise((resolve) => child.on('exit', resolve));
await new Promise((resolve) => protocol.write('{"jsonrpc":"2.0"}\\n', resolve));
`;

describe('takeStdout', () => {
  it('leaves stdout to the protocol and sends everything else to stderr', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', SCRIPT], { encoding: 'utf8', timeout: 30_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe('{"jsonrpc":"2.0"}\n');
    expect(run.stderr).toContain('stray from the server');
    expect(run.stderr).toContain('stray from a worker');
  });
});
