import { afterAll, describe, expect, it } from 'vitest';
import { measureText } from '@/lib/render/text-paths';
import { mermaidPool } from '@/lib/render/mermaid/pool';
import { render } from '@/lib/render/render';
import { parseSpec } from '@/lib/spec/visual';
import { MERMAID_DIAGRAMS } from '@/lib/testing/mermaid-diagrams';
import { clippedInBoard, clippedInMermaid } from './clipped';
import { drawWhiteboard, NOTE_TEXT_WIDTH, noteLines } from './draw';
import { whiteboardExamples } from './examples';
import { labelStyle, layoutWhiteboard } from './layout';
import { resolveTheme } from '@/lib/render/theme';
import type { WhiteboardSpec } from './schema';

afterAll(async () => {
  await mermaidPool().close();
});

const board = (extra: Record<string, unknown> = {}) => parseSpec({ kind: 'whiteboard', title: 'Frames', nodes: [{ id: 'a', label: 'API', group: 'g' }, { id: 'b', label: 'DB' }], groups: [{ id: 'g', label: 'Edge' }], edges: [{ from: 'a', to: 'b' }], ...extra }) as WhiteboardSpec;
const drawn = async (spec: WhiteboardSpec) => {
  const layout = await layoutWhiteboard(spec);
  return { layout, size: drawWhiteboard(spec, layout, resolveTheme(undefined)) };
};

describe('clipped: native whiteboards', () => {
  it('must trigger: an edge routed off the drawing, and a frame narrower than its title', async () => {
    const spec = board();
    const { layout, size } = await drawn(spec);
    const edge = layout.edges[0]!;
    const off = { ...layout, edges: [{ ...edge, points: [edge.points[0]!, { x: layout.width + 200, y: edge.points[0]!.y }, edge.points.at(-1)!] }] };
    expect(clippedInBoard(spec, off, size)).toEqual([expect.objectContaining({ path: ['edges', 0] })]);
    const narrow = { ...layout, groups: layout.groups.map((group) => ({ ...group, width: 30 })) };
    expect(clippedInBoard(spec, narrow, size)).toEqual([expect.objectContaining({ path: ['groups', 0, 'label'] })]);
  });

  it.each(whiteboardExamples.map((example) => [example.name, example.spec] as const))('must not trigger: %s', async (_name, input) => {
    const spec = parseSpec(input) as WhiteboardSpec;
    const { layout, size } = await drawn(spec);
    expect(clippedInBoard(spec, layout, size)).toEqual([]);
  });

  it('the renderer acts first: a frame grows to its long title, a long URL in a sticky note breaks; no finding', async () => {
    const title = 'The public edge of the platform, behind the CDN';
    const spec = board({ groups: [{ id: 'g', label: title }], notes: [{ text: 'Docs: https://example.com/a/very/long/path/that/never/breaks' }] });
    const { layout } = await drawn(spec);
    const style = labelStyle(spec);
    expect(layout.groups[0]!.width).toBeGreaterThan(16 + measureText(title, { ...style, size: style.size * 0.9 }));
    for (const line of noteLines(spec.notes[0]!.text, style)) expect(measureText(line, style)).toBeLessThanOrEqual(NOTE_TEXT_WIDTH);
    expect((await render(spec, { format: 'svg', scale: 1 })).findings).toEqual([]);
  });
});

describe('clipped: mermaid', () => {
  it('must trigger: a quadrant name wider than its quadrant and a point label past the chart\'s edge, boxed on the canvas', async () => {
    const spec = parseSpec({ kind: 'whiteboard', title: 'Priorities', mermaid: 'quadrantChart\n  x-axis Low --> High\n  y-axis Low --> High\n  quadrant-1 A quadrant name that is much longer than its quadrant is wide\n  quadrant-2 B\n  quadrant-3 C\n  quadrant-4 D\n  Point at the right edge with a long name: [0.98, 0.5]' });
    const rendered = await render(spec, { format: 'svg', scale: 1 });
    const clipped = (rendered.findings ?? []).filter((finding) => finding.rule === 'clipped');
    expect(clipped.map((finding) => finding.message)).toEqual([expect.stringMatching(/^"A quadrant name .*" (is drawn outside the diagram|runs out of its box)/), expect.stringMatching(/^"Point at the right edge .*" is drawn outside the diagram/)]);
    for (const finding of clipped) {
      expect(finding).toMatchObject({ severity: 'error', path: ['mermaid'] });
      expect(finding.box!.x).toBeGreaterThan(0);
      expect(finding.box!.y).toBeGreaterThan(100); // under the title
      expect(finding.box!.x + finding.box!.width).toBeLessThan(rendered.width + 100);
    }
  });

  it('must trigger (unit): a label outside the viewBox, and one out of its shape', () => {
    const viewBox = { x: -8, y: -8, width: 100, height: 50 };
    expect(clippedInMermaid({ viewBox, labels: [{ text: 'far', box: { x: 90, y: 0, width: 40, height: 16 } }] })).toEqual([expect.objectContaining({ path: ['mermaid'], box: { x: 98, y: 8, width: 40, height: 16 } })]);
    expect(clippedInMermaid({ viewBox, labels: [{ text: 'wide', box: { x: 0, y: 0, width: 60, height: 16 }, container: { x: 10, y: -2, width: 30, height: 20 } }] })).toHaveLength(1);
    expect(clippedInMermaid({ viewBox, labels: [{ text: 'fits', box: { x: 12, y: 0, width: 20, height: 16 }, container: { x: 10, y: -2, width: 30, height: 20 } }] })).toEqual([]);
  });

  it.each(Object.entries(MERMAID_DIAGRAMS))('must not trigger: %s', async (_type, source) => {
    const rendered = await render(parseSpec({ kind: 'whiteboard', title: 'Mermaid', mermaid: source }), { format: 'svg', scale: 1 });
    expect((rendered.findings ?? []).filter((finding) => finding.rule === "clipped")).toEqual([]);
  });
});
