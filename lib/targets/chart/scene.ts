import * as vega from 'vega';

/*
 * What a laid-out Vega view draws, read from its scenegraph (no SVG, no pixels): every visible text
 * run as the rotated rectangle Vega itself lays out, and the data marks it could collide with, all in
 * the coordinates of the chart's SVG (the view's origin and every group offset added).
 */

export type Point = [number, number];

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A scenegraph item, as much of it as the critic reads. */
export interface SceneItem {
  x?: number;
  y?: number;
  x2?: number;
  y2?: number;
  width?: number;
  height?: number;
  size?: number;
  shape?: string;
  text?: unknown;
  angle?: number;
  fontSize?: number;
  opacity?: number;
  fillOpacity?: number;
  align?: string;
  baseline?: string;
  dx?: number;
  dy?: number;
  limit?: number;
  datum?: Record<string, unknown>;
  bounds?: { x1: number; y1: number; x2: number; y2: number; clear: () => unknown };
  items?: SceneNode[];
  mark?: SceneNode;
}

export interface SceneNode {
  marktype?: string;
  role?: string;
  name?: string;
  items?: SceneItem[];
}

export interface SceneText {
  text: string;
  /** The four corners of the text's em box, rotated as drawn. */
  corners: Point[];
  /** The corners' bounding box. */
  box: Box;
  size: number;
  angle: number;
  /** Vega's role: axis-label, axis-title, legend-label, mark (a text mark of the spec) … */
  role: string;
  /** The mark's name: for the spec's own marks, "<layer name>_marks". */
  name: string;
  datum: Record<string, unknown>;
  item: SceneItem;
  /** Where the item's own coordinates start, in the chart's coordinates. */
  origin: Point;
  /** The mark it was moved inside of on purpose (a value label inside its bar). */
  host?: SceneMark;
}

export interface SceneMark {
  type: 'rect' | 'symbol' | 'rule' | 'line';
  name: string;
  /** rect: its box; symbol: the circle's bounding box; rule, line: the points' bounding box. */
  box: Box;
  /** symbol: centre and radius. */
  circle?: { center: Point; radius: number };
  /** rule and line: the points, in order. */
  polyline?: Point[];
  datum: Record<string, unknown>;
  item: SceneItem;
}

export interface Scene {
  texts: SceneText[];
  marks: SceneMark[];
  /** The plot areas (groups that hold the spec's marks), for placing labels inside them. */
  plots: Box[];
}

const DATA_MARKS = new Set(['rect', 'symbol', 'rule', 'line']);

const textBound = (vega as unknown as { Marks: { text: { bound: (bounds: unknown, item: SceneItem, mode?: number) => number[] } } }).Marks.text.bound;

const textOf = (item: SceneItem) => (Array.isArray(item.text) ? item.text.join(' ') : String(item.text ?? '')).trim();

const visible = (item: SceneItem) => item.opacity !== 0 && item.fillOpacity !== 0;

export function boxOf(points: Point[]): Box {
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/** A text item's corners in its own coordinates (Vega's layout: anchor, align, baseline, dx/dy, angle). */
export function textCorners(item: SceneItem): Point[] {
  if (!item.angle) {
    // Mode 1: the unrotated box, not grown by Vega's 1 px margin.
    const { x1, y1, x2, y2 } = textBound(new vega.Bounds(), item, 1) as unknown as { x1: number; y1: number; x2: number; y2: number };
    return [
      [x1, y1],
      [x2, y1],
      [x2, y2],
      [x1, y2],
    ];
  }
  const p = textBound(new vega.Bounds(), item, 2);
  return [
    [p[0] ?? 0, p[1] ?? 0],
    [p[2] ?? 0, p[3] ?? 0],
    [p[6] ?? 0, p[7] ?? 0],
    [p[4] ?? 0, p[5] ?? 0],
  ];
}

function markOf(type: SceneMark['type'], name: string, item: SceneItem, [ox, oy]: Point): SceneMark | undefined {
  const datum = item.datum ?? {};
  const x = (item.x ?? 0) + ox;
  const y = (item.y ?? 0) + oy;
  if (type === 'rect') {
    const width = item.width ?? (item.x2 !== undefined ? item.x2 - (item.x ?? 0) : 0);
    const height = item.height ?? (item.y2 !== undefined ? item.y2 - (item.y ?? 0) : 0);
    const box = { x: Math.min(x, x + width), y: Math.min(y, y + height), width: Math.abs(width), height: Math.abs(height) };
    return box.width > 0 && box.height > 0 ? { type, name, box, datum, item } : undefined;
  }
  if (type === 'symbol') {
    const radius = Math.sqrt((item.size ?? 64) / Math.PI);
    return { type, name, box: { x: x - radius, y: y - radius, width: radius * 2, height: radius * 2 }, circle: { center: [x, y], radius }, datum, item };
  }
  const polyline: Point[] = [
    [x, y],
    [(item.x2 ?? item.x ?? 0) + ox, (item.y2 ?? item.y ?? 0) + oy],
  ];
  return { type, name, box: boxOf(polyline), polyline, datum, item };
}

/** Reads the texts and data marks of a laid-out view (`origin`: the view's origin, as view.origin()). */
export function readScene(root: SceneNode, origin: Point): Scene {
  const scene: Scene = { texts: [], marks: [], plots: [] };
  const visit = (node: SceneNode, offset: Point) => {
    const items = node.items ?? [];
    const name = node.name ?? '';
    if (node.marktype === 'group') {
      for (const group of items) {
        const inner: Point = [offset[0] + (group.x ?? 0), offset[1] + (group.y ?? 0)];
        const children = group.items ?? [];
        if (children.some((child) => child.role === 'mark' && child.marktype !== 'group') && group.width && group.height) {
          scene.plots.push({ x: inner[0], y: inner[1], width: group.width, height: group.height });
        }
        for (const child of children) visit(child, inner);
      }
      return;
    }
    if (node.marktype === 'text') {
      for (const item of items) {
        const text = textOf(item);
        if (!text || !visible(item)) continue;
        const corners = textCorners(item).map(([x, y]): Point => [x + offset[0], y + offset[1]]);
        scene.texts.push({ text, corners, box: boxOf(corners), size: item.fontSize ?? 11, angle: item.angle ?? 0, role: node.role ?? '', name, datum: item.datum ?? {}, item, origin: offset });
      }
      return;
    }
    if (node.role !== 'mark' || !DATA_MARKS.has(node.marktype ?? '')) return;
    if (node.marktype === 'line') {
      const points = items.filter((item) => Number.isFinite(item.x) && Number.isFinite(item.y)).map((item): Point => [(item.x ?? 0) + offset[0], (item.y ?? 0) + offset[1]]);
      if (points.length > 1 && items[0]) scene.marks.push({ type: 'line', name, box: boxOf(points), polyline: points, datum: items[0].datum ?? {}, item: items[0] });
      return;
    }
    for (const item of items) {
      if (!visible(item)) continue;
      const mark = markOf(node.marktype as SceneMark['type'], name, item, offset);
      if (mark) scene.marks.push(mark);
    }
  };
  visit(root, origin);
  return scene;
}
