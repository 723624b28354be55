/**
 * Geometry for one side of a mixed CSS border (svg-borders.ts): the part of the border ring under
 * the side's polygon, as a plain path, so resvg draws it without a clip layer.
 *
 * satori's ring is two loops of lines and quarter-ellipse corners (`h`, `v`, `l`, `a rx,ry 0 0 1`);
 * they are flattened (chords within FLATTEN_TOLERANCE px of the arc), clipped against the side's
 * polygon when it is convex (Sutherland–Hodgman, loop by loop: even-odd filling of the clipped
 * loops is the clipped ring) and written back as polygons.
 */

export type Point = readonly [number, number];

/** Largest distance between a corner arc and the chords drawn for it (px at scale 1). */
export const FLATTEN_TOLERANCE = 0.05;

const TOKEN = /(-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)|([A-Za-z])/g;

/** The loops of `d` as points, or undefined for anything but M/m, L/l, H/h, V/v, Z and quarter-ellipse `a` corners. */
export function flattenLoops(d: string): Point[][] | undefined {
  const tokens = [...d.matchAll(TOKEN)].map((match) => match[2] ?? Number(match[1]));
  const loops: Point[][] = [];
  let loop: Point[] = [];
  let x = 0;
  let y = 0;
  let command = '';
  let index = 0;
  const number = (): number | undefined => {
    const value = tokens[index];
    if (typeof value !== 'number') return undefined;
    index += 1;
    return value;
  };
  const add = (nx: number, ny: number) => {
    x = nx;
    y = ny;
    loop.push([x, y]);
  };
  while (index < tokens.length) {
    const token = tokens[index];
    if (typeof token === 'string') {
      command = token;
      index += 1;
      if (command === 'Z' || command === 'z') {
        command = '';
        continue;
      }
    }
    if (!command) return undefined;
    const relative = command === command.toLowerCase();
    switch (command.toUpperCase()) {
      case 'M': {
        const [mx, my] = [number(), number()];
        if (mx === undefined || my === undefined) return undefined;
        if (loop.length) loops.push(loop);
        loop = [];
        add(relative ? x + mx : mx, relative ? y + my : my);
        command = relative ? 'l' : 'L';
        break;
      }
      case 'L': {
        const [lx, ly] = [number(), number()];
        if (lx === undefined || ly === undefined) return undefined;
        add(relative ? x + lx : lx, relative ? y + ly : ly);
        break;
      }
      case 'H': {
        const h = number();
        if (h === undefined) return undefined;
        add(relative ? x + h : h, y);
        break;
      }
      case 'V': {
        const v = number();
        if (v === undefined) return undefined;
        add(x, relative ? y + v : v);
        break;
      }
      case 'A': {
        const values = Array.from({ length: 7 }, number);
        if (values.some((value) => value === undefined)) return undefined;
        const [rx, ry, rotation, large, sweep, ax, ay] = values as number[];
        const tx = relative ? x + ax! : ax!;
        const ty = relative ? y + ay! : ay!;
        const arc = quarterArc([x, y], [tx, ty], rx!, ry!, rotation === 0 && large === 0 && sweep === 1);
        if (!arc) return undefined;
        for (const [px, py] of arc) add(px, py);
        break;
      }
      default:
        return undefined;
    }
  }
  if (loop.length) loops.push(loop);
  return loops;
}

