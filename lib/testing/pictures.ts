import { crc32, inflateSync } from 'node:zlib';
import sharp from 'sharp';

/*
 * Pictures for tests: real PNG/JPEG/SVG data URIs of a solid, distinctive colour, of an exact size
 * in bytes when a limit needs one, and the attacks on SVG pictures that lib/render/picture.ts seals.
 */

export type Rgb = [number, number, number];

export const dataUri = (type: 'png' | 'jpeg' | 'svg+xml', bytes: Buffer | string) => `data:image/${type};base64,${Buffer.from(bytes).toString('base64')}`;

export async function solidPicture(format: 'png' | 'jpeg', width: number, height: number, [r, g, b]: Rgb): Promise<Buffer> {
  const image = sharp({ create: { width, height, channels: 3, background: { r, g, b } } });
  return format === 'png' ? image.png().toBuffer() : image.jpeg({ quality: 95 }).toBuffer();
}

export const solidSvg = ([r, g, b]: Rgb, body = '') =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100" viewBox="0 0 100 100"><rect width="100" height="100" fill="rgb(${r},${g},${b})"/>${body}</svg>`;

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** `png` grown to exactly `bytes` with a tEXt chunk before IEND (still a valid PNG). */
export function padPng(png: Buffer, bytes: number): Buffer {
  const iend = png.length - 12;
  const data = Buffer.alloc(bytes - png.length - 12, 0x61);
  data.write('pad\0', 0, 'latin1');
  return Buffer.concat([png.subarray(0, iend), pngChunk('tEXt', data), png.subarray(iend)]);
}

/** `jpeg` grown to exactly `bytes` with comment (COM) segments after SOI (still a valid JPEG). */
export function padJpeg(jpeg: Buffer, bytes: number): Buffer {
  const segments: Buffer[] = [];
  let missing = bytes - jpeg.length;
  while (missing > 0) {
    const size = Math.min(missing, 65_537);
    const take = size === missing || missing - size >= 4 ? size : size - 4;
    const segment = Buffer.alloc(take, 0x61);
    segment.writeUInt16BE(0xfffe, 0);
    segment.writeUInt16BE(take - 2, 2);
    segments.push(segment);
    missing -= take;
  }
  return Buffer.concat([jpeg.subarray(0, 2), ...segments, jpeg.subarray(2)]);
}

/** An SVG grown to exactly `bytes` (ASCII) with a comment. */
export function padSvg(svg: string, bytes: number): string {
  const close = svg.lastIndexOf('</svg>');
  const comment = `<!--${'a'.repeat(bytes - svg.length - 7)}-->`;
  return `${svg.slice(0, close)}${comment}${svg.slice(close)}`;
}

/** A PNG header that claims `width`×`height` (IHDR only: enough for the schema, not a decodable image). */
export function pngHeader(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk('IHDR', ihdr), pngChunk('IEND', Buffer.alloc(0))]);
}

/** Nested `<use>`: each level draws the one below `fanout` times (fanout^levels shapes from a few hundred bytes). */
export function useBomb(levels: number, fanout = 10): string {
  const defs = Array.from({ length: levels }, (_, level) => `<g id="l${level + 1}">${Array.from({ length: fanout }, () => `<use href="#l${level}"/>`).join('')}</g>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><defs><rect id="l0" width="1" height="1"/>${defs}</defs><use href="#l${levels}"/></svg>`;
}

/** The classic billion laughs: entities ten deep, ten wide. */
export const ENTITY_BOMB = `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "lol">${Array.from({ length: 9 }, (_, index) => `<!ENTITY ${String.fromCharCode(98 + index)} "${`&${String.fromCharCode(97 + index)};`.repeat(10)}">`).join('')}]><svg xmlns="http://www.w3.org/2000/svg"><text>&j;</text></svg>`;

/** Every stream of a PDF, inflated where it is Flate-compressed (to look for bytes inside it). */
export function pdfStreams(pdf: Buffer): Buffer[] {
  const streams: Buffer[] = [];
  let at = 0;
  for (;;) {
    const start = pdf.indexOf('stream', at, 'latin1');
    if (start === -1) return streams;
    const dataStart = start + (pdf[start + 6] === 0x0d ? 8 : 7);
    const end = pdf.indexOf('endstream', dataStart, 'latin1');
    if (end === -1) return streams;
    const raw = pdf.subarray(dataStart, end);
    const object = pdf.subarray(pdf.lastIndexOf(' obj', start, 'latin1'), start).toString('latin1');
    streams.push(object.includes('/FlateDecode') ? inflateSync(raw) : raw);
    at = end + 9;
  }
}

/** How many pixels of a PNG/WebP/JPEG are within `tolerance` of `rgb` in every channel. */
export async function pixelsOf(image: Buffer, [r, g, b]: Rgb, tolerance = 10): Promise<number> {
  const { data, info } = await sharp(image).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  let count = 0;
  for (let offset = 0; offset < data.length; offset += info.channels) {
    if (Math.abs((data[offset] ?? 0) - r) <= tolerance && Math.abs((data[offset + 1] ?? 0) - g) <= tolerance && Math.abs((data[offset + 2] ?? 0) - b) <= tolerance) count += 1;
  }
  return count;
}
