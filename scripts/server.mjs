// Production server: Next.js behind a thin Node http server.
// Why not `next start`: Next drops Content-Length from route-handler responses (send-response.js
// FORBIDDEN_HEADERS), and image clients, CDNs and our API contract want it. Routes that know their
// length send it as X-Glimpse-Content-Length; this server promotes it to Content-Length.
// PORT / HOSTNAME are read here because this launcher runs before the app (and lib/env.ts) loads.
// In production it also tells the app where `npm run build` put the render worker's bundle
// (GLIMPSE_RENDER_WORKER_BUNDLE); `--dev` leaves it unset, so workers run the TypeScript source.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import next from 'next';

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? '0.0.0.0';
const dev = process.argv.includes('--dev');
const LENGTH_HEADER = 'x-glimpse-content-length';
// The client's address as the socket saw it, for rate limits (lib/http/guard.ts); whatever a client sent under this name is replaced.
const CLIENT_IP_HEADER = 'x-glimpse-client-ip';
const FAST_PATH = Symbol.for('glimpse.fastPath');
const WORKER_BUNDLE = path.resolve('.next/glimpse/render-worker.mjs');

if (!dev) {
  if (!existsSync(WORKER_BUNDLE)) {
    console.error(`[glimpse] ${WORKER_BUNDLE} is missing: build with \`npm run build\` (next build, then the render worker)`);
    process.exit(1);
  }
  process.env.GLIMPSE_RENDER_WORKER_BUNDLE = WORKER_BUNDLE;
  // As `next start` does; render workers inherit it (React's production runtime in satori's views).
  process.env.NODE_ENV = 'production';
}

const app = next({ dev, dir: process.cwd(), hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

/** A path with a malformed percent-escape (`/i/%ff`) names nothing: 404, before Next.js answers it with a 500. */
function malformedPath(url) {
  try {
    decodeURIComponent((url ?? '/').split('?')[0]);
    return false;
  } catch {
    return true;
  }
}

createServer((request, response) => {
  if (malformedPath(request.url)) {
    const message = 'the path has a malformed percent-escape';
    response.writeHead(404, { 'content-type': 'application/json', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'x-glimpse-error': 'not_found' });
    response.end(JSON.stringify({ error: { code: 'not_found', message, issues: [{ path: ['path'], message }] } }));
    return;
  }
  request.headers[CLIENT_IP_HEADER] = request.socket.remoteAddress ?? 'unknown';
  // A repeated GET of an image the memory cache still holds: answered here, before Next.js routes it
  // (lib/http/fast-path.ts; the route remembered the URL when it answered it). With rate limits in
  // Redis the answer is a promise (the token is taken there).
  if (request.method === 'GET') {
    const answer = globalThis[FAST_PATH]?.answer(request.url ?? '/', request.headers, request.headers[CLIENT_IP_HEADER]);
    if (typeof answer?.then === 'function') {
      answer.then(
        (ready) => (ready ? replay(response, ready) : toNext(request, response)),
        (error) => {
          console.error('[glimpse] fast path failed; routing instead', error);
          toNext(request, response);
        },
      );
      return;
    }
    if (answer) return replay(response, answer);
  }
  toNext(request, response);
}).listen(port, hostname, async () => {
  if (!dev) await warmRoutes();
  console.log(`Glimpse ready on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}${dev ? ' (dev)' : ''}`);
});

/**
 * Routes load on their first request (next.config.mjs: preloadEntriesOnStart is off, ~115 MB less
 * at idle). The two a load balancer and an API client hit first are loaded now, so the first health
 * probe and the first render do not wait for a bundle (3.5 s for /api/health on a busy machine).
 */
async function warmRoutes() {
  const local = hostname === '0.0.0.0' || hostname === '::' ? '127.0.0.1' : hostname;
  for (const route of ['/api/health', '/api/render']) {
    // OPTIONS: Next loads the route to answer it, and no handler of ours runs (no rate-limit token).
    await fetch(`http://${local.includes(':') ? `[${local}]` : local}:${port}${route}`, { method: 'OPTIONS', signal: AbortSignal.timeout(30_000) }).then(
      (response) => response.arrayBuffer(),
      (error) => console.error(`[glimpse] warming ${route} failed`, error),
    );
  }
}

function replay(response, answer) {
  response.writeHead(answer.status, answer.headers);
  response.end(answer.body);
}

function toNext(request, response) {
  const writeHead = response.writeHead;
  response.writeHead = function patchedWriteHead(...args) {
    const length = response.getHeader(LENGTH_HEADER);
    if (length !== undefined) {
      response.removeHeader(LENGTH_HEADER);
      if (!response.hasHeader('content-length') && !response.hasHeader('content-encoding')) response.setHeader('content-length', length);
    }
    // The headers of a 200 image answer to a GET, as written, for the fast path to replay.
    if (request.method === 'GET' && args[0] === 200) globalThis[FAST_PATH]?.confirm(request.url ?? '/', request.headers, { ...response.getHeaders(), ...(args.find((arg) => typeof arg === 'object' && arg !== null) ?? {}) });
    return writeHead.apply(this, args);
  };
  handle(request, response).catch((error) => {
    console.error('[glimpse] request failed', error);
    if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ error: { code: 'internal', message: 'Internal error', issues: [] } }));
  });
}
