import type { Metadata } from 'next';
import type { ReactNode } from 'react';
// The UI font ships with the app (no font CDN): Inter from @fontsource.
import '@fontsource/inter/400.css';
import '@fontsource/inter/600.css';
import '@fontsource/inter/700.css';
// Code and the spec editor: a bundled monospace too, so no system font decides how JSON looks.
import '@fontsource/jetbrains-mono/400.css';
import '@fontsource/jetbrains-mono/600.css';
import './globals.css';

// Every page is rendered per request, the 404 for unknown paths included: the CSP's script nonce
// (proxy.ts) is per response, and a prerendered page's scripts would carry none.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Glimpse — answers as pictures',
  description: 'Generative-UI server: visual specs rendered to PNG, SVG, WebP and PDF in milliseconds.',
  icons: { icon: '/favicon.svg' },
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
