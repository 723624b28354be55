/**
 * Flags for Debian's Chromium on a closed network, as root — for the mermaid pool and the e2e
 * browser alike (never a downloaded browser). Without the background-networking flags Chromium
 * keeps trying to reach Google's hosts.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];
