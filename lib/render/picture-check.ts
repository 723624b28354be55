import type { GlimpseErrorCode } from '@/lib/errors';
import { MAX_PICTURE_INPUT_PIXELS } from '@/lib/limits';
import { sanitizeSvg } from './svg-sanitize';

/**
 * The cheap half of reading a picture (a spec's base64 data URI): what it claims to be, whether its
 * bytes start like that, its size from the header, and for SVG the sanitised text. No decoding: the
 * schema runs this (so a bad picture is a 400 at its field path), and ./picture.ts runs it again in
 * the render worker before decoding.
 */
export type PictureType = 'png' | 'jpeg' | 'svg';

export type CheckedPicture =
  | { ok: true; type: 'png' | 'jpeg'; bytes: Buffer; width: number; height: number }
  | { ok: true; type: 'svg'; bytes: Buffer; svg: string }
  | { ok: false; code: GlimpseErrorCode; message: string };

const DATA_URI = /^data:image\/(png|jpeg|svg\+xml);base64,/;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const refuse = (message: string, code: GlimpseErrorCode = 'invalid_spec') => ({ ok: false, code, message }) as const;

/** Width and height from a PNG's IHDR, the chunk that must come first. */
export function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  if (bytes.length < 33 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE) || bytes.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  return width > 0 && height > 0 ? { width, height } : undefined;
}

/** Width and height from a JPEG's frame header (SOFn), walking the marker segments before it. */
export function jpegSize(bytes: Buffer): { width: number; height: number } | undefined {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8 || bytes[2] !== 0xff) return undefined;
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1] as number;
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    if (marker === 0xda || marker === 0xd9) return undefined;
    const length = bytes.readUInt16BE(at + 2);
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) {
      if (at + 9 > bytes.length) return undefined;
      const height = bytes.readUInt16BE(at + 5);
      const width = bytes.readUInt16BE(at + 7);
      return width > 0 && height > 0 ? { width, height } : undefined;
    }
    at += 2 + length;
  }
  return undefined;
}

const sniff = (bytes: Buffer): PictureType | undefined => (bytes.subarray(0, 8).equals(PNG_SIGNATURE) ? 'png' : bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff ? 'jpeg' : undefined);

/** Reads a picture data URI without decoding it: its type, header size (PNG/JPEG) or sanitised SVG, or the rule it breaks. */
export function checkPicture(uri: string): CheckedPicture {
  const declared = DATA_URI.exec(uri)?.[1];
  if (!declared) return refuse('must be a base64 data URI of a PNG, JPEG or SVG image (no remote URLs)');
  const bytes = Buffer.from(uri.slice(uri.indexOf(',') + 1), 'base64');
  if (declared === 'svg+xml') {
    const sanitized = sanitizeSvg(bytes.toString('utf8'));
    return sanitized.ok ? { ok: true, type: 'svg', bytes, svg: sanitized.svg } : refuse(sanitized.message);
  }
  const type = declared as 'png' | 'jpeg';
  const actual = sniff(bytes);
  if (actual !== type) return refuse(`is declared image/${type} but its bytes are ${actual ? `a ${actual.toUpperCase()}` : `not a ${type.toUpperCase()} (no ${type.toUpperCase()} signature)`}`);
  const size = type === 'png' ? pngSize(bytes) : jpegSize(bytes);
  if (!size) return refuse(`is not a readable ${type.toUpperCase()}: its header has no image size (truncated or corrupt)`);
  if (size.width * size.height > MAX_PICTURE_INPUT_PIXELS) {
    return refuse(`is ${size.width}×${size.height} = ${size.width * size.height} pixels, over the ${MAX_PICTURE_INPUT_PIXELS} limit (MAX_PICTURE_INPUT_PIXELS)`, 'too_large');
  }
  return { ok: true, type, bytes, ...size };
}
