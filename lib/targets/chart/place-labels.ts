import { colord } from 'colord';
import { circleOverlap, polygonOverlap, polylineCrosses } from './geometry';
import { boxOf, textCorners, type Point, type Scene, type SceneText } from './scene';
import { ROW } from './locate';

/*
 * Point labels (scatter, bubble) placed after layout, like vega-label: each label tries the places
 * around its own point (right, above, left, below, then the diagonals) and takes the first that
 * stays inside the plot and clear of every point and of the labels placed before it. A label with
 * no free place is hidden rather than drawn over another; the scene keeps the positions drawn.
 */

export const POINT_LABELS = 'point_labels_marks';
export const POINTS = 'points_marks';

/** Space between a point's edge and its label. */
const GAP = 4;

type Candidate = { align: 'left' | 'right' | 'center'; baseline: 'middle' | 'bottom' | 'top'; at: (radius: number) => Point };

const diagonal = Math.SQRT1_2;
const CANDIDATES: Candidate[] = [
  { align: 'left', baseline: 'middle', at: (r) => [r + GAP, 0] },
  { align: 'center', baseline: 'bottom', at: (r) => [0, -(r + GAP)] },
  { align: 'right', baseline: 'middle', at: (r) => [-(r + GAP), 0] },
  { align: 'center', baseline: 'top', at: (r) => [0, r + GAP] },
  { align: 'left', baseline: 'bottom', at: (r) => [(r + GAP) * diagonal, -(r + GAP) * diagonal] },
  { align: 'right', baseline: 'bottom', at: (r) => [-(r + GAP) * diagonal, -(r + GAP) * diagonal] },
  { align: 'left', baseline: 'top', at: (r) => [(r + GAP) * diagonal, (r + GAP) * diagonal] },
  { align: 'right', baseline: 'top', at: (r) => [-(r + GAP) * diagonal, (r + GAP) * diagonal] },
];

/** Returns the labels it had to hide. */
export function placePointLabels(scene: Scene): SceneText[] {
  const labels = scene.texts.filter((text) => text.name === POINT_LABELS);
  if (labels.length === 0) return [];
  const points = scene.marks.filter((mark) => mark.name === POINTS && mark.circle);
  const plot = scene.plots[0];
  const others = scene.texts.filter((text) => text.name !== POINT_LABELS);
  const placed: SceneText[] = [];
  const hidden: SceneText[] = [];
  for (const label of labels) {
    const point = points.find((mark) => mark.datum[ROW] === label.datum[ROW]);
    if (!point?.circle) continue;
    const { center, radius } = point.circle;
    const item = label.item;
    const free = CANDIDATES.some((candidate) => {
      const [dx, dy] = candidate.at(radius);
      Object.assign(item, { x: center[0] + dx - label.origin[0], y: center[1] + dy - label.origin[1], dx: 0, dy: 0, align: candidate.align, baseline: candidate.baseline });
      const corners = textCorners(item).map(([x, y]): Point => [x + label.origin[0], y + label.origin[1]]);
      const box = boxOf(corners);
      if (plot && (box.x < plot.x || box.y < plot.y || box.x + box.width > plot.x + plot.width || box.y + box.height > plot.y + plot.height)) return false;
      if (points.some((mark) => mark.circle && circleOverlap(corners, mark.circle.center, mark.circle.radius) > 0)) return false;
      if ([...placed, ...others].some((text) => polygonOverlap(corners, text.corners) > 0)) return false;
      label.corners = corners;
      label.box = box;
      return true;
    });
    if (free) placed.push(label);
    else {
      item.opacity = 0;
      hidden.push(label);
    }
  }
  scene.texts = scene.texts.filter((text) => !hidden.includes(text));
  return hidden;
}

export const VALUE_LABELS = 'value_labels_marks';
export const BARS = 'bars_marks';
const INSIDE_GAP = 6;

/**
 * A bar's value label that a reference line runs through moves inside the end of its bar, in a
 * colour that reads on the bar, when the bar is long enough to hold it.
 */
