import { Resvg, renderAsync } from '@resvg/resvg-js';
import sharp from 'sharp';
import { GlimpseError } from '@/lib/errors';

export type RasterFormat = 'png' | 'webp';
export type RasterEngine = 'resvg' | 'sharp';

export interface RasterOptions {
  format: RasterFormat;
  /** Output pixels per CSS pixel. */
  scale: number;
  /**
   * resvg is the default: on Glimpse's layouts (many small nested SVG icons) librsvg via sharp
   * measured 1.3× slower on a small card and 3–8× on tall ones (`npm run bench`); `sharp` stays
   * selectable for that comparison.
   */
  engine?: RasterEngine;
}

const WEBP_OPTIONS = { quality: 88, effort: 2 } as const;
/** zlib level 6 with libspng: ~25% smaller than resvg's own PNG encoder and faster (npm run bench). */
const PNG_OPTIONS = { compressionLevel: 6, adaptiveFiltering: false } as const;

const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * resvg (and librsvg) read any `<image href>` that is a path from disk, and resvg has no switch to
 * stop it. What we draw has only data: and #id links (spec pictures are sealed, lib/render/picture.ts);
 * a page with any other link is our bug, refused before a renderer opens a file.
 */
export function refuseExternalReferences(svg: string): void {
  for (const match of svg.matchAll(HREF)) {
    const link = (match[1] ?? match[2] ?? '').trim();
    if (!link.startsWith('data:') && !link.startsWith('#')) throw new GlimpseError('render_failed', `refused to draw an SVG that links to "${link.slice(0, 80)}"`);
  }
}

/** SVG (text already outlined by satori) → PNG or WebP bytes. resvg draws off the main thread; sharp encodes. */
export async function rasterize(svg: string, options: RasterOptions): Promise<Buffer> {
  refuseExternalReferences(svg);
  if (options.engine === 'sharp') {
    const png = await sharpPng(svg, options.scale);
    return options.format === 'png' ? png : sharp(png).webp(WEBP_OPTIONS).toBuffer();
  }
  const rendered = await renderAsync(svg, {
    fitTo: options.scale === 1 ? { mode: 'original' } : { mode: 'zoom', value: options.scale },
    font: { loadSystemFonts: false },
  });
  const pixels = sharp(rendered.pixels, { raw: { width: rendered.width, height: rendered.height, channels: 4 } });
  return options.format === 'png' ? pixels.png(PNG_OPTIONS).toBuffer() : pixels.webp(WEBP_OPTIONS).toBuffer();
}

async function sharpPng(svg: string, scale: number): Promise<Buffer> {
  return sharp(Buffer.from(svg), { density: 72 * scale }).png().toBuffer();
}