/** The points after `from` along a clockwise quarter ellipse to `to` (axis-aligned, radii = the offsets), or undefined. */
function quarterArc(from: Point, to: Point, rx: number, ry: number, clockwiseQuarter: boolean): Point[] | undefined {
  const dx = to[0] - from[0];
  const dy = to[1] - from[1];
  if (!clockwiseQuarter || Math.abs(Math.abs(dx) - rx) > 1e-6 || Math.abs(Math.abs(dy) - ry) > 1e-6 || rx <= 0 || ry <= 0) return undefined;
  // Of the two centres, the one around which from → to turns +90° (clockwise on screen, y down).
  for (const centre of [[from[0] + dx, from[1]], [from[0], from[1] + dy]] as const) {
    const start = Math.atan2((from[1] - centre[1]) / ry, (from[0] - centre[0]) / rx);
    const end = Math.atan2((to[1] - centre[1]) / ry, (to[0] - centre[0]) / rx);
    const turn = (((end - start) % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
    if (Math.abs(turn - Math.PI / 2) > 1e-6) continue;
    const radius = Math.max(rx, ry);
    const steps = Math.max(2, Math.ceil(Math.PI / 4 / Math.acos(Math.max(-1, 1 - FLATTEN_TOLERANCE / radius))));
    return Array.from({ length: steps }, (_, step) => {
      if (step === steps - 1) return to;
      const angle = start + ((step + 1) / steps) * (Math.PI / 2);
      return [centre[0] + rx * Math.cos(angle), centre[1] + ry * Math.sin(angle)] as const;
    });
  }
  return undefined;
}

/** `points` without consecutive repeats (satori's side polygons repeat inner corners). */
export function distinctPoints(points: Point[]): Point[] {
  const kept = points.filter((point, index) => {
    const previous = points[(index + points.length - 1) % points.length]!;
    return index === 0 ? points.length === 1 || point[0] !== previous[0] || point[1] !== previous[1] : point[0] !== previous[0] || point[1] !== previous[1];
  });
  return kept;
}

const cross = (o: Point, a: Point, b: Point) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);

/** Signed area (positive when the points turn clockwise on screen, y down). */
export function signedArea(points: Point[]): number {
  let sum = 0;
  for (const [index, point] of points.entries()) {
    const next = points[(index + 1) % points.length]!;
    sum += point[0] * next[1] - next[0] * point[1];
  }
  return sum / 2;
}

/** Whether the polygon is convex (every turn the same way; collinear points allowed). */
export function isConvex(points: Point[]): boolean {
  if (points.length < 3) return false;
  let sign = 0;
  for (const [index, point] of points.entries()) {
    const turn = cross(point, points[(index + 1) % points.length]!, points[(index + 2) % points.length]!);
    if (Math.abs(turn) < 1e-9) continue;
    if (sign === 0) sign = Math.sign(turn);
    else if (Math.sign(turn) !== sign) return false;
  }
  return sign !== 0;
}

/** Sutherland–Hodgman: `loop` clipped to the convex polygon `clip`. */
export function clipToConvex(loop: Point[], clip: Point[]): Point[] {
  const orientation = Math.sign(signedArea(clip));
  let output = loop;
  for (const [index, a] of clip.entries()) {
    const b = clip[(index + 1) % clip.length]!;
    const inside = (point: Point) => cross(a, b, point) * orientation >= 0;
    const input = output;
    output = [];
    for (const [at, current] of input.entries()) {
      const previous = input[(at + input.length - 1) % input.length]!;
      if (inside(current)) {
        if (!inside(previous)) output.push(intersection(previous, current, a, b));
        output.push(current);
      } else if (inside(previous)) output.push(intersection(previous, current, a, b));
    }
    if (!output.length) return [];
  }
  return output;
}

function intersection(p: Point, q: Point, a: Point, b: Point): Point {
  const denominator = (p[0] - q[0]) * (a[1] - b[1]) - (p[1] - q[1]) * (a[0] - b[0]);
  if (denominator === 0) return q;
  const t = ((p[0] - a[0]) * (a[1] - b[1]) - (p[1] - a[1]) * (a[0] - b[0])) / denominator;
  return [p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])];
}

const round = (value: number) => Number(value.toFixed(3));

/** Loops as an SVG path (fill it even-odd). */
export function loopsPath(loops: Point[][]): string {
  return loops
    .filter((loop) => loop.length >= 3)
    .map((loop) => `M${loop.map(([px, py]) => `${round(px)},${round(py)}`).join(' L')} Z`)
    .join(' ');
}

/** The part of the ring `ringD` under the convex polygon `points`, as a path; undefined when either is not what this handles. */
export function ringUnderPolygon(ringD: string, points: Point[]): string | undefined {
  const polygon = distinctPoints(points);
  if (!isConvex(polygon)) return undefined;
  const loops = flattenLoops(ringD);
  if (!loops) return undefined;
  return loopsPath(loops.map((loop) => clipToConvex(distinctPoints(loop), polygon)));
}

/** `points="x,y x,y …"` → points, or undefined. */
export function parsePoints(text: string): Point[] | undefined {
  const numbers = text.trim().split(/[\s,]+/).map(Number);
  if (numbers.length < 6 || numbers.length % 2 || numbers.some((value) => !Number.isFinite(value))) return undefined;
  return Array.from({ length: numbers.length / 2 }, (_, index) => [numbers[2 * index]!, numbers[2 * index + 1]!] as const);
}
