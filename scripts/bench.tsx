/**
 * npm run bench — medians of warm runs, printed beside the alternatives measured in the same run
 * (absolute times drift between machines and minutes; ratios are what to compare).
 */
import { lookTokens } from '@/lib/looks/tokens';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { chromium } from 'playwright-core';
import { env } from '@/lib/env';
import { parseSpec, targetFor, type VisualSpec } from '@/lib/spec/visual';
import { render } from '@/lib/render/render';
import { collectText, renderSvg } from '@/lib/render/satori';
import { rasterize } from '@/lib/render/rasterize';
import { planFonts } from '@/lib/render/fonts';
import { resolveTheme } from '@/lib/render/theme';
import { iconDataUri } from '@/lib/render/icons';
import { infographicExamples } from '@/lib/targets/infographic/examples';
import { chartExamples, compactExamples } from '@/lib/targets/chart/examples';
import { englishDeck } from '@/lib/targets/slides/examples';
import { whiteboardExamples } from '@/lib/targets/whiteboard/examples';
import { renderMermaid } from '@/lib/render/mermaid';
import { MermaidPool } from '@/lib/render/mermaid/pool';
import { POST as chatRoute } from '@/app/api/chat/route';
import { plan } from '@/lib/llm/plan';
import { CHROMIUM_ARGS } from '@/lib/render/chromium-args';
import { RenderPool } from '@/lib/render/pool';
import { renderService } from '@/lib/render/service';
import { hasBuild, httpBench, type HttpFigures } from './bench-http';
import { nodesBench } from './bench-nodes';
import { tokensBench } from './bench-tokens';
import { standardCard } from './bench-card';
import { newOwnerToken, OWNER_COOKIE } from '@/lib/http/owner';

const TAIWAN = 'compare the populations of the five largest cities in Taiwan\nCity,Population\nNew Taipei,4046000\nTaichung,2861000\nKaohsiung,2724000\nTaipei,2494000\nTaoyuan,2330000';

/** The chat route answers only a request with an owner (proxy.ts mints one for browsers). */
const BENCH_OWNER = newOwnerToken();

/** One chat turn through the real route handler (offline planner, SQLite): request → end of the UI message stream. */
async function chatTurn(turn: number): Promise<void> {
  const body = { id: `bench-chat-${turn}`, message: { id: `q${turn}`, role: 'user', parts: [{ type: 'text', text: `${TAIWAN}\nRow ${turn},${turn}` }] } };
  const headers = { 'content-type': 'application/json', cookie: `${OWNER_COOKIE}=${BENCH_OWNER}` };
  const response = await chatRoute(new Request('http://bench.local/api/chat', { method: 'POST', headers, body: JSON.stringify(body) }));
  const text = await response.text();
  if (!text.includes('tool-output-available')) throw new Error(`chat turn failed: ${text.slice(0, 200)}`);
}

