import { Writable } from 'node:stream';

/**
 * Over stdio, stdout carries the protocol and nothing else. Anything else that writes there — a
 * library's console.log, a render worker's output (tinypool pipes it to our stdout) — goes to
 * stderr instead; the returned stream is the only way left to the real stdout.
 */
export function takeStdout(): Writable {
  const stdout = process.stdout;
  const write = stdout.write.bind(stdout) as (chunk: string | Uint8Array, callback: (error?: Error | null) => void) => boolean;
  const protocol = new Writable({ write: (chunk: Buffer, _encoding, callback) => void write(chunk, callback) });
  stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    const callback = rest.find((argument): argument is () => void => typeof argument === 'function');
    process.stderr.write(chunk, callback);
    // Always "written", so a pipe into stdout (tinypool's) never waits for a drain that will not come.
    return true;
  }) as typeof stdout.write;
  return protocol;
}
