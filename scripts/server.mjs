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
// Routes answered here with the route's own handler, without Next's routing (lib/http/direct-route.ts).
const DIRECT_ROUTES = Symbol.for('glimpse.directRoutes');
// What Next.js adds to a route's answers: next.config.mjs's static headers and its Vary. Learnt per
// route from the first answer Next writes; until then that route goes through Next.
const NEXT_ADDED = ['x-content-type-options', 'referrer-policy', 'vary'];
/** Route key → the headers Next added to its first answer. */
const nextAdded = new Map();
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
  if (request.method === 'POST' && !dev) {
    const key = `POST ${(request.url ?? '/').split('?')[0]}`;
    const route = globalThis[DIRECT_ROUTES]?.get(key);
    const added = nextAdded.get(key);
    if (route && added) return void answerDirect(route, added, request, response);
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
  for (const route of ['/api/health', '/api/render']) {
    // OPTIONS: Next loads the route to answer it, and no handler of ours runs (no rate-limit token).
    await fetch(`${localOrigin()}${route}`, { method: 'OPTIONS', signal: AbortSignal.timeout(30_000) }).then(
      (response) => response.arrayBuffer(),
      (error) => console.error(`[glimpse] warming ${route} failed`, error),
    );
  }
}

/** This server as its own clients reach it: the listening address (loopback when it listens on every address). */
function localOrigin() {
  const local = hostname === '0.0.0.0' || hostname === '::' ? '127.0.0.1' : hostname;
  return `http://${local.includes(':') ? `[${local}]` : local}:${port}`;
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
    if (request.method === 'POST' && !nextAdded.has(`POST ${(request.url ?? '/').split('?')[0]}`)) learnNextAdded(request, response);
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

/** Remembers the headers Next.js added to a POST route's answer (see NEXT_ADDED), once it has them all. */
function learnNextAdded(request, response) {
  const key = `POST ${(request.url ?? '/').split('?')[0]}`;
  if (!globalThis[DIRECT_ROUTES]?.has(key)) return;
  const added = {};
  for (const name of NEXT_ADDED) {
    const value = response.getHeader(name);
    if (value === undefined) return;
    // Next's own comes first; a second value is the route's (a negotiated answer's `Vary: Accept`).
    added[name] = Array.isArray(value) ? value[0] : value;
  }
  nextAdded.set(key, added);
}

/**
 * A POST answered with the route's own handler: the body buffered (at most one byte past what the
 * handler reads, so it still answers 413 for more), a web Request built from it, and the answer
 * written with the headers Next.js would have added and its Content-Length.
 */
async function answerDirect(route, added, request, response) {
  // As Next.js does: the client hanging up aborts request.signal, which takes its render off its worker or out of the queue.
  const hungUp = new AbortController();
  response.once('close', () => {
    if (!response.writableFinished) hungUp.abort();
  });
  try {
    const chunks = [];
    let size = 0;
    // A body declared over the limit is refused by the handler before it reads any: read none.
    const declared = Number(request.headers['content-length']);
    for await (const chunk of declared > route.maxBodyBytes ? [] : request) {
      chunks.push(chunk);
      size += chunk.byteLength;
      if (size > route.maxBodyBytes) break;
    }
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    // The listening address, not the Host header (a client's to choose; the route reads it for the URLs it hands out).
    const answer = await route.handler(new Request(new URL(request.url ?? '/', localOrigin()), { method: 'POST', headers, body: Buffer.concat(chunks), signal: hungUp.signal }));
    const body = Buffer.from(await answer.arrayBuffer());
    const written = { ...added };
    // Appended after Next's, as Next writes them (a route's `Vary: Accept` is a second Vary line).
    answer.headers.forEach((value, name) => {
      if (name !== LENGTH_HEADER && name !== 'set-cookie') written[name] = name in written ? [written[name], value].flat() : value;
    });
    const cookies = answer.headers.getSetCookie();
    if (cookies.length > 0) written['set-cookie'] = cookies;
    written['content-length'] = String(body.byteLength);
    response.writeHead(answer.status, written);
    response.end(body);
  } catch (error) {
    console.error('[glimpse] request failed', error);
    if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ error: { code: 'internal', message: 'Internal error', issues: [] } }));
  }
}