export function moveValueLabelsOffRules(scene: Scene): void {
  const rules = scene.marks.filter((mark) => mark.type === 'rule' && mark.name.startsWith('annotation_') && mark.polyline);
  if (rules.length === 0) return;
  const bars = scene.marks.filter((mark) => mark.name === BARS && mark.type === 'rect');
  for (const label of scene.texts.filter((text) => text.name === VALUE_LABELS)) {
    if (!rules.some((rule) => polylineCrosses(label.corners, rule.polyline ?? []))) continue;
    const bar = bars.find((mark) => mark.datum[ROW] === label.datum[ROW]);
    if (!bar) continue;
    const item = label.item;
    const saved = { x: item.x, y: item.y, dx: item.dx, dy: item.dy, align: item.align, baseline: item.baseline };
    const above = label.box.y + label.box.height <= bar.box.y + 1;
    const right = label.box.x >= bar.box.x + bar.box.width - 1;
    if (above) Object.assign(item, { y: bar.box.y + INSIDE_GAP - label.origin[1], dy: 0, baseline: 'top' });
    else if (right) Object.assign(item, { x: bar.box.x + bar.box.width - INSIDE_GAP - label.origin[0], dx: 0, align: 'right' });
    else continue;
    const corners = textCorners(item).map(([x, y]): Point => [x + label.origin[0], y + label.origin[1]]);
    const box = boxOf(corners);
    const inside = box.x >= bar.box.x && box.y >= bar.box.y && box.x + box.width <= bar.box.x + bar.box.width && box.y + box.height <= bar.box.y + bar.box.height;
    if (!inside) {
      Object.assign(item, saved);
      continue;
    }
    const fill = String((bar.item as { fill?: string }).fill ?? '#000000');
    (item as { fill?: string }).fill = colord(fill).contrast('#FFFFFF') >= colord(fill).contrast('#0F172A') ? '#FFFFFF' : '#0F172A';
    label.corners = corners;
    label.box = box;
    label.host = bar;
  }
}

export const END_LABELS = 'end_labels_marks';
/** Space kept between two end labels, one above the other. */
const END_LABEL_SPACING = 2;
/** An end label may move this many of its heights from its line's end (further, it reads as the next line's). */
const MAX_END_NUDGE = 1;

/**
 * Lines named at their ends (compile.ts `end_labels`): the labels, sorted by height, pushed apart
 * just enough to clear each other (down, then back up from the plot's foot), within the plot and
 * at most MAX_END_NUDGE heights from their line's end. Returns false when they cannot be (too many
 * lines ending together, or a label over other text): the chart then keeps its legend.
 */
export function placeEndLabels(scene: Scene): boolean | undefined {
  const labels = scene.texts.filter((text) => text.name === END_LABELS);
  if (labels.length === 0) return undefined;
  const plot = scene.plots[0];
  const sorted = [...labels].sort((a, b) => a.box.y - b.box.y);
  const wanted = sorted.map((label) => label.box.y + label.box.height / 2);
  const tops = sorted.map((label) => label.box.y);
  const floor = plot ? plot.y + plot.height + 6 : Infinity;
  const ceiling = plot ? plot.y - 6 : -Infinity;
  for (let index = 0; index < sorted.length; index += 1) {
    const previous = index > 0 ? (tops[index - 1] as number) + (sorted[index - 1] as SceneText).box.height + END_LABEL_SPACING : ceiling;
    tops[index] = Math.max(tops[index] as number, previous);
  }
  for (let index = sorted.length - 1; index >= 0; index -= 1) {
    const label = sorted[index] as SceneText;
    const next = index < sorted.length - 1 ? (tops[index + 1] as number) - END_LABEL_SPACING : floor;
    tops[index] = Math.min(tops[index] as number, next - label.box.height);
  }
  const others = scene.texts.filter((text) => text.name !== END_LABELS);
  const moved: { label: SceneText; corners: Point[]; dy: number }[] = [];
  for (const [index, label] of sorted.entries()) {
    const top = tops[index] as number;
    if (top < ceiling - 0.5) return false;
    if (Math.abs(top + label.box.height / 2 - (wanted[index] as number)) > label.box.height * MAX_END_NUDGE) return false;
    const dy = top - label.box.y;
    const corners = label.corners.map(([x, y]): Point => [x, y + dy]);
    if (others.some((text) => polygonOverlap(corners, text.corners) > 0)) return false;
    moved.push({ label, corners, dy });
  }
  for (const { label, corners, dy } of moved) {
    label.item.y = (label.item.y ?? 0) + dy;
    label.corners = corners;
    label.box = boxOf(corners);
  }
  return true;
}
