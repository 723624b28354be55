/**
 * satori draws a CSS border as a stroke twice its width, clipped to the box so only the inner half
 * shows; a box whose sides differ nests that in two more clips (the side's polygon, the border ring).
 * resvg renders every clipped element into a layer of its own plus a clip mask, so on the standard
 * card the borders were ~40% of the raster time (ARCHITECTURE.md, "Borders are filled rings").
 *
 * This rewrites those constructs into what they draw: the border ring (outer box minus inner box,
 * the inner radii CSS's `r − border width`) filled even-odd — no clip for a uniform border, one
 * (the side's polygon) for a side of a mixed border. Anything that does not match satori's exact
 * shape (dashes, transforms, corner shapes, other attributes) is left as it was.
 */

import { distinctPoints, isConvex, parsePoints, ringUnderPolygon } from './ring-sides';

const NUMBER = String.raw`-?\d+(?:\.\d+)?`;
const CLIP_PATH = /<clipPath id="(satori_b[cr]-[^"]+)"( clip-path="url\(#[^)"]+\)")?>(<(?:path|rect)\b[^>]*\/>)<\/clipPath>/g;
/** A side's polygon (`satori_bs-…`). */
const SIDE_POLYGON = /<clipPath id="(satori_bs-[^"]+)"><polygon points="([^"]+)"\/><\/clipPath>/g;
/** A uniform border: the stroke clipped by its box (`satori_bc-…`). */
const UNIFORM = /<path width="[^"]*" height="[^"]*" clip-path="url\(#(satori_bc-[^)"]+)\)" fill="none" stroke="([^"]+)" stroke-width="([^"]+)" d="[^"]*"\/>/g;
/** One side of a mixed border: side polygon ⊃ border ring ⊃ the stroke clipped by its box. */
const SIDE = /<g clip-path="url\(#(satori_bs-[^)"]+)\)"><g clip-path="url\(#(satori_br-[^)"]+)\)"><path width="[^"]*" height="[^"]*" clip-path="url\(#(satori_bc-[^)"]+)\)" fill="none" stroke="([^"]+)" stroke-width="[^"]+" d="[^"]*"\/><\/g><\/g>/g;
/** satori's rounded box: `M x+r,y h… a rx,ry 0 0 1 … v… a… h… a… v… a…` (sg() in satori, every corner shape 1). */
const ROUNDED_BOX = new RegExp(`^M${NUMBER},${NUMBER}(?: [hv]${NUMBER} a(${NUMBER}),(${NUMBER}) 0 0 1 ${NUMBER},${NUMBER}){4}$`);
const ARC_RADII = new RegExp(`a(${NUMBER}),(${NUMBER}) 0 0 1`, 'g');

interface Clip {
  /** The clip's own clip (the box sits inside an overflow: hidden parent), as an attribute. */
  inherited: string;
  element: string;
}

const attribute = (element: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(element)?.[1];

/** Draws each satori border as the ring it shows; returns `svg` unchanged where nothing matches. */
export function fillBorderRings(svg: string): string {
  const clips = new Map<string, Clip>();
  for (const match of svg.matchAll(CLIP_PATH)) clips.set(match[1] ?? '', { inherited: match[2] ?? '', element: match[3] ?? '' });
  const sides = mixedBorders(svg, clips);
  return sides.replace(UNIFORM, (whole, box: string, color: string, strokeWidth: string) => {
    const clip = clips.get(box);
    const ring = clip && ringPath(clip.element, Number(strokeWidth) / 2);
    return ring ? `<path${clip.inherited} fill="${color}" fill-rule="evenodd" d="${ring}"/>` : whole;
  });
}

interface Side {
  start: number;
  end: number;
  whole: string;
  side: string;
  ring: string;
  box: string;
  color: string;
}

/**
 * Mixed borders. Each box's sides come one after another (only `<defs>` between them); they are
 * drawn as one path each, without clips where the geometry allows: one side as the whole ring,
 * then every other side's part of the ring (its convex polygon clipped out of it, ring-sides.ts)
 * over it. A side that cannot be cut that way keeps its polygon as a clip;
 * a box whose sides are not siblings is left to the one-clip form.
 */
function mixedBorders(svg: string, clips: Map<string, Clip>): string {
  const groups = new Map<string, Side[]>();
  const sidePolygons = new Map<string, string>();
  for (const match of svg.matchAll(SIDE_POLYGON)) sidePolygons.set(match[1] ?? '', match[2] ?? '');
  for (const match of svg.matchAll(SIDE)) {
    const [whole, side = '', ring = '', box = '', color = ''] = match;
    const found: Side = { start: match.index, end: match.index + whole.length, whole, side, ring, box, color };
    groups.set(ring, [...(groups.get(ring) ?? []), found]);
  }
  if (!groups.size) return svg;
  const replacements: { start: number; end: number; text: string }[] = [];
  for (const [ring, sides] of groups) {
    const ringClip = clips.get(ring);
    const ringD = ringClip?.element.match(/^<path d="([^"]+)" clip-rule="evenodd"\/>$/)?.[1];
    const boxClip = clips.get(sides[0]!.box);
    if (!ringD || !boxClip || ringClip?.inherited || sides.some((side) => side.box !== sides[0]!.box)) continue;
    const inherited = boxClip.inherited;
    const oneClip = (side: Side) => {
      const fill = `fill="${side.color}" fill-rule="evenodd" d="${ringD}"`;
      return inherited ? `<g clip-path="url(#${side.side})"><path${inherited} ${fill}/></g>` : `<path clip-path="url(#${side.side})" ${fill}/>`;
    };
    const siblings = sides.every((side, index) => index === 0 || ONLY_DEFS.test(svg.slice(sides[index - 1]!.end, side.start)));
    if (!siblings) {
      for (const side of sides) replacements.push({ start: side.start, end: side.end, text: oneClip(side) });
      continue;
    }
    const polygons = sides.map((side) => parsePoints(sidePolygons.get(side.side) ?? ''));
    // The base is a side that cannot be cut (its polygon is concave: the rest of a box whose one
    // side differs), else the last; a second side that cannot be cut keeps its clip.
    const concave = polygons.findIndex((points) => !points || !isConvex(distinctPoints(points)));
    const base = sides.length > 1 ? (concave >= 0 ? concave : sides.length - 1) : -1;
    const drawn = sides.map((side, index) => {
      if (index === base) return `<path${inherited} fill="${side.color}" fill-rule="evenodd" d="${ringD}"/>`;
      const points = polygons[index];
      const piece = points && ringUnderPolygon(ringD, points);
      return piece === undefined ? oneClip(side) : piece ? `<path${inherited} fill="${side.color}" fill-rule="evenodd" d="${piece}"/>` : '';
    });
    // The base first (the others are drawn over it), in the place of the box's first side.
    const ordered = base < 0 ? drawn : [drawn[base]!, ...drawn.filter((_, index) => index !== base)];
    replacements.push({ start: sides[0]!.start, end: sides[0]!.end, text: ordered.join('') });
    for (const side of sides.slice(1)) replacements.push({ start: side.start, end: side.end, text: '' });
  }
  replacements.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const { start, end, text } of replacements) {
    out += svg.slice(at, start) + text;
    at = end;
  }
  return out + svg.slice(at);
}

