import { env } from '@/lib/env';

/** Hosts a server listens on but nobody can be sent to. */
const UNSPECIFIED = new Set(['0.0.0.0', '[::]', '::']);
/** A Host header: a DNS name or IPv4 literal, or a bracketed IPv6 literal, with an optional port. */
const HOST_HEADER = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.?|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

function hostName(host: string): string {
  return host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.replace(/:\d+$/, '');
}

/** Whether a Host header may appear in the URLs we hand out (GLIMPSE_ALLOWED_HOSTS, `*.example.com` for subdomains). */
export function hostAllowed(host: string, allowed: readonly string[] = env.GLIMPSE_ALLOWED_HOSTS): boolean {
  if (!HOST_HEADER.test(host)) return false;
  const name = hostName(host.toLowerCase()).replace(/\.$/, '');
  if (UNSPECIFIED.has(name)) return false;
  if (allowed.length === 0) return true;
  return allowed.some((entry) => (entry.startsWith('*.') ? name.endsWith(entry.slice(1)) : name === entry));
}

/**
 * Its own small module (no render imports) because proxy.ts decides the owner cookie's `Secure`
 * flag from it. Origin for URLs we hand out: GLIMPSE_PUBLIC_URL; else the request's Host when GLIMPSE_ALLOWED_HOSTS
 * allows it; else localhost on the request's port — never the 0.0.0.0 the server listens on, and
 * never a host a client made up when the operator listed the real ones.
 */
export function publicOrigin(request: Pick<Request, 'url' | 'headers'>, publicUrl: string | undefined = env.GLIMPSE_PUBLIC_URL, allowed: readonly string[] = env.GLIMPSE_ALLOWED_HOSTS): string {
  if (publicUrl) return publicUrl.replace(/\/$/, '');
  const url = new URL(request.url);
  const host = request.headers.get('host');
  if (host && hostAllowed(host, allowed)) return `${url.protocol}//${host}`;
  const fallback = allowed.find((entry) => !entry.startsWith('*.'));
  return `${url.protocol}//${fallback ?? 'localhost'}${url.port ? `:${url.port}` : ''}`;
}
