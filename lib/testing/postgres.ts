import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort, stopProcess, waitFor } from './servers';

/**
 * A real PostgreSQL server of its own for a test run: initdb into a temp dir, `postgres` on a
 * loopback port, trust auth, no fsync; stopped and removed by `stop()`. It needs Debian's
 * `postgresql` package (.ci/run installs it); without it, it throws saying so, it never skips.
 * As root (CI), initdb and postgres refuse to run, so they run as the `postgres` system user.
 */
export interface PostgresServer {
  url: string;
  port: number;
  /** A fresh, empty database on this server; its URL. */
  createDatabase(name: string): Promise<string>;
  /** Stops the server, keeping its data (a database outage). */
  halt(): Promise<void>;
  /** Starts it again on the same port with the same data. */
  start(): Promise<void>;
  /** Stops it and removes its data. */
  stop(): Promise<void>;
}

/** GLIMPSE_TEST_PG_BIN, else `pg_config --bindir`, else the newest /usr/lib/postgresql/<v>/bin. */
function binDirectory(): string {
  // Test harness configuration, not the app's: the app's variables stay in lib/env.ts.
  const override = process.env.GLIMPSE_TEST_PG_BIN;
  const candidates: string[] = override ? [override] : [];
  try {
    candidates.push(execFileSync('pg_config', ['--bindir'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
  } catch {
    // No pg_config (Debian puts it in libpq-dev): look in the versioned folders instead.
  }
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root).filter((name) => /^\d+$/.test(name)).sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((version) => path.join(root, version, 'bin')));
  }
  const found = candidates.find((directory) => existsSync(path.join(directory, 'initdb')) && existsSync(path.join(directory, 'postgres')));
  if (!found) {
    throw new Error('PostgreSQL is not installed: these tests start a real server. Install it with `apt-get install -y postgresql` (.ci/run does), or set GLIMPSE_TEST_PG_BIN to the folder holding initdb and postgres.');
  }
  return found;
}

/** As root, the uid/gid of the `postgres` user (Debian's package creates it); else nothing to change. */
function runAs(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch (error) {
    throw new Error('running as root, PostgreSQL must run as another user, and there is no `postgres` user: install Debian\'s `postgresql` package, which creates it', { cause: error });
  }
}

export async function startPostgres(): Promise<PostgresServer> {
  const bin = binDirectory();
  const user = runAs();
  const folder = mkdtempSync(path.join(tmpdir(), 'glimpse-pg-'));
  const data = path.join(folder, 'data');
  if (user) chownSync(folder, user.uid, user.gid);
  const identity = user ? { uid: user.uid, gid: user.gid } : {};
  execFileSync(path.join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'glimpse', '-E', 'UTF8', '--no-sync', '--locale=C'], { ...identity, stdio: ['ignore', 'ignore', 'pipe'] });
  const port = await freePort();
  const args = ['-D', data, '-k', folder, '-c', 'listen_addresses=127.0.0.1', '-p', String(port), '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=200'];
  let child: ChildProcess | undefined;
  let log = '';
  const url = `postgres://glimpse@127.0.0.1:${port}/postgres`;
  const { Client } = await import('pg');
  const query = async (sql: string) => {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  const start = async () => {
    const started = spawn(path.join(bin, 'postgres'), args, { ...identity, stdio: ['ignore', 'ignore', 'pipe'] });
    started.stderr?.on('data', (chunk: Buffer) => {
      log = (log + chunk.toString()).slice(-4000);
    });
    child = started;
    await waitFor(() => query('select 1'), 30_000, () => `PostgreSQL did not start on port ${port}: ${log}`, started);
  };
  // SIGINT is PostgreSQL's "fast" shutdown: clients disconnected, a clean checkpoint.
  const halt = async () => {
    if (child) await stopProcess(child, 'SIGINT');
    child = undefined;
  };
  await start();
  return {
    url,
    port,
    start,
    halt,
    async createDatabase(name) {
      if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a database name: ${name}`);
      await query(`create database ${name}`);
      return `postgres://glimpse@127.0.0.1:${port}/${name}`;
    },
    async stop() {
      await halt();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
