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
  ],
  poweredByHeader: false,
  // Who may put the deck viewer in an <iframe>. Read here, not in lib/env.ts, because headers are
  // configured before the app loads; documented in .env.example (GLIMPSE_EMBED_FRAME_ANCESTORS).
  async headers() {
    const ancestors = process.env.GLIMPSE_EMBED_FRAME_ANCESTORS?.trim() || '*';
    return [
      { source: '/embed/:path*', headers: [{ key: 'Content-Security-Policy', value: `frame-ancestors ${ancestors}` }] },
      { source: '/((?!embed/).*)', headers: [{ key: 'Content-Security-Policy', value: "frame-ancestors 'self'" }] },
    ];
  },
  // Compression would drop Content-Length, which image clients rely on; put a proxy in front to compress SVG/JSON.
  compress: false,
  reactStrictMode: true,
};

export default nextConfig;
