import { STORE_RETRY_AFTER_SECONDS } from '@/lib/limits';
import { configuredStoreKind, store } from '@/lib/store/store';

/** Pages that show what the store keeps: a conversation, a shared one, a deck, their embeds. */
export function readsStore(pathname: string): boolean {
  return /^\/(c|share|deck|embed\/share|embed\/deck)\//.test(pathname);
}

/** How long one answer about the database is trusted (ms): page views do not each ask it. */
const PROBE_TTL_MS = 1000;
let probe: { at: number; reachable: Promise<boolean> } | undefined;

/**
 * Whether the database answers, asked at most once a PROBE_TTL_MS (SQLite, a local file, always
 * does). A page that needs the store gets a 503 before it renders when not: App Router pages cannot
 * set their own status, and a store error inside one would be Next's 500 error page.
 */
export function storeReachable(now = Date.now()): Promise<boolean> {
  if (configuredStoreKind() === 'sqlite') return Promise.resolve(true);
  if (!probe || now - probe.at > PROBE_TTL_MS) {
    probe = {
      at: now,
      reachable: store()
        .ping()
        .then(
          () => true,
          () => false,
        ),
    };
  }
  return probe.reachable;
}

/** The page a reader sees while the database is away: 503 with Retry-After, no script, no store. */
export function storeUnavailablePage(): Response {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Glimpse: storage unavailable</title><style>body{font:16px/1.5 system-ui,sans-serif;max-width:36rem;margin:20vh auto;padding:0 1.5rem;color:#1f2937}h1{font-size:1.4rem}</style></head><body><h1>Glimpse can’t reach its database right now</h1><p>Nothing is lost: this page will open again when the database is back. Try again in a few seconds.</p></body></html>`;
  return new Response(html, {
    status: 503,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Retry-After': String(STORE_RETRY_AFTER_SECONDS), 'Cache-Control': 'no-store' },
  });
}
