import rough from 'roughjs';
import type { Options } from 'roughjs/bin/core';

/**
 * Hand-drawn strokes (the sketch look) in satori layouts. satori lays boxes out but cannot draw a
 * rough line, and a view does not know a box's height before layout. So a view puts a *mark* in
 * the box — an <img> of a small SVG data URI that names the shape (`roughMark`), stretched over
 * the box and painted under its content — and after layout `drawRoughMarks` replaces each mark's
 * <image> in satori's SVG with roughjs strokes drawn at the box's exact size. Text stays text,
 * outside the strokes. Seeds come from the mark's key and its box: the same spec draws the same
 * bytes. A mark left unreplaced still draws its shape, cleanly (the SVG inside the data URI).
 */

export interface RoughMark {
  /**
   * rect: the box (corners rounded by `radius`); ellipse: the ellipse in the box; line: through the
   * middle of the box along its longer side; arc: part of the circle in the box, `from` → `to` in
   * turns clockwise from 12 o'clock.
   */
  shape: 'rect' | 'ellipse' | 'line' | 'arc';
  stroke: string;
  strokeWidth: number;
  fill?: string;
  fillStyle?: 'solid' | 'hachure' | 'cross-hatch' | 'zigzag';
  hachureGap?: number;
  fillWeight?: number;
  radius?: number;
  /** roughjs roughness (1 is Excalidraw's "artist"); smaller shapes draw less rough on their own. */
  roughness?: number;
  bowing?: number;
  from?: number;
  to?: number;
  /** Draw this far inside the box on every side (an arc's stroke inside its square). */
  inset?: number;
  /** Stable key (the spec path of what it draws): with the box, the seed of its strokes. */
  key: string;
}

const HEAD = '<svg xmlns="http://www.w3.org/2000/svg" data-glimpse-rough="';
/** The base64 every mark's data URI starts with (HEAD cut to whole 3-byte groups encodes identically). */
const PREFIX = Buffer.from(HEAD.slice(0, HEAD.length - (HEAD.length % 3))).toString('base64');
const IMAGE = new RegExp(`<image\\b([^>]*?)\\shref="data:image/svg\\+xml;base64,(${PREFIX.replace(/[+/]/g, '\\$&')}[A-Za-z0-9+/=]*)"([^>]*?)\\/>`, 'g');

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The clean shape a mark draws if nothing replaces it, in a 100×100 box stretched over the element. */
function fallback(mark: RoughMark): string {
  const paint = `fill="${mark.fill && mark.fillStyle === 'solid' ? escapeAttribute(mark.fill) : 'none'}" stroke="${escapeAttribute(mark.stroke)}" stroke-width="${mark.strokeWidth}" vector-effect="non-scaling-stroke"`;
  switch (mark.shape) {
    case 'ellipse':
    case 'arc':
      return `<ellipse cx="50" cy="50" rx="49" ry="49" ${paint}/>`;
    case 'line':
      return `<path d="M0,50 H100" ${paint}/>`;
    default:
      return `<rect x="1" y="1" width="98" height="98" ${paint}/>`;
  }
}

/** The data URI of a mark: an <img src> for a box that should be drawn by hand. */
export function roughMark(mark: RoughMark): string {
  const svg = `${HEAD}${encodeURIComponent(JSON.stringify(mark))}" viewBox="0 0 100 100" preserveAspectRatio="none">${fallback(mark)}</svg>`;
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

function decode(data: string): RoughMark | undefined {
  const svg = Buffer.from(data, 'base64').toString('utf8');
  const encoded = svg.slice(HEAD.length, svg.indexOf('"', HEAD.length));
  try {
    const mark = JSON.parse(decodeURIComponent(encoded)) as RoughMark;
    return typeof mark.shape === 'string' && typeof mark.key === 'string' ? mark : undefined;
  } catch {
    return undefined;
  }
}

/** FNV-1a: a 31-bit roughjs seed from a string, never 0 (0 would mean "random"). */
function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 1) % 2_000_000_000 || 1;
}

