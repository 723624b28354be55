import { GlimpseError } from '@/lib/errors';
import { layoutWhiteboard, type PlacedNode } from './layout';
import type { Shape, WhiteboardSpec } from './schema';

/**
 * The diagram as an .excalidraw file: the same nodes, groups, edges and labels as editable
 * elements (shapes with bound text, arrows bound to their nodes), positioned by the same layout.
 */

type Element = Record<string, unknown>;

const EXCALIDRAW_SHAPE: Record<Shape, 'rectangle' | 'ellipse' | 'diamond'> = {
  box: 'rectangle',
  rounded: 'rectangle',
  circle: 'ellipse',
  diamond: 'diamond',
  cylinder: 'rectangle',
  cloud: 'ellipse',
  person: 'ellipse',
  note: 'rectangle',
  text: 'rectangle',
};

let counter = 0;
function base(type: string, id: string, box: { x: number; y: number; width: number; height: number }, extra: Element = {}): Element {
  counter += 1;
  return {
    id,
    type,
    x: Math.round(box.x),
    y: Math.round(box.y),
    width: Math.round(box.width),
    height: Math.round(box.height),
    angle: 0,
    strokeColor: '#1e1e1e',
    backgroundColor: 'transparent',
    fillStyle: 'hachure',
    strokeWidth: 2,
    strokeStyle: 'solid',
    roughness: 1,
    opacity: 100,
    groupIds: [],
    frameId: null,
    roundness: null,
    seed: 1000 + counter,
    version: 1,
    versionNonce: 2000 + counter,
    isDeleted: false,
    boundElements: [],
    updated: 0,
    link: null,
    locked: false,
    ...extra,
  };
}

function textElement(id: string, text: string, box: { x: number; y: number; width: number; height: number }, containerId: string | null, fontSize = 20): Element {
  return base('text', id, box, { text, originalText: text, fontSize, fontFamily: 1, textAlign: 'center', verticalAlign: 'middle', containerId, lineHeight: 1.25, autoResize: true });
}

export async function whiteboardToExcalidraw(spec: WhiteboardSpec): Promise<Buffer> {
  if (spec.mermaid) {
    const message = 'excalidraw export is for the native form (nodes/edges); a mermaid diagram exports as png, webp, svg or pdf';
    throw new GlimpseError('unsupported_format', message, { issues: [{ path: ['format'], message }] });
  }
  counter = 0;
  const layout = await layoutWhiteboard(spec);
  const sketch = spec.style === 'sketch';
  const elements: Element[] = [];
  for (const group of layout.groups) {
    const frame = base('rectangle', `group-${group.id}`, group, { strokeStyle: 'dashed', roughness: sketch ? 1 : 0, backgroundColor: 'transparent' });
    elements.push(frame, textElement(`group-${group.id}-label`, group.label, { x: group.x + 12, y: group.y + 8, width: Math.max(60, group.width - 24), height: 26 }, null, 18));
  }
  const byId = new Map<string, PlacedNode>(layout.nodes.map((node) => [node.id, node]));
  for (const node of layout.nodes) {
    const source = spec.nodes.find((candidate) => candidate.id === node.id);
    const shapeId = `node-${node.id}`;
    const textId = `node-${node.id}-label`;
    const shape = base(EXCALIDRAW_SHAPE[node.shape], shapeId, node, {
      backgroundColor: node.shape === 'note' ? (source?.color ?? '#ffec99') : (source?.color ?? (node.shape === 'text' ? 'transparent' : '#a5d8ff')),
      strokeColor: node.shape === 'text' ? 'transparent' : '#1e1e1e',
      roughness: sketch ? 1 : 0,
      roundness: node.shape === 'rounded' ? { type: 3 } : null,
      boundElements: [{ type: 'text', id: textId }],
      customData: { glimpseShape: node.shape },
    });
    elements.push(shape, textElement(textId, node.lines.join('\n'), { x: node.x + 8, y: node.y + node.height / 2 - 14 * node.lines.length, width: node.width - 16, height: 28 * node.lines.length }, shapeId));
  }
  layout.edges.forEach((placed) => {
    const edge = spec.edges[placed.index];
    const first = placed.points[0];
    if (!edge || !first) return;
    const arrowId = `edge-${placed.index}`;
    const xs = placed.points.map((point) => point.x);
    const ys = placed.points.map((point) => point.y);
    const arrow = base('arrow', arrowId, { x: first.x, y: first.y, width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) }, {
      points: placed.points.map((point) => [Math.round(point.x - first.x), Math.round(point.y - first.y)]),
      lastCommittedPoint: null,
      strokeStyle: edge.dashed ? 'dashed' : 'solid',
      roughness: sketch ? 1 : 0,
      startBinding: { elementId: `node-${edge.from}`, focus: 0, gap: 4 },
      endBinding: { elementId: `node-${edge.to}`, focus: 0, gap: 4 },
      startArrowhead: edge.arrow === 'start' || edge.arrow === 'both' ? 'arrow' : null,
      endArrowhead: edge.arrow === 'end' || edge.arrow === 'both' ? 'arrow' : null,
      elbowed: false,
      boundElements: edge.label ? [{ type: 'text', id: `${arrowId}-label` }] : [],
    });
    elements.push(arrow);
    if (edge.label && placed.label) elements.push(textElement(`${arrowId}-label`, edge.label, placed.label.box, arrowId, 16));
    for (const end of [edge.from, edge.to]) {
      const shape = elements.find((element) => element.id === `node-${end}`);
      if (shape && byId.has(end)) (shape.boundElements as Element[]).push({ type: 'arrow', id: arrowId });
    }
  });
  spec.notes.forEach((note, index) => {
    const box = { x: layout.width + 40, y: index * 140, width: 220, height: 120 };
    elements.push(base('rectangle', `note-${index}`, box, { backgroundColor: note.color ?? '#ffec99', fillStyle: 'solid', boundElements: [{ type: 'text', id: `note-${index}-label` }] }));
    elements.push(textElement(`note-${index}-label`, note.text, { ...box, x: box.x + 10, width: box.width - 20 }, `note-${index}`, 18));
  });
  const file = { type: 'excalidraw', version: 2, source: 'https://github.com/glimpse', elements, appState: { viewBackgroundColor: '#ffffff', gridSize: null }, files: {} };
  return Buffer.from(JSON.stringify(file, null, 2));
}
