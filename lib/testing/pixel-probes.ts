import { colord } from 'colord';

/** A decoded RGBA image (pngjs `PNG.sync.read`). */
export interface Image {
  width: number;
  height: number;
  data: Uint8Array;
}

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Where a part of a picture should be. Solid: `color` just inside the middle of each edge of `box`
 * (and at its centre unless hollow), not just outside, so a shift of 2px shows. Text: ink of
 * `color` inside `box`, none in the gaps of `clear` pixels above and below it. Drawn (by hand, the
 * sketch look): strokes of `color` in `box` (grown by the strokes' overshoot), at least half its
 * longer side's worth of pixels.
 */
export interface Probe {
  name: string;
  box: Rect;
  color: string;
  kind: 'solid' | 'hollow' | 'text' | 'drawn';
  clear?: { above: number; below: number };
}

const pixel = (image: Image, x: number, y: number) => {
  const offset = (Math.floor(y) * image.width + Math.floor(x)) * 4;
  return image.data.subarray(offset, offset + 3);
};

function near(image: Image, x: number, y: number, color: string, tolerance: number): boolean {
  const want = colord(color).toRgb();
  const [r = 0, g = 0, b = 0] = pixel(image, x, y);
  return Math.max(Math.abs(r - want.r), Math.abs(g - want.g), Math.abs(b - want.b)) <= tolerance;
}

/** Pixels of `color` in `box`; text is antialiased, so within 24 per channel. */
function ink(image: Image, box: Rect, color: string): number {
  let count = 0;
  for (let y = Math.max(0, Math.ceil(box.y)); y < Math.min(image.height, box.y + box.h); y += 1) {
    for (let x = Math.max(0, Math.ceil(box.x)); x < Math.min(image.width, box.x + box.w); x += 1) if (near(image, x, y, color, 24)) count += 1;
  }
  return count;
}

/** 1.5px inside and outside the middle of each edge (inside only where the picture ends). */
function edgePoints({ box, kind }: Probe, image: Image): { x: number; y: number; inside: boolean }[] {
  const { x, y, w, h } = box;
  const [middleX, middleY, inX, inY, out] = [x + w / 2, y + h / 2, Math.min(1.5, w / 2), Math.min(1.5, h / 2), 1.5];
  const points = [
    { x: x + inX, y: middleY, inside: true },
    { x: x - out, y: middleY, inside: false },
    { x: x + w - inX, y: middleY, inside: true },
    { x: x + w + out, y: middleY, inside: false },
    { x: middleX, y: y + inY, inside: true },
    { x: middleX, y: y - out, inside: false },
    { x: middleX, y: y + h - inY, inside: true },
    { x: middleX, y: y + h + out, inside: false },
    ...(kind === 'solid' ? [{ x: middleX, y: middleY, inside: true }] : []),
  ];
  return points.filter((point) => point.x >= 0 && point.y >= 0 && point.x < image.width && point.y < image.height);
}

/** How far a hand-drawn stroke may leave its box. */
const DRAWN_OVERSHOOT = 4;

/** What `image` gets wrong about `probe`, one line each; empty when it holds. */
export function probeMisses(image: Image, probe: Probe): string[] {
  if (probe.kind === 'drawn') {
    const { x, y, w, h } = probe.box;
    const count = ink(image, { x: x - DRAWN_OVERSHOOT, y: y - DRAWN_OVERSHOOT, w: w + 2 * DRAWN_OVERSHOOT, h: h + 2 * DRAWN_OVERSHOOT }, probe.color);
    const want = Math.max(w, h) / 2;
    return count >= want ? [] : [`${probe.name}: ${count} px of ${probe.color} drawn in ${JSON.stringify(probe.box)}, want ${Math.ceil(want)}`];
  }
  if (probe.kind === 'text') {
    const { x, y, w, h } = probe.box;
    const { above = 0, below = 0 } = probe.clear ?? {};
    const strips = { above: { x, y: y - above + 3, w, h: above - 6 }, below: { x, y: y + h + 3, w, h: below - 6 } };
    return [
      ...(ink(image, probe.box, probe.color) > 0 ? [] : [`${probe.name}: no ${probe.color} ink in ${JSON.stringify(probe.box)}`]),
      ...Object.entries(strips).flatMap(([side, strip]) => (ink(image, strip, probe.color) === 0 ? [] : [`${probe.name}: ${probe.color} ink in the gap ${side} it`])),
    ];
  }
  return edgePoints(probe, image).flatMap((point) => {
    if (near(image, point.x, point.y, probe.color, 8) === point.inside) return [];
    const [r, g, b] = pixel(image, point.x, point.y);
    return [`${probe.name}: (${point.x.toFixed(1)}, ${point.y.toFixed(1)}) is rgb(${r}, ${g}, ${b}), ${point.inside ? 'not' : 'yet'} ${probe.color}`];
  });
}