const generator = rough.generator();
const round = (value: number) => Math.round(value * 10) / 10;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The roughjs drawable of a mark in `box` (already inset). */
function drawable(mark: RoughMark, box: Box, options: Options) {
  const { x, y, width: w, height: h } = box;
  switch (mark.shape) {
    case 'ellipse':
      return generator.ellipse(x + w / 2, y + h / 2, w, h, options);
    case 'arc': {
      const start = -Math.PI / 2 + (mark.from ?? 0) * 2 * Math.PI;
      const stop = -Math.PI / 2 + (mark.to ?? 1) * 2 * Math.PI;
      return generator.arc(x + w / 2, y + h / 2, w, h, start, stop, false, { ...options, fill: undefined });
    }
    case 'line':
      return w >= h ? generator.line(x, y + h / 2, x + w, y + h / 2, options) : generator.line(x + w / 2, y, x + w / 2, y + h, options);
    default: {
      const r = Math.min(mark.radius ?? 0, w / 2, h / 2);
      if (r < 1) return generator.rectangle(x, y, w, h, options);
      return generator.path(`M${x + r},${y} H${x + w - r} Q${x + w},${y} ${x + w},${y + r} V${y + h - r} Q${x + w},${y + h} ${x + w - r},${y + h} H${x + r} Q${x},${y + h} ${x},${y + h - r} V${y + r} Q${x},${y} ${x + r},${y} Z`, options);
    }
  }
}

/** A mark as SVG paths at `box` (CSS px on the canvas). */
export function roughSvg(mark: RoughMark, outer: Box): string {
  const inset = mark.inset ?? 0;
  const box = { x: outer.x + inset, y: outer.y + inset, width: Math.max(0, outer.width - 2 * inset), height: Math.max(0, outer.height - 2 * inset) };
  // Small shapes wobble less: roughjs offsets do not shrink with the shape.
  const least = Math.min(box.width, box.height);
  const scale = mark.shape === 'line' ? 1 : mark.shape === 'rect' ? Math.min(1, Math.max(0.6, least / 40)) : Math.min(1, Math.max(0.5, least / 60));
  const roughness = (mark.roughness ?? 1) * scale;
  const options: Options = {
    seed: seedOf(`${mark.key}@${round(outer.x)},${round(outer.y)},${round(outer.width)},${round(outer.height)}`),
    roughness,
    bowing: mark.bowing ?? 1,
    stroke: mark.stroke,
    strokeWidth: mark.strokeWidth,
    ...(mark.fill ? { fill: mark.fill, fillStyle: mark.fillStyle ?? 'hachure', hachureGap: mark.hachureGap ?? 6, fillWeight: mark.fillWeight ?? 1.4, hachureAngle: -41 } : {}),
    preserveVertices: false,
  };
  return generator
    .toPaths(drawable(mark, box, options))
    .map((path) => {
      const d = path.d.replace(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g, (number) => String(round(Number(number))));
      const stroked = path.stroke !== 'none';
      return `<path d="${d}" stroke="${escapeAttribute(path.stroke)}" stroke-width="${round(path.strokeWidth)}" fill="${escapeAttribute(path.fill ?? 'none')}"${stroked ? ' stroke-linecap="round" stroke-linejoin="round"' : ''}/>`;
    })
    .join('');
}

const attribute = (element: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(element)?.[1];

/**
 * Every mark's <image> in satori's SVG replaced by its roughjs strokes at the image's box. The
 * image's own clip (its box: it would cut the strokes' overshoot) is dropped, an inherited one
 * (an overflow: hidden parent) kept; anything that does not decode is left as it was.
 */
export function drawRoughMarks(svg: string): string {
  if (!svg.includes(PREFIX)) return svg;
  const parents = new Map<string, string>();
  for (const match of svg.matchAll(/<clipPath id="([^"]+)" clip-path="url\(#([^)"]+)\)">/g)) parents.set(match[1] ?? '', match[2] ?? '');
  return svg.replace(IMAGE, (whole, before: string, data: string, after: string) => {
    const mark = decode(data);
    const attributes = `${before} ${after}`;
    const [x, y, width, height] = ['x', 'y', 'width', 'height'].map((name) => Number(attribute(attributes, name)));
    if (!mark || ![x, y, width, height].every((value) => Number.isFinite(value))) return whole;
    let body = roughSvg(mark, { x: x ?? 0, y: y ?? 0, width: width ?? 0, height: height ?? 0 });
    const clip = /url\(#([^)"]+)\)/.exec(attribute(attributes, 'clip-path') ?? '')?.[1];
    const inherited = clip ? parents.get(clip) : undefined;
    if (inherited) body = `<g clip-path="url(#${inherited})">${body}</g>`;
    const transform = attribute(attributes, 'transform');
    if (transform) body = `<g transform="${transform}">${body}</g>`;
    const opacity = attribute(attributes, 'opacity');
    if (opacity) body = `<g opacity="${opacity}">${body}</g>`;
    return body;
  });
}
