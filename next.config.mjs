/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native addons and packages that read their own files from disk at run time stay outside the bundle.
  serverExternalPackages: [
    '@resvg/resvg-js',
    'sharp',
    'better-sqlite3',
    'satori',
    'pdfkit',
    'svg-to-pdfkit',
    '@iconify/utils',
    'playwright-core',
    // Forks its own entry file, found from its own location in node_modules.
    'tinypool',
    // Database and Redis clients: one copy per process (pg is on Next's own list too).
    'pg',
    'ioredis',
  ],
  poweredByHeader: false,
  // Static security headers on every response (pages, API, images, assets). The pages' CSP (with a
  // per-request nonce and the embed viewer's frame-ancestors) is set in proxy.ts. The later rule wins
  // for the same key: a shared conversation's URL is its secret, so those pages send no Referer at all.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
        ],
      },
      { source: '/share/:path*', headers: [{ key: 'Referrer-Policy', value: 'no-referrer' }] },
      { source: '/embed/share/:path*', headers: [{ key: 'Referrer-Policy', value: 'no-referrer' }] },
    ];
  },
  // Compression would drop Content-Length, which image clients rely on; put a proxy in front to compress SVG/JSON.
  compress: false,
  reactStrictMode: true,
  // Next.js loads every route's bundle as the server starts by default: ~115 MB of the main process
  // at idle (306 → 191 MB RSS, measured), for routes a render-only node may never serve. Each route
  // loads on its first request instead; the render workers still boot at start (instrumentation.ts).
  experimental: { preloadEntriesOnStart: false },
};

export default nextConfig;
