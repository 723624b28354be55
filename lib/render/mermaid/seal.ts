import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { packageFile } from '@/lib/render/assets';
import { PAGE_SCRIPT } from './page-script';

/** The only URLs a render page may load: inline data and blank documents. */
export function isAllowedPageUrl(url: string): boolean {
  return /^(data|about):/i.test(url);
}

/**
 * A browser context that cannot reach anything: every request it makes is routed through us and
 * aborted unless it is `data:`/`about:`, WebSockets are closed, service workers are refused and
 * the network is emulated offline. Playwright routes the page's and its dedicated workers' requests.
 */
export async function sealedContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ serviceWorkers: 'block', offline: true, acceptDownloads: false });
  await context.route('**/*', (route) => (isAllowedPageUrl(route.request().url()) ? route.continue() : route.abort('blockedbyclient')));
  await context.routeWebSocket(/.*/, (socket) => socket.close());
  return context;
}

/**
 * What the page may do: run our two nonce'd scripts, use inline styles (mermaid writes `<style>`
 * into its SVG; Glimpse's fonts are inline @font-face), and draw `data:` images and fonts. Nothing
 * else — no fetch, no XHR, no WebSocket, no `@import`, no `url(http…)`, no frames, no forms.
 */
export function pageCsp(nonce: string): string {
  return [`default-src 'none'`, `script-src 'nonce-${nonce}'`, `style-src 'unsafe-inline'`, `img-src data:`, `font-src data:`, `base-uri 'none'`, `form-action 'none'`, `frame-src 'none'`].join('; ');
}

let mermaidSource: string | undefined;

/** mermaid's bundle, safe to inline in a `<script>` (the HTML parser must not see `</script` in it). */
function mermaidScript(): string {
  mermaidSource ??= readFileSync(packageFile('mermaid', 'dist', 'mermaid.min.js'), 'utf8').replace(/<\/script/gi, '<\\/script');
  return mermaidSource;
}

/**
 * The render page, whole: its CSP first, then mermaid and the page script inline with a fresh
 * nonce, so loading it fetches nothing and nothing injected later can run as a script.
 */
export function pageHtml(): string {
  const nonce = randomBytes(16).toString('base64');
  return [
    '<!doctype html><html><head>',
    `<meta http-equiv="Content-Security-Policy" content="${pageCsp(nonce)}">`,
    '<style id="glimpse-fonts"></style>',
    `<script nonce="${nonce}">${mermaidScript()}</script>`,
    `<script nonce="${nonce}">${PAGE_SCRIPT}</script>`,
    '</head><body><div id="glimpse-out"></div></body></html>',
  ].join('');
}
