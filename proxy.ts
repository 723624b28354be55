import { NextResponse, type NextRequest } from 'next/server';
import { newOwnerToken, OWNER_COOKIE, ownerCookie, ownerToken } from '@/lib/http/owner';
import { newNonce, pageCsp } from '@/lib/http/security-headers';
import { readsStore, storeReachable, storeUnavailablePage } from '@/lib/http/store-pages';

/** Where conversations are read or changed: these need an owner, so a first visit gets one. */
function ownsConversations(pathname: string): boolean {
  return pathname === '/' || pathname.startsWith('/c/') || pathname === '/api/chat' || pathname === '/api/conversations' || pathname.startsWith('/api/conversations/');
}

/**
 * Runs before every page and the conversation APIs (see `config.matcher`):
 * - the anonymous owner cookie: a first visit gets a fresh token, on the response (Set-Cookie) and
 *   on this very request's Cookie header, so the page or route answering it already has an owner;
 *   chat page views renew it;
 * - pages: a per-request CSP nonce (lib/http/security-headers.ts);
 * - pages that show stored things: a 503 + Retry-After page while the database is away.
 * nosniff and Referrer-Policy are static, in next.config.mjs.
 */
export async function proxy(request: NextRequest): Promise<Response> {
  const { pathname } = request.nextUrl;
  if (readsStore(pathname) && !(await storeReachable())) return storeUnavailablePage();
  const page = !pathname.startsWith('/api/');
  const headers = new Headers(request.headers);
  let token = ownerToken(headers);
  const owned = ownsConversations(pathname);
  const issue = owned && (!token || page);
  if (owned && !token) {
    token = newOwnerToken();
    const others = (headers.get('cookie') ?? '')
      .split(';')
      .filter((pair) => pair.trim() && pair.split('=')[0]?.trim() !== OWNER_COOKIE);
    headers.set('cookie', [...others.map((pair) => pair.trim()), `${OWNER_COOKIE}=${token}`].join('; '));
  }
  const csp = page ? pageCsp(pathname, newNonce()) : undefined;
  if (csp) headers.set('content-security-policy', csp);
  const response = NextResponse.next({ request: { headers } });
  if (csp) response.headers.set('Content-Security-Policy', csp);
  if (issue && token) response.cookies.set(ownerCookie(token, request));
  return response;
}

export const config = {
  // Not static files, not images (a Set-Cookie would make them uncacheable), not the stateless APIs.
  matcher: ['/((?!_next/static|_next/image|favicon\\.svg|i/|api/(?!chat|conversations)).*)'],
};
