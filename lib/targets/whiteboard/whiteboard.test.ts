import path from 'node:path';
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { render } from '@/lib/render/render';
import { parseSpec } from '@/lib/spec/visual';
import { lintSpec } from '@/lib/lint';
import { compareGolden } from '@/lib/testing/golden';
import { itEnforcesEdges, type Edge } from '@/lib/testing/edges';
import { readPdf } from '@/lib/testing/pdf';
import { thrownGlimpseError } from '@/lib/testing/errors';
import { MAX_MERMAID_CHARS, MAX_NODES } from '@/lib/limits';
import { whiteboardExamples } from './examples';
import { layoutWhiteboard } from './layout';
import type { WhiteboardSpec } from './schema';
import { FORTY_NODE_PLATFORM } from '@/lib/testing/stress/whiteboards';

const GOLDEN_DIR = path.join(import.meta.dirname, '__goldens__');
const parseError = (input: unknown) => thrownGlimpseError(() => parseSpec(input));
const board = (extra: Record<string, unknown>) => ({ kind: 'whiteboard', title: 'T', nodes: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }], ...extra });

describe('whiteboard goldens (every shape, groups, LR and TB, sketch and clean, CJK)', () => {
  it.each(whiteboardExamples.map((example) => [example.name, example.spec] as const))('%s matches its golden PNG', async (name, input) => {
    const result = await render(parseSpec(input), { format: 'png', scale: 1 });
    expect((await sharp(result.body).metadata()).width).toBe(1200);
    const golden = compareGolden(result.body, path.join(GOLDEN_DIR, `${name}.png`));
    expect(golden.ok, golden.message).toBe(true);
  });

  it('is deterministic: the same spec draws the same bytes', async () => {
    const spec = parseSpec(whiteboardExamples[0]?.spec);
    const [first, second] = await Promise.all([render(spec, { format: 'png', scale: 1 }), render(spec, { format: 'png', scale: 1 })]);
    expect(Buffer.compare(first.body, second.body)).toBe(0);
  });
});

describe('whiteboard schema', () => {
  it.each([
    [`edges naming more than ${MAX_NODES} nodes in all`, board({ nodes: [{ id: 'a', label: 'A' }], edges: Array.from({ length: MAX_NODES }, (_, index) => ({ from: 'a', to: `x${index}` })) }), ['edges']],
    ['duplicate node ids', board({ nodes: [{ id: 'a', label: 'A' }, { id: 'a', label: 'B' }] }), ['nodes', 1, 'id']],
    ['a group that is also a node id', board({ nodes: [{ id: 'a', label: 'A', group: 'a' }] }), ['groups', 0, 'id']],
    ['groups nested two levels', board({ groups: [{ id: 'g1', label: '1' }, { id: 'g2', label: '2', parent: 'g1' }, { id: 'g3', label: '3', parent: 'g2' }] }), ['groups', 2, 'parent']],
    ['an unknown shape', board({ nodes: [{ id: 'a', label: 'A', shape: 'hexagon' }] }), ['nodes', 0, 'shape']],
    ['both mermaid and nodes', board({ mermaid: 'flowchart LR\n A --> B' }), ['mermaid']],
    [`mermaid over MAX_MERMAID_CHARS`, { kind: 'whiteboard', title: 'T', mermaid: 'x'.repeat(MAX_MERMAID_CHARS + 1) }, ['mermaid']],
    ['neither mermaid nor nodes', { kind: 'whiteboard', title: 'T' }, ['nodes']],
    [`more than ${MAX_NODES} nodes`, board({ nodes: Array.from({ length: MAX_NODES + 1 }, (_, index) => ({ id: `n${index}`, label: 'x' })) }), ['nodes']],
  ])('rejects %s', (_name, input, where) => {
    expect(parseError(input).issues.map((issue) => issue.path)).toContainEqual(where);
  });
});

describe('whiteboard references', () => {
  it('an edge to an undeclared id draws a node labelled with the id, and the lint says so', async () => {
    const input = board({ nodes: [{ id: 'a', label: 'Web' }], edges: [{ from: 'a', to: 'db' }] });
    const spec = parseSpec(input);
    expect(spec.kind === 'whiteboard' && spec.nodes.map((node) => [node.id, node.label])).toEqual([['a', 'Web'], ['db', 'db']]);
    expect(lintSpec(spec)).toEqual([expect.objectContaining({ rule: 'implicit-node', severity: 'warning', path: ['edges', 0, 'to'] })]);
    const layout = await layoutWhiteboard(spec as WhiteboardSpec);
    expect(layout.nodes.map((node) => node.id).sort()).toEqual(['a', 'db']);
  });

  it('a group id no group declares draws a frame; declared ids draw no finding', () => {
    const spec = parseSpec(board({ nodes: [{ id: 'a', label: 'A', group: 'cloud' }] }));
    expect(spec.kind === 'whiteboard' && spec.groups).toEqual([{ id: 'cloud', label: 'cloud' }]);
    expect(lintSpec(spec).map((finding) => [finding.rule, finding.path])).toEqual([['implicit-group', ['nodes', 0, 'group']]]);
    expect(lintSpec(parseSpec(board({ nodes: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }], edges: [{ from: 'a', to: 'b' }] })))).toEqual([]);
  });
});

