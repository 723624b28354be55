import { createHash } from 'node:crypto';
import { Resvg } from '@resvg/resvg-js';
import { LRUCache } from 'lru-cache';
import sharp from 'sharp';
import { GlimpseError } from '@/lib/errors';
import { MAX_PICTURE_CACHE_BYTES, MAX_PICTURE_INPUT_PIXELS, PICTURE_DENSITY } from '@/lib/limits';
import { checkPicture, jpegSize, pngSize } from './picture-check';

/**
 * Sealed pictures. Every picture a spec carries (a deck's logo, an icon-text slide's image) is
 * decoded here once, in the render worker, and re-encoded at its box size: PNG and SVG sources as
 * PNG, JPEG as JPEG. SVG is sanitised first (./svg-sanitize.ts) and drawn by resvg, whose input then
 * has no reference out of the picture. satori, resvg, pdfkit and pptxgenjs only ever see the
 * re-encoded bytes, so no picture can make them read a file, fetch, or decode a bomb.
 */
export interface PictureSlot {
  /** Where the picture is in the spec, e.g. ["slides", 2, "image"]: errors name it. */
  path: (string | number)[];
  /** The box it is drawn in (CSS px). */
  box: { width: number; height: number };
  /** `cover` fills the box (cropped to its shape); `inside` keeps the picture's shape within it. */
  fit: 'cover' | 'inside';
}

const PNG_OPTIONS = { compressionLevel: 6, adaptiveFiltering: false } as const;
const JPEG_OPTIONS = { quality: 90 } as const;

const cache = new LRUCache<string, string>({ maxSize: MAX_PICTURE_CACHE_BYTES, sizeCalculation: (value) => Math.max(1, value.length) });

/** The pixels to encode at: the box × PICTURE_DENSITY, scaled down so a raster source is never enlarged. */
function targetSize(slot: PictureSlot, source: { width: number; height: number } | undefined) {
  const width = slot.box.width * PICTURE_DENSITY;
  const height = slot.box.height * PICTURE_DENSITY;
  if (!source) return { width: Math.max(1, Math.round(width)), height: Math.max(1, Math.round(height)) };
  const scale = slot.fit === 'cover' ? Math.max(width / source.width, height / source.height) : Math.min(width / source.width, height / source.height);
  const shrink = Math.max(1, scale);
  return { width: Math.max(1, Math.round(width / shrink)), height: Math.max(1, Math.round(height / shrink)) };
}

/** Sanitised SVG → RGBA pixels at a zoom that covers / fits the target, bounded by MAX_PICTURE_INPUT_PIXELS. */
function svgPixels(svg: string, slot: PictureSlot) {
  const options = { font: { loadSystemFonts: false }, logLevel: 'off' } as const;
  const natural = new Resvg(svg, options);
  const target = targetSize(slot, undefined);
  const cover = Math.max(target.width / natural.width, target.height / natural.height);
  const inside = Math.min(target.width / natural.width, target.height / natural.height);
  const bound = Math.sqrt(MAX_PICTURE_INPUT_PIXELS / (natural.width * natural.height));
  const zoom = Math.min(slot.fit === 'cover' ? cover : inside, bound);
  const rendered = new Resvg(svg, { ...options, fitTo: { mode: 'zoom', value: zoom } }).render();
  return sharp(rendered.pixels, { raw: { width: rendered.width, height: rendered.height, channels: 4 } });
}

async function encode(uri: string, slot: PictureSlot): Promise<string> {
  const where = slot.path.join('.');
  const checked = checkPicture(uri);
  if (!checked.ok) throw new GlimpseError(checked.code, `${where}: ${checked.message}`, { issues: [{ path: slot.path, message: checked.message }] });
  try {
    const image =
      checked.type === 'svg'
        ? svgPixels(checked.svg, slot)
        : sharp(checked.bytes, { limitInputPixels: MAX_PICTURE_INPUT_PIXELS, failOn: 'warning', autoOrient: true });
    const size = targetSize(slot, checked.type === 'svg' ? undefined : checked);
    const resized = image.resize({ ...size, fit: slot.fit, withoutEnlargement: checked.type !== 'svg' });
    const bytes = checked.type === 'jpeg' ? await resized.jpeg(JPEG_OPTIONS).toBuffer() : await resized.png(PNG_OPTIONS).toBuffer();
    return `data:image/${checked.type === 'jpeg' ? 'jpeg' : 'png'};base64,${bytes.toString('base64')}`;
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    const message = `could not be decoded as ${checked.type.toUpperCase()} (${detail})`;
    throw new GlimpseError('invalid_spec', `${where}: ${message}`, { issues: [{ path: slot.path, message }], cause: error });
  }
}

/** A picture data URI → a freshly encoded PNG/JPEG data URI at its slot's size (cached by content). */
export async function sealPicture(uri: string, slot: PictureSlot): Promise<string> {
  const key = createHash('sha256').update(`${slot.fit} ${slot.box.width}x${slot.box.height} `).update(uri).digest('base64url');
  const cached = cache.get(key);
  if (cached) return cached;
  const sealed = await encode(uri, slot);
  cache.set(key, sealed);
  return sealed;
}

/** The size of a picture sealPicture made; throws render_failed for anything else (a bug: an unsealed picture got through). */
export function sealedSize(uri: string): { width: number; height: number } {
  const match = /^data:image\/(png|jpeg);base64,/.exec(uri);
  const bytes = Buffer.from(uri.slice(match?.[0].length ?? 0), 'base64');
  const size = match?.[1] === 'png' ? pngSize(bytes) : match?.[1] === 'jpeg' ? jpegSize(bytes) : undefined;
  if (!size) throw new GlimpseError('render_failed', 'a picture reached an exporter without being sealed');
  return size;
}

function valueAt(root: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined), root);
}

/** A copy of `spec` with every picture in `slots` sealed; the spec itself is not changed. */
export async function sealPictures<Spec>(spec: Spec, slots: PictureSlot[]): Promise<Spec> {
  if (slots.length === 0) return spec;
  const copy = structuredClone(spec);
  await Promise.all(
    slots.map(async (slot) => {
      const uri = valueAt(spec, slot.path);
      if (typeof uri !== 'string') return;
      const parent = valueAt(copy, slot.path.slice(0, -1)) as Record<string | number, unknown>;
      parent[slot.path[slot.path.length - 1] as string | number] = await sealPicture(uri, slot);
    }),
  );
  return copy;
}
