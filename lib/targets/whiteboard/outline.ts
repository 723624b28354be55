import type { Shape } from './schema';

export interface Point {
  x: number;
  y: number;
}

interface Frame {
  x: number;
  y: number;
  width: number;
  height: number;
  shape: Shape;
}

/** The cloud as drawn: four lobes of cubic Béziers inside its box. */
export function cloudPath({ x, y, width: w, height: h }: Omit<Frame, 'shape'>): string {
  return `M${x + w * 0.25},${y + h * 0.8} C${x},${y + h * 0.8} ${x},${y + h * 0.45} ${x + w * 0.2},${y + h * 0.42} C${x + w * 0.15},${y + h * 0.1} ${x + w * 0.5},${y} ${x + w * 0.55},${y + h * 0.25} C${x + w * 0.7},${y + h * 0.05} ${x + w},${y + h * 0.2} ${x + w * 0.88},${y + h * 0.45} C${x + w * 1.02},${y + h * 0.6} ${x + w * 0.95},${y + h * 0.85} ${x + w * 0.75},${y + h * 0.8} Z`;
}

const cubic = (a: Point, b: Point, c: Point, d: Point, t: number): Point => {
  const u = 1 - t;
  return { x: u * u * u * a.x + 3 * u * u * t * b.x + 3 * u * t * t * c.x + t * t * t * d.x, y: u * u * u * a.y + 3 * u * u * t * b.y + 3 * u * t * t * c.y + t * t * t * d.y };
};

/** The shape's visible outline as a closed polygon (curves sampled), for ending edges on it. */
export function outlineOf(frame: Frame): Point[] {
  const { x, y, width: w, height: h } = frame;
  switch (frame.shape) {
    case 'diamond':
      return [{ x: x + w / 2, y }, { x: x + w, y: y + h / 2 }, { x: x + w / 2, y: y + h }, { x, y: y + h / 2 }];
    case 'circle':
      return Array.from({ length: 48 }, (_, index) => ({ x: x + w / 2 + (w / 2) * Math.cos((index / 48) * Math.PI * 2), y: y + h / 2 + (h / 2) * Math.sin((index / 48) * Math.PI * 2) }));
    case 'cloud': {
      const numbers = (cloudPath(frame).match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
      const points: Point[] = [];
      for (let index = 0; index + 1 < numbers.length; index += 2) points.push({ x: numbers[index]!, y: numbers[index + 1]! });
      const polygon: Point[] = [];
      for (let start = 0; start + 3 < points.length; start += 3) {
        const [a, b, c, d] = points.slice(start, start + 4) as [Point, Point, Point, Point];
        for (let step = 0; step < 12; step += 1) polygon.push(cubic(a, b, c, d, step / 12));
      }
      return polygon;
    }
    case 'box':
    case 'rounded':
    case 'cylinder':
    case 'note':
    case 'person':
    case 'text':
      return [{ x, y }, { x: x + w, y }, { x: x + w, y: y + h }, { x, y: y + h }];
    default: {
      const unreachable: never = frame.shape;
      return unreachable;
    }
  }
}

/** Where the ray from `from` through `to` first crosses `polygon` (distance along the ray, in units of |to − from|). */
function firstCrossing(from: Point, to: Point, polygon: Point[]): number | undefined {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  let best: number | undefined;
  for (let index = 0; index < polygon.length; index += 1) {
    const a = polygon[index]!;
    const b = polygon[(index + 1) % polygon.length]!;
    const ex = b.x - a.x;
    const ey = b.y - a.y;
    const denominator = dx * ey - dy * ex;
    if (Math.abs(denominator) < 1e-9) continue;
    const t = ((a.x - from.x) * ey - (a.y - from.y) * ex) / denominator;
    const u = ((a.x - from.x) * dy - (a.y - from.y) * dx) / denominator;
    if (t > 1e-6 && u >= 0 && u <= 1 && (best === undefined || t < best)) best = t;
  }
  return best;
}

/**
 * The edge's points with its end moved onto the node's real outline (elkjs ends edges on the
 * bounding box, 20–40 px short of a diamond's or cloud's line): the last leg is extended along its
 * own direction until it meets the outline. `end` picks which end of `points` touches the node.
 */
export function endOnOutline(points: Point[], frame: Frame, end: 'start' | 'end'): Point[] {
  if (points.length < 2) return points;
  const ordered = end === 'end' ? points : [...points].reverse();
  const tip = ordered[ordered.length - 1]!;
  // A spline's first control point may sit on its end: the leg's direction is the nearest other point's.
  const outside = ordered.slice(0, -1).reverse().find((point) => Math.hypot(point.x - tip.x, point.y - tip.y) > 0.5);
  if (!outside) return points;
  const t = firstCrossing(outside, tip, outlineOf(frame));
  if (t === undefined || t > 50) return points;
  const moved = [...ordered.slice(0, -1), { x: outside.x + (tip.x - outside.x) * t, y: outside.y + (tip.y - outside.y) * t }];
  return end === 'end' ? moved : moved.reverse();
}
