import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { env } from '@/lib/env';
import { CHROMIUM_ARGS, SEALED_CHROMIUM_ARGS } from '@/lib/render/chromium-args';
import { MERMAID_SINKS } from '@/lib/testing/mermaid-sinks';
import { loopbackHosts, startSinkhole, type Sinkhole } from '@/lib/testing/sinkhole';
import { MermaidPool } from './pool';
import { pageHtml, sealedContext } from './seal';

// Each seal on its own, in real Chromium, against a real loopback server that counts connections.

let hole: Sinkhole;
let open: Browser;
let sealed: Browser;

beforeAll(async () => {
  hole = await startSinkhole();
  const launch = (args: string[]) => chromium.launch({ executablePath: env.GLIMPSE_CHROMIUM_PATH, args });
  [open, sealed] = await Promise.all([launch(CHROMIUM_ARGS), launch(SEALED_CHROMIUM_ARGS)]);
});

afterAll(async () => {
  await Promise.all([open?.close(), sealed?.close(), hole?.close()]);
});

/** Everything a page's code can do to reach a host: fetch, a redirect, <img>, CSS url() and @import, <link>, WebSocket, EventSource. */
async function reachFor(page: Page, base: string): Promise<void> {
  await page.evaluate(async (base) => {
    const settle = (promise: Promise<unknown>) => Promise.race([promise.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 1000))]);
    const image = (src: string) =>
      new Promise((resolve) => {
        const element = new Image();
        element.onload = element.onerror = resolve;
        element.src = src;
      });
    const style = document.createElement('style');
    style.textContent = `@import url(${base}/import.css); body { background-image: url(${base}/background.png) }`;
    document.head.append(style);
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: `${base}/link.css` });
    document.head.append(link);
    const socket = new WebSocket(`${base.replace(/^http/, 'ws')}/socket`);
    const events = new EventSource(`${base}/events`);
    await Promise.all([settle(fetch(`${base}/fetch`, { mode: 'no-cors' })), settle(fetch(`${base}/redirect`, { mode: 'no-cors' })), settle(image(`${base}/image.png`)), settle(new Promise((resolve) => (link.onload = link.onerror = resolve)))]);
    getComputedStyle(document.body).backgroundImage;
    socket.close();
    events.close();
  }, base);
}

/** Connections the sinkhole saw while `run` ran (a short grace for late sockets). */
async function connections(run: () => Promise<void>): Promise<number> {
  const before = hole.hits.length;
  await run();
  await new Promise((resolve) => setTimeout(resolve, 200));
  return hole.hits.length - before;
}

async function attemptEveryHost(page: Page): Promise<Record<string, number>> {
  const seen: Record<string, number> = {};
  for (const host of loopbackHosts(hole.ipv6)) seen[host] = await connections(() => reachFor(page, `http://${host}:${hole.port}`));
  return seen;
}

const zeroEverywhere = () => Object.fromEntries(loopbackHosts(hole.ipv6).map((host) => [host, 0]));

describe('the Chromium pool is sealed from the network, each layer on its own', () => {
  it('control: an unsealed page reaches the sinkhole at every spelling of loopback', async () => {
    const page = await open.newPage();
    const seen = await attemptEveryHost(page);
    await page.close();
    for (const [host, count] of Object.entries(seen)) expect(count, host).toBeGreaterThan(0);
  });

  it('Chromium flags alone (SEALED_CHROMIUM_ARGS): no host name and no IP literal connects', async () => {
    const page = await sealed.newPage();
    expect(await attemptEveryHost(page)).toEqual(zeroEverywhere());
    await page.close();
  });

  it('the sealed context alone (routes, offline, no service workers) in an open browser', async () => {
    const context = await sealedContext(open);
    const page = await context.newPage();
    expect(await attemptEveryHost(page)).toEqual(zeroEverywhere());
    await context.close();
  });

  it('the page CSP alone in an open browser and an open context', async () => {
    const page = await open.newPage();
    await page.setContent(pageHtml());
    expect(await page.evaluate(() => typeof (window as unknown as { glimpseRender?: unknown }).glimpseRender)).toBe('function');
    expect(await attemptEveryHost(page)).toEqual(zeroEverywhere());
    await page.close();
  });
});

describe('the pool page cannot fetch even when a diagram skips the source check', () => {
  const pool = new MermaidPool({ size: 1, timeoutMs: 20_000, executablePath: env.GLIMPSE_CHROMIUM_PATH });
  afterAll(() => pool.close());
  const draw = (source: string) => pool.render({ source, fontFamily: 'sans-serif', fontCss: '', themeVariables: { edgeLabelBackground: '#ffffff' } }).catch(() => undefined);

  it('every sink at 127.0.0.1, and the image and themeCSS sinks at every spelling: zero connections', async () => {
    const fetching = MERMAID_SINKS.filter((sink) => sink.name === 'img shape' || sink.name === 'themeCSS url');
    const seen = await connections(async () => {
      for (const sink of MERMAID_SINKS) await draw(sink.source(`http://127.0.0.1:${hole.port}`));
      for (const host of loopbackHosts(hole.ipv6)) for (const sink of fetching) await draw(sink.source(`http://${host}:${hole.port}`));
    });
    expect(seen, hole.hits.map((hit) => hit.requestLine).join('; ')).toBe(0);
    // And the page still draws.
    expect(await draw('flowchart LR\n  A --> B')).toContain('<svg');
  });
});
