import { Resvg, renderAsync } from '@resvg/resvg-js';
import sharp from 'sharp';

export type RasterFormat = 'png' | 'webp';
export type RasterEngine = 'resvg' | 'sharp';

export interface RasterOptions {
  format: RasterFormat;
  /** Output pixels per CSS pixel. */
  scale: number;
  /**
   * resvg is the default: on Glimpse's layouts (many small nested SVG icons) librsvg via sharp
   * measured 6–8× slower (see `npm run bench`). `sharp` stays selectable for comparison.
   */
  engine?: RasterEngine;
}

const WEBP_OPTIONS = { quality: 88, effort: 2 } as const;

/** SVG (text already outlined by satori) → PNG or WebP bytes. Runs off the main thread for resvg. */
export async function rasterize(svg: string, options: RasterOptions): Promise<Buffer> {
  const png = options.engine === 'sharp' ? await sharpPng(svg, options.scale) : await resvgPng(svg, options.scale);
  if (options.format === 'png') return png;
  return sharp(png).webp(WEBP_OPTIONS).toBuffer();
}

async function resvgPng(svg: string, scale: number): Promise<Buffer> {
  const rendered = await renderAsync(svg, {
    fitTo: scale === 1 ? { mode: 'original' } : { mode: 'zoom', value: scale },
    font: { loadSystemFonts: false },
  });
  return rendered.asPng();
}

async function sharpPng(svg: string, scale: number): Promise<Buffer> {
  return sharp(Buffer.from(svg), { density: 72 * scale }).png().toBuffer();
}

/** Synchronous resvg render, for the benchmark's like-for-like comparison. */
export function resvgPngSync(svg: string, scale = 1): Buffer {
  return new Resvg(svg, { fitTo: scale === 1 ? { mode: 'original' } : { mode: 'zoom', value: scale }, font: { loadSystemFonts: false } }).render().asPng();
}
