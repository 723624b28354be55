import { describe, expect, it } from 'vitest';
import { newNonce, pageCsp } from './security-headers';

const directives = (csp: string) => Object.fromEntries(csp.split('; ').map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1).join(' ')]));

describe('the page CSP', () => {
  it('runs only scripts with this response’s nonce (and what they load), no eval in production', () => {
    const csp = directives(pageCsp('/', 'abc123', { development: false }));
    expect(csp['script-src']).toBe("'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp['object-src']).toBe("'none'");
    expect(csp['base-uri']).toBe("'self'");
    expect(csp['connect-src']).toBe("'self'");
    expect(csp['img-src']).toBe("'self' data: blob:");
    expect(directives(pageCsp('/', 'n', { development: true }))['script-src']).toContain("'unsafe-eval'");
  });

  it('lets anyone in GLIMPSE_EMBED_FRAME_ANCESTORS frame the embed viewer, and only us frame the rest', () => {
    const ancestors = "'self' https://wiki.example.com";
    expect(directives(pageCsp('/embed/deck/abc', 'n', { embedAncestors: ancestors }))['frame-ancestors']).toBe(ancestors);
    for (const path of ['/', '/c/abc', '/share/abc', '/gallery', '/deck/abc', '/embedded']) {
      expect(directives(pageCsp(path, 'n', { embedAncestors: ancestors }))['frame-ancestors'], path).toBe("'self'");
    }
  });

  it('allows images from GLIMPSE_PUBLIC_URL, where the API points them', () => {
    expect(directives(pageCsp('/', 'n', { publicUrl: 'https://cdn.example.com/base/' }))['img-src']).toBe("'self' data: blob: https://cdn.example.com");
  });

  it('nonces are fresh, 128 bits', () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
  });
});
