import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { freePort, stopProcess, waitFor } from './servers';

/**
 * A real redis-server of its own on a loopback port: no persistence, in the foreground. `stop()`
 * and `start()` again on the same port let a test take Redis away mid-run and bring it back
 * (empty, as a restarted cache is). It needs Debian's `redis-server` package (.ci/run installs it);
 * without it, it throws saying so, it never skips.
 */
export interface RedisServer {
  url: string;
  port: number;
  /** Stops the server (its data goes with it). */
  stop(): Promise<void>;
  /** Starts it again on the same port. */
  start(): Promise<void>;
}

/** GLIMPSE_TEST_REDIS_SERVER (harness configuration, not the app's), else redis-server on PATH. */
function binary(): string {
  const candidate = process.env.GLIMPSE_TEST_REDIS_SERVER ?? 'redis-server';
  try {
    execFileSync(candidate, ['--version'], { stdio: 'ignore' });
    return candidate;
  } catch (error) {
    throw new Error('redis-server is not installed: these tests start a real server. Install it with `apt-get install -y redis-server` (.ci/run does), or set GLIMPSE_TEST_REDIS_SERVER to its path.', { cause: error });
  }
}

async function ping(port: number): Promise<void> {
  const { Socket } = await import('node:net');
  await new Promise<void>((resolve, reject) => {
    const socket = new Socket();
    socket.setTimeout(1000, () => socket.destroy(new Error('timeout')));
    socket.once('error', reject);
    socket.connect(port, '127.0.0.1', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      socket.destroy();
      if (data.toString().startsWith('+PONG')) resolve();
      else reject(new Error(`redis answered ${data.toString().slice(0, 80)}`));
    });
  });
}

export async function startRedis(): Promise<RedisServer> {
  const command = binary();
  const port = await freePort();
  let child: ChildProcess | undefined;
  const start = async () => {
    const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no', '--dir', '/tmp'];
    const started = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    const keep = (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000));
    started.stdout?.on('data', keep);
    started.stderr?.on('data', keep);
    child = started;
    await waitFor(() => ping(port), 20_000, () => `redis-server did not start on port ${port}: ${log}`, started);
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    start,
    async stop() {
      if (child) await stopProcess(child, 'SIGTERM');
      child = undefined;
    },
  };
}
