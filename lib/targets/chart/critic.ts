import { MIN_READABLE_TEXT_PX, MIN_TICK_TEXT_PX, type LintFinding } from '@/lib/lint/finding';
import { circleOverlap, inset, polygonOverlap, polylineCrosses, rectCorners } from './geometry';
import type { Box, Scene, SceneMark, SceneText } from './scene';

/*
 * The chart's layout critic: reads the laid-out Vega scenegraph (text runs measured with the bundled
 * fonts, the marks' own geometry; no pixels) and reports text over text (`error`) and text over a
 * data mark (`warning`). Boxes are in the chart's SVG coordinates; the view moves them onto the canvas.
 */

type Path = (string | number)[];

export interface Locator {
  /** The spec field that produced a text run or a mark. */
  path: (what: SceneText | SceneMark) => Path;
  /** What to call it in a message: "value label", "axis title" … */
  describe: (what: SceneText) => string;
}

/** Texts placed inside their mark on purpose (heatmap cells, pie slices): layers named "…_inside". */
export const INSIDE = '_inside';

/** Overlap shallower than this (px) is rounding, not a collision; the em box is taller than the ink. */
const TEXT_TOLERANCE = 1;
const MARK_TOLERANCE = 0.5;

const round = (box: Box) => ({ x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width), height: Math.round(box.height) });

function union(a: Box, b: Box): Box {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

const quote = (text: string) => `"${text.length > 40 ? `${text.slice(0, 39)}…` : text}"`;

const MARK_NAMES: Record<SceneMark['type'], string> = { rect: 'a bar', symbol: 'a point', rule: 'a reference line', line: 'a line' };

/** Whether text run `text` is drawn over `mark` (its own cell or slice excepted). */
export function textOverMark(text: SceneText, mark: SceneMark): boolean {
  if ((text.name.includes(INSIDE) && mark.type === 'rect') || text.host === mark) return false;
  const corners = inset(text.corners, MARK_TOLERANCE);
  switch (mark.type) {
    case 'rect':
      return polygonOverlap(corners, rectCorners(mark.box)) > 0;
    case 'symbol':
      return mark.circle ? circleOverlap(corners, mark.circle.center, mark.circle.radius) > 0 : false;
    case 'rule':
    case 'line':
      return mark.polyline ? polylineCrosses(corners, mark.polyline) : false;
    default: {
      const unreachable: never = mark.type;
      return unreachable;
    }
  }
}

/** Whether two text runs overlap by more than rounding. */
export function textsOverlap(a: SceneText, b: SceneText): boolean {
  return polygonOverlap(inset(a.corners, TEXT_TOLERANCE / 2), inset(b.corners, TEXT_TOLERANCE / 2)) > 0;
}

/** Text over text, and text over a data mark, in a laid-out chart. */
export function overlapFindings(scene: Scene, locate: Locator): LintFinding[] {
  const findings: LintFinding[] = [];
  const { texts, marks } = scene;
  for (let first = 0; first < texts.length; first += 1) {
    const a = texts[first] as SceneText;
    for (let second = first + 1; second < texts.length; second += 1) {
      const b = texts[second] as SceneText;
      if (!textsOverlap(a, b)) continue;
      // Name the one a writer would move (an annotation or label rather than an axis tick); of equals, the one drawn on top.
      const [moved, other] = movability(a) > movability(b) ? [a, b] : [b, a];
      findings.push({
        rule: 'overlap',
        severity: 'error',
        path: locate.path(moved),
        box: round(union(a.box, b.box)),
        message: `the ${locate.describe(moved)} ${quote(moved.text)} is drawn over the ${locate.describe(other)} ${quote(other.text)}; shorten one of them or move it`,
      });
    }
  }
  for (const text of texts) {
    const mark = marks.find((candidate) => textOverMark(text, candidate));
    if (!mark) continue;
    findings.push({
      rule: 'overlap',
      severity: 'warning',
      path: locate.path(text),
      box: round(text.box),
      message: `the ${locate.describe(text)} ${quote(text.text)} is drawn over ${MARK_NAMES[mark.type]}`,
    });
  }
  return findings;
}

/** Which of two colliding texts to name: the spec's own text marks first, axis ticks last. */
function movability(text: SceneText): number {
  if (text.role === 'mark') return text.name.startsWith('annotation') ? 4 : 3;
  if (text.role === 'axis-title' || text.role === 'legend-title') return 2;
  if (text.role === 'legend-label') return 1;
  return 0;
}

/**
 * Chart text drawn too small once the picture is scaled onto the canvas (`scale`): axis ticks below
 * 10 px, any other text below 12 px. One finding per field and kind of text, boxed around all of it.
 */
export function smallTextFindings(scene: Scene, scale: number, locate: Locator): LintFinding[] {
  const groups = new Map<string, { texts: SceneText[]; min: number; path: Path }>();
  for (const text of scene.texts) {
    const min = text.role === 'axis-label' ? MIN_TICK_TEXT_PX : MIN_READABLE_TEXT_PX;
    if (text.size * scale >= min - 0.01) continue;
    const path = locate.path(text);
    const key = `${path.join('.')}\u0000${locate.describe(text)}`;
    const group = groups.get(key) ?? { texts: [], min, path };
    group.texts.push(text);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ texts, min, path }) => {
    const first = texts[0] as SceneText;
    const px = Math.min(...texts.map((text) => text.size * scale));
    return {
      rule: 'text-too-small',
      severity: 'error' as const,
      path,
      box: round(texts.map((text) => text.box).reduce(union)),
      message: `the ${locate.describe(first)}${texts.length > 1 ? 's' : ''} ${quote(first.text)}${texts.length > 1 ? ` and ${texts.length - 1} more` : ''} draw at ${px.toFixed(1)} px (below ${min} px); use a larger font size${scale < 1 ? ', or fewer views so the chart is not shrunk' : ''}`,
    };
  });
}

/** Text running past the chart's own edge by more than this (px) is cut off in the picture. */
const CLIP_TOLERANCE = 1;

/**
 * Chart text drawn past the edge of the chart's picture (a value label beyond the longest bar, a
 * legend label off the side): the picture cuts it, so "54%" reads "54". One finding per text run.
 */
export function clippedTextFindings(scene: Scene, size: { width: number; height: number }, locate: Locator): LintFinding[] {
  return scene.texts
    .filter((text) => text.text.trim() !== '')
    .filter((text) => text.box.x < -CLIP_TOLERANCE || text.box.y < -CLIP_TOLERANCE || text.box.x + text.box.width > size.width + CLIP_TOLERANCE || text.box.y + text.box.height > size.height + CLIP_TOLERANCE)
    .map((text) => ({
      rule: 'clipped',
      severity: 'error' as const,
      path: locate.path(text),
      box: round(text.box),
      message: `the ${locate.describe(text)} ${quote(text.text)} runs past the edge of the chart and is cut off; shorten it or give the chart more room`,
    }));
}
