import { env } from '@/lib/env';

/**
 * Origin for URLs we hand out: GLIMPSE_PUBLIC_URL, else the request's own. Its own small module
 * (no render imports) because proxy.ts decides the owner cookie's `Secure` flag from it.
 */
export function publicOrigin(request: Pick<Request, 'url'>, publicUrl = env.GLIMPSE_PUBLIC_URL): string {
  return (publicUrl ?? new URL(request.url).origin).replace(/\/$/, '');
}