const numbered = (count: number, item: (index: number) => unknown) => Array.from({ length: count }, (_, index) => item(index));

const whiteboardEdges: Edge[] = [
  { limit: 'MAX_NODES', what: 'nodes', build: (count) => board({ nodes: numbered(count, (index) => ({ id: `n${index}`, label: 'x' })) }), path: ['nodes'] },
  { limit: 'MAX_EDGES', what: 'edges', build: (count) => board({ edges: numbered(count, () => ({ from: 'a', to: 'b' })) }), path: ['edges'] },
  { limit: 'MAX_GROUPS', what: 'groups', build: (count) => board({ groups: numbered(count, (index) => ({ id: `g${index}`, label: 'g' })) }), path: ['groups'] },
  { limit: 'MAX_NOTES', what: 'sticky notes', build: (count) => board({ notes: numbered(count, () => ({ text: 'note' })) }), path: ['notes'] },
  { limit: 'MAX_MERMAID_CHARS', what: 'characters of mermaid', build: (length) => ({ kind: 'whiteboard', title: 'T', mermaid: 'x'.repeat(length) }), path: ['mermaid'] },
  { limit: 'MAX_WHITEBOARD_ID_CHARS', what: 'characters of a node id', build: (length) => board({ nodes: [{ id: 'i'.repeat(length), label: 'A' }] }), path: ['nodes', 0, 'id'] },
  { limit: 'MAX_WHITEBOARD_ID_CHARS', what: 'characters of a group id', build: (length) => board({ groups: [{ id: 'g'.repeat(length), label: 'G' }] }), path: ['groups', 0, 'id'] },
  { limit: 'MAX_LABEL_CHARS', what: 'characters of a node label', build: (length) => board({ nodes: [{ id: 'a', label: 'l'.repeat(length) }] }), path: ['nodes', 0, 'label'] },
  { limit: 'MAX_LABEL_CHARS', what: 'characters of a group label', build: (length) => board({ groups: [{ id: 'g', label: 'l'.repeat(length) }] }), path: ['groups', 0, 'label'] },
  { limit: 'MAX_EDGE_LABEL_CHARS', what: 'characters of an edge label', build: (length) => board({ edges: [{ from: 'a', to: 'b', label: 'e'.repeat(length) }] }), path: ['edges', 0, 'label'] },
  { limit: 'MAX_LINE_CHARS', what: 'characters of a sticky note', build: (length) => board({ notes: [{ text: 'n'.repeat(length) }] }), path: ['notes', 0, 'text'] },
];

describe('whiteboard limits at their edges', () => {
  itEnforcesEdges(whiteboardEdges, parseSpec);
});