const WARMUP = 5;
// npm run bench -- [runs] [--http] [--nodes] [--server-dir=<checkout with a build>] [--tokens] [--price-per-mtok=2.50] [--cached-price-per-mtok=1.25] [--output-price-per-mtok=10]
const FLAGS = process.argv.slice(2);
const RUNS = Number(FLAGS.find((flag) => /^\d+$/.test(flag)) ?? 25);
/** Only the built-server part (e.g. against another checkout's build). */
const HTTP_ONLY = FLAGS.includes('--http');
/** Only one built node against two on PostgreSQL + Redis (needs a build, postgresql and redis-server). */
const NODES_ONLY = FLAGS.includes('--nodes');
/** Only the tokens-per-visual table (offline, a few seconds). */
const TOKENS_ONLY = FLAGS.includes('--tokens');
const price = (name: string, fallback: number) => Number(FLAGS.find((flag) => flag.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback);
const INPUT_PRICE = price('price-per-mtok', 2.5);
const PRICES = { input: INPUT_PRICE, cached: price('cached-price-per-mtok', INPUT_PRICE / 2), output: price('output-price-per-mtok', 10) };
const SERVER_DIR = FLAGS.find((flag) => flag.startsWith('--server-dir='))?.slice('--server-dir='.length) ?? process.cwd();

const card = standardCard;

/** `a` and `b` alternated for `runs` rounds: prints both medians, returns the median of a/b per round. */
async function pairedMedianRatio(label: string, a: () => Promise<unknown>, b: () => Promise<unknown>, runs = RUNS): Promise<number> {
  const time = async (run: () => Promise<unknown>) => {
    const started = performance.now();
    await run();
    return performance.now() - started;
  };
  const ratios: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    // Which goes first alternates too, so neither always runs on a cache the other just warmed.
    if (index % 2 === 0) {
      const first = await time(a);
      ratios.push(first / (await time(b)));
    } else {
      const second = await time(b);
      ratios.push((await time(a)) / second);
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  ratios.sort((x, y) => x - y);
  const value = ratios[Math.floor(ratios.length / 2)] ?? Number.NaN;
  console.log(`  ${label.padEnd(46)} ${value.toFixed(2).padStart(8)} ×`);
  return value;
}

async function median(label: string, run: () => Promise<unknown>, runs = RUNS): Promise<number> {
  for (let index = 0; index < Math.min(WARMUP, runs); index += 1) await run();
  const times: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
    // Yield so native memory from async renders is released between runs.
    await new Promise((resolve) => setImmediate(resolve));
  }
  times.sort((a, b) => a - b);
  const value = times[Math.floor(times.length / 2)] ?? Number.NaN;
  console.log(`  ${label.padEnd(46)} ${value.toFixed(1).padStart(8)} ms`);
  return value;
}

/** The same element tree as HTML for Chromium, with the same font files as @font-face. */
async function chromiumHtml(spec: VisualSpec & { width?: number; height?: number }): Promise<string> {
  const target = targetFor(spec.kind);
  const text = collectText(spec).join('\n');
  const plan = planFonts(text, spec.locale);
  const width = spec.width ?? (typeof target.size === 'function' ? target.size(spec) : target.size).width;
  const element = target.render(spec, { theme: resolveTheme(spec.theme), look: lookTokens(spec.look), width, height: spec.height, fontFamily: plan.fontFamily, icon: iconDataUri, measure: noMeasure, page: 0, report: () => undefined });
  const faces = plan.fonts
    .map((font) => `@font-face{font-family:'${font.name}';font-weight:${font.weight};src:url(data:font/woff;base64,${Buffer.from(font.data as Buffer).toString('base64')}) format('woff');}`)
    .join('');
  return `<!doctype html><html><head><style>${faces}*{box-sizing:border-box}body{margin:0}div{display:flex}</style></head><body>${renderToStaticMarkup(await element)}</body></html>`;
}

const noMeasure = async () => ({ width: 0, height: 0 });

/** The built server over HTTP on loopback, if there is a build (npm run build). */
async function builtServer(): Promise<HttpFigures | undefined> {
  console.log(`\nThe built server over HTTP (${SERVER_DIR}): card 1200×630 PNG, POST /api/render`);
  if (!hasBuild(SERVER_DIR)) {
    console.log('  skipped: no build there (npm run build)');
    return undefined;
  }
  return httpBench(SERVER_DIR, card, median);
}

function printHttpRatios(http: HttpFigures | undefined) {
  if (!http) return;
  console.log(`  fresh / repeated spec over HTTP             ${(http.freshMs / http.repeatMs).toFixed(1)}×  (the output cache when > 1)`);
  console.log(`  fresh POST / repeated image GET             ${(http.freshMs / http.imageGetMs).toFixed(0)}×  (memory cache via the fast path; target: a hit ≤ 3 ms)`);
  console.log(`  2 clients / 1 client throughput             ${http.clientRatio.toFixed(2)}×  (median of the alternated rounds; target ≥ 1.7×)`);
}

async function main() {
  console.log(`Glimpse bench — ${RUNS} warm runs each (median), Node ${process.version}`);
  if (NODES_ONLY) {
    console.log(`\nOne node vs two (${SERVER_DIR}) on PostgreSQL + Redis, card 1200×630 PNG`);
    if (!hasBuild(SERVER_DIR)) console.log('  skipped: no build there (npm run build)');
    else await nodesBench(SERVER_DIR, card);
    return;
  }
  if (HTTP_ONLY) {
    const http = await builtServer();
    console.log('\nRatios over HTTP (same run)');
    printHttpRatios(http);
    writeResults({ node: process.version, cores: os.cpus().length, http });
    return;
  }
  await tokensBench(PRICES);
  if (TOKENS_ONLY) return;
  console.log('\nStandard card 1200×630 (title, 3 stats, a callout)');
  const cold = performance.now();
  await render(card, { format: 'png', scale: 1 });
  console.log(`  ${'first render in this process (cold)'.padEnd(46)} ${(performance.now() - cold).toFixed(1).padStart(8)} ms`);
  const svg = await median('spec → SVG (satori)', () => renderSvg(card));
  const png = await median('spec → PNG (satori + resvg, default)', () => render(card, { format: 'png', scale: 1 }));
  const { svg: cardSvg } = await renderSvg(card);
  const sharpPng = await median('spec → PNG (satori + sharp/librsvg)', async () => rasterize((await renderSvg(card)).svg, { format: 'png', scale: 1, engine: 'sharp' }));
  const rasterResvg = await median('raster only: resvg', () => rasterize(cardSvg, { format: 'png', scale: 1 }));
  const rasterSharp = await median('raster only: sharp', () => rasterize(cardSvg, { format: 'png', scale: 1, engine: 'sharp' }));
  await median('spec → WebP', () => render(card, { format: 'webp', scale: 1 }));
  await median('spec → PNG @2x', () => render(card, { format: 'png', scale: 2 }));
  await median('spec → PDF (vector)', () => render(card, { format: 'pdf', scale: 1 }));

  const showcase = parseSpec(infographicExamples.find((example) => example.name === 'showcase')?.spec);
  const taiwan = parseSpec(infographicExamples.find((example) => example.name === 'zh-tw')?.spec);
  console.log('\nLarger layouts');
  await median('showcase 1200×~1650 → PNG', () => render(showcase, { format: 'png', scale: 1 }));
  await median('showcase raster only: sharp', async () => rasterize((await renderSvg(showcase)).svg, { format: 'png', scale: 1, engine: 'sharp' }));
  await median('繁體中文 card → PNG', () => render(taiwan, { format: 'png', scale: 1 }));

  console.log('\nCharts (compact form compiles to Vega-Lite; Vega renders SVG; text outlined; resvg)');
  const barChart = parseSpec(compactExamples.bar);
  const vegaLiteChart = parseSpec(chartExamples.find((example) => example.name === 'chart-vega-lite')?.spec);
  await median('compact bar chart → SVG', () => renderSvg(barChart));
  await median('compact bar chart → PNG', () => render(barChart, { format: 'png', scale: 1 }));
  await median('Vega-Lite layered chart → PNG', () => render(vegaLiteChart, { format: 'png', scale: 1 }));

  console.log('\nSlides: a 10-slide deck (every layout, one embedded chart)');
  const deck = parseSpec(englishDeck);
  await median('one slide → PNG', () => render(deck, { format: 'png', scale: 1, page: 2 }));
  // Whole-deck exports take seconds: fewer runs keep the benchmark short.
  const deckPdf = await median('10-slide deck → PDF (vector + text layer), one process', () => render(deck, { format: 'pdf', scale: 1 }), 5);
  await median('10-slide deck → PPTX (native text)', () => render(deck, { format: 'pptx', scale: 1 }), 5);

  console.log('\nChat: one turn on the offline planner (plan + store + describe + stream), then its image');
  let turns = 0;
  const chatMs = await median('chat turn → end of stream (new conversation)', () => chatTurn(turns++), 15);
  const answer = (await plan({ prompt: TAIWAN }, { model: null })).spec;
  const answerPng = await median('its answer → PNG (what the <img> then loads)', () => render(answer, { format: 'png', scale: 1 }), 15);

  console.log('\nWhiteboards');
  const board = parseSpec(whiteboardExamples[0]?.spec);
  await median('native whiteboard (elkjs + rough.js) → PNG', () => render(board, { format: 'png', scale: 1 }), 10);
  const flowchart = 'flowchart LR\n  A[Request] --> B{Valid?}\n  B -->|yes| C[Render]\n  B -->|no| D[Error image]';
  const theme = resolveTheme(undefined);
  const pool = new MermaidPool({ size: 1, timeoutMs: 60_000, executablePath: env.GLIMPSE_CHROMIUM_PATH });
  let warmMermaid = Number.NaN;
  let coldMermaid = Number.NaN;
  try {
    warmMermaid = await median('mermaid flowchart, warm pool → SVG', () => renderMermaid(flowchart, theme, undefined, { pool }), 15);
    coldMermaid = await median('mermaid flowchart, cold browser per diagram (mmdc-style)', async () => {
      const cold = new MermaidPool({ size: 1, timeoutMs: 60_000, executablePath: env.GLIMPSE_CHROMIUM_PATH });
      try {
        await renderMermaid(flowchart, theme, undefined, { pool: cold });
      } finally {
        await cold.close();
      }
    }, 3);
  } finally {
    await pool.close();
  }

  console.log('\nRender workers (the request path): the card in a worker process, IPC included');
  const workers = new RenderPool({ threads: 1, maxQueue: 4, timeoutMs: 120_000 });
  let pooledPng = Number.NaN;
  try {
    const booting = performance.now();
    await workers.run({ type: 'render', spec: card, options: { format: 'png', scale: 1 } });
    console.log(`  ${'worker boot + first card'.padEnd(46)} ${(performance.now() - booting).toFixed(1).padStart(8)} ms`);
    pooledPng = await median('spec → PNG in a worker', () => workers.run({ type: 'render', spec: card, options: { format: 'png', scale: 1 } }));
  } finally {
    await workers.close();
    await renderService().close();
  }

  console.log('\nBaseline: warm headless Chromium (same content as HTML, same fonts), setContent + screenshot');
  const browser = await chromium.launch({
    executablePath: env.GLIMPSE_CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  let chromiumMs = Number.NaN;
  let pairedRatio = Number.NaN;
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
    const html = await chromiumHtml(card);
    const screenshot = async () => {
      await page.setContent(html, { waitUntil: 'load' });
      await page.screenshot({ type: 'png' });
    };
    chromiumMs = await median('Chromium warm page → PNG', screenshot);
    // The same two, alternated round by round, so a busy minute slows both alike: the ratio to trust.
    pairedRatio = await pairedMedianRatio('Chromium / Glimpse PNG, alternated', screenshot, () => render(card, { format: 'png', scale: 1 }));
  } finally {
    await browser.close();
  }

  console.log('\nRatios (same run)');
  console.log(`  Chromium screenshot / Glimpse PNG        ${(chromiumMs / png).toFixed(1)}×  (Glimpse is faster when > 1)`);
  console.log(`  … the same, alternated round by round    ${pairedRatio.toFixed(1)}×  (median of per-round ratios; target ≥ 2×, aim 3×)`);
  console.log(`  sharp raster / resvg raster              ${(rasterSharp / rasterResvg).toFixed(1)}×  (why resvg is the default)`);
  console.log(`  satori+sharp / satori+resvg PNG          ${(sharpPng / png).toFixed(1)}×`);
  console.log(`  SVG share of PNG time                    ${((svg / png) * 100).toFixed(0)}%`);
  console.log(`  chat turn / answer PNG                   ${(chatMs / answerPng).toFixed(1)}×  (planning + storage + SVG for size/alt, as a share of drawing the PNG)`);
  console.log(`  mermaid cold launch / warm pool          ${(coldMermaid / warmMermaid).toFixed(1)}×`);
  console.log(`  worker PNG / in-process PNG              ${(pooledPng / png).toFixed(2)}×  (the cost of the process boundary)`);
  console.log(`\nPeak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (this process)`);

  const http = await builtServer();
  console.log('\nRatios over HTTP (same run)');
  printHttpRatios(http);
  printIssueTable({ pairedRatio, png, chromiumMs, deckPdf, peakRssMb: process.resourceUsage().maxRSS / 1024, http });
  writeResults({ runs: RUNS, node: process.version, cores: os.cpus().length, inProcess: { svg, png, chromiumMs, pairedRatio, deckPdf, pooledPng, chatMs, warmMermaid }, http });
}

interface Summary {
  pairedRatio: number;
  png: number;
  chromiumMs: number;
  deckPdf: number;
  peakRssMb: number;
  http: HttpFigures | undefined;
}

/** Issue 13's table: its figures from November (one run each, on a 2-core machine) beside this run's, and the targets. */
function printIssueTable({ pairedRatio, deckPdf, peakRssMb, http }: Summary) {
  const rows: [string, string, string, string][] = [
    ['fresh card vs warm Chromium screenshot', '2× slower (0.52×)', `${pairedRatio.toFixed(2)}× faster`, '≥ 2× faster'],
    ['identical spec again, POST', '59 ms (no cache)', http ? `${http.repeatMs.toFixed(1)} ms` : '—', '—'],
    ['cached image GET', '—', http ? `${http.imageGetMs.toFixed(1)} ms` : '—', '≤ 3 ms'],
    ['2 clients / 1 client throughput', '—', http ? `${http.clientRatio.toFixed(2)}×` : '—', '≥ 1.7×'],
    ['100 clients × 20 s: drawn/s', '1.6 req/s', http ? `${http.load.perSecond.toFixed(1)} /s` : '—', '—'],
    ['… p99 of drawn answers', '19 s', http ? `${(http.load.p99Ms / 1000).toFixed(2)} s` : '—', '< 3 s'],
    ['… /api/health max', 'stopped answering', http ? `${http.load.healthMaxMs.toFixed(0)} ms` : '—', '< 500 ms'],
    ['… server thread late by, max', '—', http ? `${http.load.eventLoopMaxMs.toFixed(0)} ms` : '—', '—'],
    ['… 5xx other than 503', '—', http ? String(http.load.unexpected5xx) : '—', '0'],
    ['… peak RSS, server + workers', '0.7–1.1 GB', http ? `${http.load.peakRssMb.toFixed(0)} MB` : '—', '< 600 MB'],
    ['bench process peak RSS', '970 MB', `${peakRssMb.toFixed(0)} MB`, '—'],
    ['10-slide deck → PDF, one process', '1.1 s', `${deckPdf.toFixed(0)} ms`, '—'],
    ['10-slide deck → PDF over HTTP (workers)', '—', http ? `${http.deckPdfMs.toFixed(0)} ms` : '—', '< 500 ms'],
  ];
  console.log('\nIssue 13: its figures (November) and this run');
  console.log(`  ${'what'.padEnd(42)} ${'then'.padEnd(20)} ${'now'.padEnd(16)} target`);
  for (const [what, then, now, target] of rows) console.log(`  ${what.padEnd(42)} ${then.padEnd(20)} ${now.padEnd(16)} ${target}`);
}

/** Every figure of this run, for comparing runs (bench/results.json; not committed by default). */
function writeResults(figures: object) {
  const file = path.join(process.cwd(), 'bench', 'results.json');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ at: new Date().toISOString(), ...figures }, null, 2)}\n`);
  console.log(`\nWrote ${path.relative(process.cwd(), file)}`);
}

await main();
