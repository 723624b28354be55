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

/**
 * Only for the render pool's browser (the e2e browser must still reach the test server): no host
 * name resolves, and — measured against a loopback sinkhole — neither does any IP literal
 * (`127.0.0.1`, `127.1`, `0x7f000001`, `2130706433`, `[::ffff:127.0.0.1]`, `[::1]`): Chromium sends
 * literals through the host resolver too, so every connection fails with ERR_NAME_NOT_RESOLVED
 * before a socket is opened. WebRTC (which has its own sockets) may not use UDP outside a proxy,
 * and there is none.
 */
export const SEALED_CHROMIUM_ARGS = [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND', '--force-webrtc-ip-handling-policy=disable_non_proxied_udp'];
