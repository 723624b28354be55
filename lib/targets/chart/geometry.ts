import type { Box, Point } from './scene';

/** Plane geometry for the chart critic: convex polygons (rotated text boxes), circles, segments. */

const corners = (box: Box): Point[] => [
  [box.x, box.y],
  [box.x + box.width, box.y],
  [box.x + box.width, box.y + box.height],
  [box.x, box.y + box.height],
];

export const rectCorners = corners;

/** The polygon moved `by` px towards (or, negative, away from) its centre along each axis of its own. */
export function inset(polygon: Point[], by: number): Point[] {
  const cx = polygon.reduce((sum, [x]) => sum + x, 0) / polygon.length;
  const cy = polygon.reduce((sum, [, y]) => sum + y, 0) / polygon.length;
  // A rectangle's corners: move each corner along both of its edges.
  return polygon.map(([x, y], index) => {
    const previous = polygon[(index + polygon.length - 1) % polygon.length] ?? [x, y];
    const next = polygon[(index + 1) % polygon.length] ?? [x, y];
    const toward = (other: Point): Point => {
      const length = Math.hypot(other[0] - x, other[1] - y) || 1;
      return [((other[0] - x) / length) * by, ((other[1] - y) / length) * by];
    };
    const a = toward(previous);
    const b = toward(next);
    const moved: Point = [x + a[0] + b[0], y + a[1] + b[1]];
    return Number.isFinite(moved[0]) && Number.isFinite(moved[1]) ? moved : [cx, cy];
  });
}

function project(polygon: Point[], axis: Point): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const [x, y] of polygon) {
    const value = x * axis[0] + y * axis[1];
    min = Math.min(min, value);
    max = Math.max(max, value);
  }
  return [min, max];
}

const axesOf = (polygon: Point[]): Point[] =>
  polygon.map(([x, y], index) => {
    const [nx, ny] = polygon[(index + 1) % polygon.length] ?? [x, y];
    return [y - ny, nx - x];
  });

/** How far two convex polygons overlap along the axis where they overlap least (≤ 0: apart). */
export function polygonOverlap(a: Point[], b: Point[]): number {
  let least = Infinity;
  for (const axis of [...axesOf(a), ...axesOf(b)]) {
    const length = Math.hypot(axis[0], axis[1]);
    if (length === 0) continue;
    const unit: Point = [axis[0] / length, axis[1] / length];
    const [aMin, aMax] = project(a, unit);
    const [bMin, bMax] = project(b, unit);
    least = Math.min(least, Math.min(aMax, bMax) - Math.max(aMin, bMin));
    if (least <= 0) return least;
  }
  return least;
}

function pointInPolygon([px, py]: Point, polygon: Point[]): boolean {
  let inside = false;
  for (let index = 0, previous = polygon.length - 1; index < polygon.length; previous = index, index += 1) {
    const [xi, yi] = polygon[index] ?? [0, 0];
    const [xj, yj] = polygon[previous] ?? [0, 0];
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function segmentDistance([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

const edges = (polygon: Point[]): [Point, Point][] => polygon.map((point, index) => [point, polygon[(index + 1) % polygon.length] ?? point]);

/** How deep a circle reaches into a convex polygon (≤ 0: apart). */
export function circleOverlap(polygon: Point[], center: Point, radius: number): number {
  const distance = Math.min(...edges(polygon).map(([a, b]) => segmentDistance(center, a, b)));
  return pointInPolygon(center, polygon) ? radius + distance : radius - distance;
}

function segmentsCross([a, b]: [Point, Point], [c, d]: [Point, Point]): boolean {
  const cross = (o: Point, p: Point, q: Point) => (p[0] - o[0]) * (q[1] - o[1]) - (p[1] - o[1]) * (q[0] - o[0]);
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

/** Whether a polyline passes through a convex polygon. */
export function polylineCrosses(polygon: Point[], line: Point[]): boolean {
  for (let index = 0; index + 1 < line.length; index += 1) {
    const a = line[index] ?? [0, 0];
    const b = line[index + 1] ?? a;
    if (pointInPolygon(a, polygon) || pointInPolygon(b, polygon)) return true;
    if (edges(polygon).some((edge) => segmentsCross([a, b], edge))) return true;
  }
  return false;
}
