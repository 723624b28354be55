import { randomBytes } from 'node:crypto';
import { env } from '@/lib/env';

/** A fresh per-request nonce for the page CSP (Next.js reads it from the request's CSP header and puts it on its own scripts). */
export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

export interface PageCspOptions {
  /** Who may frame /embed/… (GLIMPSE_EMBED_FRAME_ANCESTORS). */
  embedAncestors?: string;
  /** GLIMPSE_PUBLIC_URL: images the API hands out point there. */
  publicUrl?: string;
  /** `next dev`: React's dev tooling needs eval. */
  development?: boolean;
}

/**
 * The Content-Security-Policy of a page (proxy.ts sets it on every page response). Scripts: only
 * this response's nonce, and what those scripts load ('strict-dynamic'), so an injected <script> or
 * inline handler never runs. Styles allow inline: React `style` attributes need it, and style
 * cannot run code. Images, fetches, fonts: our origin (plus data:/blob: images); the embed viewer
 * may be framed by GLIMPSE_EMBED_FRAME_ANCESTORS, every other page only by us.
 */
export function pageCsp(pathname: string, nonce: string, options: PageCspOptions = {}): string {
  const { embedAncestors = env.GLIMPSE_EMBED_FRAME_ANCESTORS, publicUrl = env.GLIMPSE_PUBLIC_URL, development = env.NODE_ENV === 'development' } = options;
  const imageOrigin = publicUrl ? ` ${new URL(publicUrl).origin}` : '';
  const embedded = pathname === '/embed' || pathname.startsWith('/embed/');
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${imageOrigin}`,
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${embedded ? embedAncestors : "'self'"}`,
  ].join('; ');
}
