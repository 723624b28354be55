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

const NUMBER = String.raw`-?\d+(?:\.\d+)?`;
const CLIP_PATH = /<clipPath id="(satori_b[cr]-[^"]+)"( clip-path="url\(#[^)"]+\)")?>(<(?:path|rect)\b[^>]*\/>)<\/clipPath>/g;
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
  const sides = svg.replace(SIDE, (whole, side: string, ring: string, box: string, color: string) => {
    const ringD = clips.get(ring)?.element.match(/^<path d="([^"]+)" clip-rule="evenodd"\/>$/)?.[1];
    const boxClip = clips.get(box);
    if (!ringD || !boxClip || clips.get(ring)?.inherited) return whole;
    const fill = `fill="${color}" fill-rule="evenodd" d="${ringD}"`;
    return boxClip.inherited ? `<g clip-path="url(#${side})"><path${boxClip.inherited} ${fill}/></g>` : `<path clip-path="url(#${side})" ${fill}/>`;
  });
  return sides.replace(UNIFORM, (whole, box: string, color: string, strokeWidth: string) => {
    const clip = clips.get(box);
    const ring = clip && ringPath(clip.element, Number(strokeWidth) / 2);
    return ring ? `<path${clip.inherited} fill="${color}" fill-rule="evenodd" d="${ring}"/>` : whole;
  });
}

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