describe('whiteboard layout and export', () => {
  it('edges never cross node boxes (elkjs orthogonal routing)', async () => {
    const spec = parseSpec(whiteboardExamples[0]?.spec) as WhiteboardSpec;
    const layout = await layoutWhiteboard(spec);
    const inside = (point: { x: number; y: number }, box: { x: number; y: number; width: number; height: number }) => point.x > box.x + 1 && point.x < box.x + box.width - 1 && point.y > box.y + 1 && point.y < box.y + box.height - 1;
    for (const edge of layout.edges) {
      const source = spec.edges[edge.index];
      for (let index = 0; index + 1 < edge.points.length; index += 1) {
        const [from, to] = [edge.points[index], edge.points[index + 1]];
        if (!from || !to) continue;
        for (let step = 0; step <= 20; step += 1) {
          const point = { x: from.x + ((to.x - from.x) * step) / 20, y: from.y + ((to.y - from.y) * step) / 20 };
          for (const node of layout.nodes) {
            if (node.id === source?.from || node.id === source?.to) continue;
            expect(inside(point, node), `edge ${edge.index} crosses ${node.id}`).toBe(false);
          }
        }
      }
    }
  });

  it('.excalidraw export parses and holds every node label, edge and group as editable elements', async () => {
    const spec = parseSpec(whiteboardExamples[0]?.spec) as WhiteboardSpec;
    const result = await render(spec, { format: 'excalidraw', scale: 1 });
    const file = JSON.parse(result.body.toString('utf8')) as { type: string; version: number; elements: { type: string; text?: string; id: string; containerId?: string }[] };
    expect(file.type).toBe('excalidraw');
    const texts = file.elements.filter((element) => element.type === 'text').map((element) => element.text);
    for (const node of spec.nodes) expect(texts).toContain(node.label);
    expect(file.elements.filter((element) => element.type === 'arrow')).toHaveLength(spec.edges.length);
    expect(texts).toContain('Glimpse server');
    expect(file.elements.filter((element) => element.containerId === 'node-api')).toHaveLength(1);
  });

  it('exports a vector PDF: one page of the visual size, drawn in paths, title searchable', async () => {
    const spec = parseSpec(whiteboardExamples[3]?.spec) as WhiteboardSpec;
    const svg = await render(spec, { format: 'svg', scale: 1 });
    const pdf = await readPdf((await render(spec, { format: 'pdf', scale: 1 })).body);
    expect(pdf.title).toBe(spec.title);
    expect(pdf.pages).toHaveLength(1);
    const [page] = pdf.pages;
    if (!page) throw new Error('no page');
    expect([page.width, page.height].map(Math.round)).toEqual([svg.width, svg.height]);
    // Vector: the shapes and edges are paths (several each when sketched), and nothing is a picture.
    expect(page.paths).toBeGreaterThanOrEqual(spec.nodes.length + spec.edges.length);
    expect(page.images).toEqual([]);
    expect(page.text.replace(/\s+/g, '')).toContain(spec.title.replace(/\s+/g, ''));
  });
});

describe('readable labels (the layout critic acts, then reports)', () => {
  const chain = (count: number, extra: Record<string, unknown> = {}) => ({
    kind: 'whiteboard',
    title: 'Request path',
    nodes: Array.from({ length: count }, (_, index) => ({ id: `n${index}`, label: `Stage ${index + 1}` })),
    edges: Array.from({ length: count - 1 }, (_, index) => ({ from: `n${index}`, to: `n${index + 1}` })),
    ...extra,
  });

  it('a 14-node chain too long for one row is wrapped into rows, readable, with no finding', async () => {
    const spec = parseSpec(chain(14));
    const rendered = await render(spec, { format: 'png', scale: 1 });
    expect(rendered.findings).toEqual([]);
    // One row would be ~2,600 px wide, scaled to 0.42 (labels ~10 px) and ~300 px tall; rows fill the canvas.
    const row = await layoutWhiteboard(spec as WhiteboardSpec);
    expect(24 * (1104 / row.width)).toBeLessThan(12);
    expect(rendered.height).toBeGreaterThan(500);
    expect(rendered.height).toBeLessThan(rendered.width);
  });

  it('a 40-node branching graph is laid out deeper, not wider: readable, with no finding', async () => {
    const spec = parseSpec(FORTY_NODE_PLATFORM) as WhiteboardSpec;
    // Either direction of plain layers is over twice the canvas wide (labels ~9 px).
    for (const direction of ['LR', 'TB'] as const) expect((await layoutWhiteboard({ ...spec, direction })).width).toBeGreaterThan(1104 * 1.5);
    const rendered = await render(spec, { format: 'svg', scale: 1 });
    expect(rendered.findings).toEqual([]);
    expect(rendered.height).toBeGreaterThan(rendered.width * 1.3);
  });

  it('a short chain keeps its direction', async () => {
    const rendered = await render(parseSpec(chain(3)), { format: 'png', scale: 1 });
    expect(rendered.findings).toEqual([]);
    expect(rendered.width).toBeGreaterThan(rendered.height);
  });

  it('labels that stay too small either way are a text-too-small error at nodes', async () => {
    // Eight parallel chains of seven wide nodes on the narrowest canvas: too long left to right, too
    // wide top to bottom, and even two nodes to a row (deeper layers) is wider than 320 px can show.
    const nodes = Array.from({ length: 56 }, (_, index) => ({ id: `n${index}`, label: `A rather long service name ${index}` }));
    const edges = nodes.flatMap((node, index) => (index % 7 === 6 ? [] : [{ from: node.id, to: `n${index + 1}` }]));
    const spec = parseSpec({ kind: 'whiteboard', title: 'Everything', style: 'clean', width: 320, nodes, edges });
    const rendered = await render(spec, { format: 'svg', scale: 1 });
    expect(rendered.findings).toEqual([expect.objectContaining({ rule: 'text-too-small', severity: 'error', path: ['nodes'] })]);
  });
});
