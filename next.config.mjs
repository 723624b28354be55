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
  ],
  poweredByHeader: false,
  // Compression would drop Content-Length, which image clients rely on; put a proxy in front to compress SVG/JSON.
  compress: false,
  reactStrictMode: true,
};

export default nextConfig;
