import { spawn } from 'node:child_process';
import path from 'node:path';
import { UsageError, type CommandLine } from './args';

/** glimpse serve [--port N]: the production server (scripts/server.mjs) in the package's folder, with this environment. */
export function serveCommand(line: CommandLine, root: string): Promise<number> {
  if (line.positionals.length) throw new UsageError(`serve takes no arguments, got "${line.positionals.join(' ')}"`);
  if (line.port !== undefined && !/^\d{1,5}$/.test(line.port)) throw new UsageError(`--port must be a port number, got "${line.port}"`);
  const environment = line.port === undefined ? process.env : { ...process.env, PORT: line.port };
  const child = spawn(process.execPath, [path.join(root, 'scripts', 'server.mjs')], { cwd: root, stdio: 'inherit', env: environment });
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
  const onInterrupt = forward('SIGINT');
  const onTerminate = forward('SIGTERM');
  process.on('SIGINT', onInterrupt);
  process.on('SIGTERM', onTerminate);
  return new Promise((resolve) => {
    child.on('error', (error) => {
      process.stderr.write(`glimpse: cannot start the server: ${error.message}\n`);
      resolve(1);
    });
    child.on('exit', (code, signal) => {
      process.off('SIGINT', onInterrupt);
      process.off('SIGTERM', onTerminate);
      resolve(code ?? (signal ? 0 : 1));
    });
  });
}
