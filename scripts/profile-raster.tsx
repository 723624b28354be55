/**
 * Where a fresh card's PNG time goes (issue 13, "a fast raster path"). Every candidate is measured
 * interleaved with the others in one process — round robin, many rounds — so a busy machine slows
 * them all alike; compare the medians' ratios, not absolute times.
 *
 *   GLIMPSE_DB_PATH=:memory: npx tsx scripts/profile-raster.tsx [rounds]
 */
import { lookTokens } from '@/lib/looks/tokens';
import { Resvg, renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import sharp from 'sharp';
import { collectText, elementToSvg, renderSvg } from '@/lib/render/satori';
import { fillBorderRings } from '@/lib/render/svg-borders';
import { planFonts } from '@/lib/render/fonts';
import { iconDataUri } from '@/lib/render/icons';
import { resolveTheme } from '@/lib/render/theme';
import { targetFor } from '@/lib/spec/visual';
import { standardCard } from './bench-card';

const ROUNDS = Number(process.argv[2] ?? 40);
const BASE: ResvgRenderOptions = { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } };

type Case = { label: string; run: () => Promise<unknown> };

async function interleaved(title: string, cases: Case[]): Promise<void> {
  for (const item of cases) await item.run();
  const times = cases.map(() => [] as number[]);
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const [index, item] of cases.entries()) {
      const started = performance.now();
      await item.run();
      times[index]?.push(performance.now() - started);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  console.log(`\n${title}`);
  const first = medianOf(times[0] ?? []);
  for (const [index, item] of cases.entries()) {
    const value = medianOf(times[index] ?? []);
    console.log(`  ${item.label.padEnd(52)} ${value.toFixed(1).padStart(7)} ms  ${(value / first).toFixed(2)}×`);
  }
}

function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Strips one kind of construct, only to see what it costs (the picture is wrong). */
const without = {
  clipPaths: (svg: string) => svg.replace(/ clip-path="[^"]*"/g, ''),
  masks: (svg: string) => svg.replace(/ mask="[^"]*"/g, ''),
  images: (svg: string) => svg.replace(/<image\b[^>]*\/>/g, ''),
  glyphs: (svg: string) => svg.replace(/<path\b[^>]* d="[^"]{2000,}"[^>]*\/>/g, ''),
};

/** The card as satori writes it, before renderSvg's rewrites. */
async function satoriSvg(): Promise<string> {
  const text = collectText(standardCard).join('\n');
  const measure = async () => ({ width: 0, height: 0 });
  const context = { theme: resolveTheme(standardCard.theme), look: lookTokens(standardCard.look), width: 1200, height: 630, fontFamily: planFonts(text).fontFamily, icon: iconDataUri, measure, page: 0, report: () => undefined };
  return elementToSvg(await targetFor(standardCard.kind).render(standardCard, context), { width: 1200, text });
}

async function main() {
  const raw = await satoriSvg();
  const svg = fillBorderRings(raw);
  const pixels = (await renderAsync(svg, BASE)).pixels;
  const pixelFormat = { raw: { width: 1200, height: 630, channels: 4 as const } };
  console.log(`card SVG ${(svg.length / 1024).toFixed(0)} KB; ${ROUNDS} rounds`);

  await interleaved('Stages of one fresh card', [
    { label: 'satori: spec → SVG', run: () => renderSvg(standardCard) },
    { label: 'resvg parse only (new Resvg)', run: async () => new Resvg(svg, BASE) },
    { label: 'resvg parse + draw (renderAsync)', run: () => renderAsync(svg, BASE) },
    { label: 'sharp PNG encode (level 6, no adaptive filter)', run: () => sharp(pixels, pixelFormat).png({ compressionLevel: 6, adaptiveFiltering: false }).toBuffer() },
    { label: 'sharp WebP encode (q88 effort 2)', run: () => sharp(pixels, pixelFormat).webp({ quality: 88, effort: 2 }).toBuffer() },
  ]);

  await interleaved('resvg: borders as satori writes them (stroke + clips) vs filled rings', [
    { label: 'borders as satori wrote them', run: () => renderAsync(raw, BASE) },
    { label: 'borders as filled rings (fillBorderRings)', run: () => renderAsync(svg, BASE) },
    { label: 'the rewrite itself', run: async () => fillBorderRings(raw) },
  ]);

  await interleaved('resvg: what each construct costs (stripped, for attribution only)', [
    { label: 'as rendered (rings)', run: () => renderAsync(svg, BASE) },
    ...Object.entries(without).map(([name, strip]) => {
      const stripped = strip(svg);
      return { label: `without ${name}`, run: () => renderAsync(stripped, BASE) };
    }),
  ]);

  await interleaved('resvg options', [
    { label: 'defaults (geometricPrecision)', run: () => renderAsync(svg, BASE) },
    { label: 'shapeRendering optimizeSpeed (no AA)', run: () => renderAsync(svg, { ...BASE, shapeRendering: 0 }) },
    { label: 'shapeRendering crispEdges', run: () => renderAsync(svg, { ...BASE, shapeRendering: 1 }) },
    { label: 'imageRendering optimizeSpeed', run: () => renderAsync(svg, { ...BASE, imageRendering: 1 }) },
  ]);

  const sizes = new Map<string, number>();
  const encode = (label: string, make: () => Promise<Buffer>): Case => ({ label, run: async () => sizes.set(label, (await make()).length) });
  await interleaved('PNG / WebP encoding from the same pixels (size after the table)', [
    encode('PNG level 6, no adaptive (today)', () => sharp(pixels, pixelFormat).png({ compressionLevel: 6, adaptiveFiltering: false }).toBuffer()),
    encode('PNG level 1', () => sharp(pixels, pixelFormat).png({ compressionLevel: 1, adaptiveFiltering: false }).toBuffer()),
    encode('PNG level 3', () => sharp(pixels, pixelFormat).png({ compressionLevel: 3, adaptiveFiltering: false }).toBuffer()),
    encode('PNG level 6, adaptive', () => sharp(pixels, pixelFormat).png({ compressionLevel: 6, adaptiveFiltering: true }).toBuffer()),
    encode('PNG level 9', () => sharp(pixels, pixelFormat).png({ compressionLevel: 9, adaptiveFiltering: false }).toBuffer()),
    encode('resvg asPng', async () => (await renderAsync(svg, BASE)).asPng()),
    encode('WebP q88 effort 2 (today)', () => sharp(pixels, pixelFormat).webp({ quality: 88, effort: 2 }).toBuffer()),
    encode('WebP q88 effort 0', () => sharp(pixels, pixelFormat).webp({ quality: 88, effort: 0 }).toBuffer()),
  ]);
  for (const [label, bytes] of sizes) console.log(`  ${label.padEnd(52)} ${(bytes / 1024).toFixed(0).padStart(7)} KB`);
}

await main();
