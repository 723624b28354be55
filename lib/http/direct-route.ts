/**
 * Routes scripts/server.mjs may answer itself, beside Next.js. Next's own work per request —
 * routing, tracing, and turning a Node request into a web Request and the answer back into a
 * Node response through web streams — was ~3 ms of the server thread's ~6 ms per fresh card
 * (a CPU profile of 2 clients posting cards), and every request a render worker waits for runs
 * through that thread. A route registers its handler here when its module loads; the server calls
 * the same handler with a web Request it builds from the buffered body, and writes the answer with
 * the headers Next.js adds to every answer of that route (learnt from the first answer Next wrote:
 * next.config.mjs's static security headers and Next's `Vary`). Nothing else differs: the route's
 * admission, parsing, rendering and error bodies are the handler's own.
 */
export type DirectHandler = (request: Request) => Promise<Response>;

export interface DirectRoute {
  handler: DirectHandler;
  /** The most body the handler reads (it answers 413 past it): the server buffers no more than one byte beyond. */
  maxBodyBytes: number;
}

// One registry per process, found by scripts/server.mjs (plain JS, outside the bundles) under this symbol.
const SHARED = Symbol.for('glimpse.directRoutes');
const processWide = globalThis as { [SHARED]?: Map<string, DirectRoute> };

/** Lets the server answer `method path` with `handler` (a route module calls this as it loads). */
export function registerDirectRoute(method: 'POST', path: string, route: DirectRoute): void {
  (processWide[SHARED] ??= new Map()).set(`${method} ${path}`, route);
}
