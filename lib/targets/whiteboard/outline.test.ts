import rough from 'roughjs';
import { describe, expect, it } from 'vitest';
import { parseSpec } from '@/lib/spec/visual';
import { splineOf } from './draw';
import { whiteboardExamples } from './examples';
import { layoutWhiteboard } from './layout';
import { endOnOutline, outlineOf, type Point } from './outline';
import type { WhiteboardSpec } from './schema';

/** Distance from `point` to the closed polygon's nearest side. */
function distanceToOutline(point: Point, polygon: Point[]): number {
  let best = Number.POSITIVE_INFINITY;
  for (let index = 0; index < polygon.length; index += 1) {
    const a = polygon[index]!;
    const b = polygon[(index + 1) % polygon.length]!;
    const length = (b.x - a.x) ** 2 + (b.y - a.y) ** 2;
    const t = length ? Math.max(0, Math.min(1, ((point.x - a.x) * (b.x - a.x) + (point.y - a.y) * (b.y - a.y)) / length)) : 0;
    best = Math.min(best, Math.hypot(point.x - (a.x + t * (b.x - a.x)), point.y - (a.y + t * (b.y - a.y))));
  }
  return best;
}

const decisions = (direction: 'LR' | 'TB', edgeStyle: 'orthogonal' | 'spline' = 'orthogonal') =>
  parseSpec({
    kind: 'whiteboard',
    title: 'Decisions',
    style: 'clean',
    direction,
    edgeStyle,
    nodes: [
      { id: 'a', label: 'Start', shape: 'circle' },
      { id: 'b', label: 'Is it valid?', shape: 'diamond' },
      { id: 'c', label: 'Cloud storage', shape: 'cloud' },
      { id: 'd', label: 'Database', shape: 'cylinder' },
      { id: 'e', label: 'Reject', shape: 'box' },
    ],
    edges: [{ from: 'a', to: 'b' }, { from: 'b', to: 'c', label: 'yes' }, { from: 'b', to: 'e', label: 'no' }, { from: 'c', to: 'd' }, { from: 'e', to: 'c' }, { from: 'd', to: 'b' }],
  }) as WhiteboardSpec;

describe('edges end on the shape, not on its bounding box', () => {
  it('a leg entering a diamond\'s box off its tip is extended onto the diamond\'s side', () => {
    const diamond = { x: 0, y: 0, width: 200, height: 100, shape: 'diamond' as const };
    const [, end] = endOnOutline([{ x: 50, y: -40 }, { x: 50, y: 0 }], diamond, 'end');
    // At x = 50 the diamond's upper side is at y = 25: the box's top was 25 px short.
    expect(end?.x).toBeCloseTo(50);
    expect(end?.y).toBeCloseTo(25);
  });

  it.each([['LR', 'orthogonal'], ['TB', 'orthogonal'], ['LR', 'spline'], ['TB', 'spline']] as const)('%s %s: every end at a diamond, cloud or circle touches its outline', async (direction, edgeStyle) => {
    const spec = decisions(direction, edgeStyle);
    const layout = await layoutWhiteboard(spec);
    const node = (id: string) => layout.nodes.find((candidate) => candidate.id === id)!;
    let checked = 0;
    for (const edge of layout.edges) {
      const source = spec.edges[edge.index]!;
      for (const [id, point] of [[source.from, edge.points[0]], [source.to, edge.points.at(-1)]] as const) {
        const target = node(id);
        if (!point || !['diamond', 'cloud', 'circle'].includes(target.shape)) continue;
        checked += 1;
        expect(distanceToOutline(point, outlineOf(target)), `${source.from}→${source.to} at ${id}`).toBeLessThan(1.5);
      }
    }
    expect(checked).toBeGreaterThanOrEqual(6);
  });
});

describe('spline edges are elkjs\'s Béziers, not a curve through their control points', () => {
  it('every drawn spline stays inside the box of its control points (a curl leaves it)', async () => {
    const example = whiteboardExamples.find((candidate) => candidate.name === 'whiteboard-spline')!;
    const spec = parseSpec(example.spec) as WhiteboardSpec;
    const layout = await layoutWhiteboard(spec);
    const generator = rough.generator();
    let curved = 0;
    for (const edge of layout.edges) {
      if (edge.points.length < 4) continue;
      curved += 1;
      const points = edge.points.map((point) => [point.x, point.y] as [number, number]);
      const drawn = generator.toPaths(splineOf(points, { roughness: 0, bowing: 0, seed: 1, disableMultiStroke: true })).map((path) => path.d).join(' ');
      const numbers = (drawn.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []).map(Number);
      const xs = points.map(([x]) => x);
      const ys = points.map(([, y]) => y);
      for (let index = 0; index + 1 < numbers.length; index += 2) {
        expect(numbers[index]!).toBeGreaterThanOrEqual(Math.min(...xs) - 1);
        expect(numbers[index]!).toBeLessThanOrEqual(Math.max(...xs) + 1);
        expect(numbers[index + 1]!).toBeGreaterThanOrEqual(Math.min(...ys) - 1);
        expect(numbers[index + 1]!).toBeLessThanOrEqual(Math.max(...ys) + 1);
      }
    }
    expect(curved).toBeGreaterThan(0);
  });
});
