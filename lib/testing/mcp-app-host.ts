/**
 * A minimal MCP Apps host for tests: a page that puts the App's HTML in a sandboxed iframe (no
 * same-origin, like real hosts) under a strict CSP, answers the App's `ui/initialize`, records
 * what the App asks of it (links opened, messages, context updates, downloads), and hands its
 * `tools/call` and `resources/read` requests to `window.hostCallTool` / `window.hostReadResource`
 * (Playwright's exposeFunction, backed by a real MCP client). Send a tool result with
 * `window.hostNotify('ui/notifications/tool-result', result)` once `window.host.initialized`.
 */
export interface HostPageOptions {
  /** Origins the App may load pictures from (the resource's `_meta.ui.csp.resourceDomains`). */
  resourceDomains?: string[];
  theme?: 'light' | 'dark';
  width?: number;
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The CSP a host applies by default: nothing from the network but the declared picture origins. */
export function appCsp(resourceDomains: string[] = []): string {
  const domains = resourceDomains.join(' ');
  return `default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob: ${domains}; font-src data:; connect-src 'none'; frame-src 'none'`;
}

export function hostPage(appHtml: string, options: HostPageOptions = {}): string {
  const csp = `<meta http-equiv="Content-Security-Policy" content="${appCsp(options.resourceDomains)}">`;
  const sealed = appHtml.replace('<head>', `<head>${csp}`);
  const width = options.width ?? 760;
  const theme = options.theme ?? 'light';
  const script = `
const frame = () => document.getElementById('view');
const host = (window.host = { messages: [], opened: [], contexts: [], sent: [], downloads: [], initialized: false });
const send = (message) => frame().contentWindow.postMessage(message, '*');
window.hostNotify = (method, params) => send({ jsonrpc: '2.0', method, params });
const capabilities = { openLinks: {}, serverTools: {}, serverResources: {}, downloadFile: {}, logging: {}, updateModelContext: { text: {} }, message: { text: {} } };
window.addEventListener('message', async (event) => {
  if (event.source !== frame().contentWindow) return;
  const message = event.data;
  host.messages.push(message);
  if (message.method === 'ui/notifications/initialized') { host.initialized = true; return; }
  if (message.method === 'ui/notifications/size-changed') { if (message.params && message.params.height) frame().style.height = Math.ceil(message.params.height) + 'px'; return; }
  if (message.id === undefined || !message.method) return;
  try {
    let result = {};
    switch (message.method) {
      case 'ui/initialize':
        result = { protocolVersion: message.params.protocolVersion, hostInfo: { name: 'glimpse-test-host', version: '1.0.0' }, hostCapabilities: capabilities,
          hostContext: { theme: ${JSON.stringify(theme)}, displayMode: 'inline', availableDisplayModes: ['inline'], platform: 'web', containerDimensions: { width: ${width}, maxHeight: 4000 } } };
        break;
      case 'tools/call': result = await window.hostCallTool(message.params); break;
      case 'resources/read': result = await window.hostReadResource(message.params); break;
      case 'ui/open-link': host.opened.push(message.params.url); break;
      case 'ui/update-model-context': host.contexts.push(message.params); break;
      case 'ui/message': host.sent.push(message.params); break;
      case 'ui/download-file': host.downloads.push(message.params); break;
      case 'ping': break;
      default: send({ jsonrpc: '2.0', id: message.id, error: { code: -32601, message: 'not supported: ' + message.method } }); return;
    }
    send({ jsonrpc: '2.0', id: message.id, result });
  } catch (error) {
    send({ jsonrpc: '2.0', id: message.id, error: { code: -32000, message: String(error && error.message || error) } });
  }
});`;
  return `<!doctype html><html><head><meta charset="utf-8"><title>MCP test host</title>
<style>body{margin:0;padding:16px;background:${theme === 'dark' ? '#0d0e11' : '#eef0f3'}}iframe{display:block;border:0;width:${width}px;height:200px;background:transparent}</style>
<script>${script}</script></head>
<body><iframe id="view" title="Glimpse view" sandbox="allow-scripts" srcdoc="${escapeAttribute(sealed)}"></iframe></body></html>`;
}