/** What may stand between two sides of one box: definitions only (they draw nothing). */
const ONLY_DEFS = /^(?:<defs>(?:<clipPath id="[^"]+"(?: clip-path="url\(#[^)"]+\)")?>(?:<(?:path|rect|polygon)\b[^>]*\/>)<\/clipPath>)*<\/defs>)*$/;

/** The box's outline plus the same box inset by `width` (CSS inner radii: each radius less the width). */
function ringPath(box: string, width: number): string | undefined {
  const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((name) => Number(attribute(box, name)));
  if (![x, y, w, h, width].every((value) => Number.isFinite(value)) || x === undefined || y === undefined || w === undefined || h === undefined || !(width > 0)) return undefined;
  if (2 * width >= w || 2 * width >= h) return undefined;
  if (box.startsWith('<rect')) return `${rectangle(x, y, w, h)} ${rectangle(x + width, y + width, w - 2 * width, h - 2 * width)}`;
  const d = attribute(box, 'd');
  if (!d || !ROUNDED_BOX.test(d)) return undefined;
  // The arcs in drawing order: top right, bottom right, bottom left, top left.
  const radii = [...d.matchAll(ARC_RADII)].map((match) => [Math.max(0, Number(match[1]) - width), Math.max(0, Number(match[2]) - width)] as const);
  return `${d} ${roundedRectangle(x + width, y + width, w - 2 * width, h - 2 * width, radii)}`;
}

const round = (value: number) => Number(value.toFixed(3));

function rectangle(x: number, y: number, w: number, h: number): string {
  return `M${round(x)},${round(y)} h${round(w)} v${round(h)} h${round(-w)} Z`;
}

function roundedRectangle(x: number, y: number, w: number, h: number, radii: (readonly [number, number])[]): string {
  const [topRight = [0, 0], bottomRight = [0, 0], bottomLeft = [0, 0], topLeft = [0, 0]] = radii;
  const arc = ([rx, ry]: readonly [number, number], dx: number, dy: number) => (rx > 0 && ry > 0 ? ` a${round(rx)},${round(ry)} 0 0 1 ${round(dx)},${round(dy)}` : dx || dy ? ` l${round(dx)},${round(dy)}` : '');
  return (
    `M${round(x + topLeft[0])},${round(y)}` +
    ` h${round(w - topLeft[0] - topRight[0])}${arc(topRight, topRight[0], topRight[1])}` +
    ` v${round(h - topRight[1] - bottomRight[1])}${arc(bottomRight, -bottomRight[0], bottomRight[1])}` +
    ` h${round(bottomRight[0] + bottomLeft[0] - w)}${arc(bottomLeft, -bottomLeft[0], -bottomLeft[1])}` +
    ` v${round(bottomLeft[1] + topLeft[1] - h)}${arc(topLeft, topLeft[0], -topLeft[1])} Z`
  );
}
