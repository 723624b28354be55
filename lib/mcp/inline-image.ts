import { MAX_MCP_IMAGE_BYTES, MIN_SCALE } from '@/lib/limits';
import type { Rendered, RenderOptions } from '@/lib/render/render';

export interface InlinePicture {
  /** The PNG to carry inline; undefined when even the smallest drawing is over the cap. */
  png?: Buffer;
  /** The scale `png` was drawn at: 1, or less when the full-size PNG was over the cap. */
  scale: number;
  /** Size of `png` in pixels. */
  width: number;
  height: number;
  /** The full-size (scale 1) drawing's size and its alt text. */
  fullWidth: number;
  fullHeight: number;
  alt: string;
}

/** Redraws allowed after the first: PNG size is not exactly proportional to the pixel count. */
const MAX_REDRAWS = 4;

/**
 * The PNG a tool result carries inline: drawn at scale 1, and while it is over `cap` bytes drawn
 * again smaller (scale from the byte ratio, never below MIN_SCALE). At exactly `cap` bytes it is kept.
 */
export async function inlinePng(draw: (options: RenderOptions) => Promise<Rendered>, page: number | undefined, cap = MAX_MCP_IMAGE_BYTES): Promise<InlinePicture> {
  const full = await draw({ format: 'png', scale: 1, page });
  const picture = { fullWidth: full.width, fullHeight: full.height, alt: full.alt };
  let rendered = full;
  let scale = 1;
  for (let redraw = 0; rendered.body.byteLength > cap; redraw += 1) {
    if (scale <= MIN_SCALE || redraw === MAX_REDRAWS) return { ...picture, scale, width: 0, height: 0 };
    // Pixels go with scale², bytes roughly with pixels; aim a little under, rounded so repeats hit the cache.
    const next = Math.floor(scale * Math.sqrt(cap / rendered.body.byteLength) * 0.95 * 100) / 100;
    scale = Math.max(MIN_SCALE, Math.min(next, scale - 0.01));
    rendered = await draw({ format: 'png', scale, page });
  }
  return { ...picture, png: rendered.body, scale, width: rendered.width, height: rendered.height };
}
