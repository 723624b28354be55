import ELK, { type ElkExtendedEdge, type ElkNode } from 'elkjs/lib/elk.bundled.js';
import { measureText } from '@/lib/render/text-paths';
import { wrapLines } from '@/lib/render/wrap-lines';
import type { Shape, WhiteboardSpec } from './schema';
import { endOnOutline } from './outline';
import { backEdges } from './back-edges';

/** Text metrics for labels: handwriting is larger than the clean style's Inter. */
export function labelStyle(spec: WhiteboardSpec) {
  const hand = spec.style === 'sketch';
  return { size: hand ? 24 : 18, lineHeight: hand ? 28 : 24, weight: hand ? 700 : 600, hand, locale: spec.locale };
}

const MAX_LABEL_WIDTH = 200;

/**
 * A label in lines of at most `maxWidth`, measured with the drawing font, at the breaks satori's
 * text takes too (lib/render/wrap-lines.ts: numbers keep units, CJK words whole, no orphan), balanced.
 */
export function wrap(text: string, maxWidth: number, style: ReturnType<typeof labelStyle>): string[] {
  return wrapLines(text, maxWidth, (line) => measureText(line, style), { locale: style.locale, balance: true });
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedNode extends Box {
  id: string;
  shape: Shape;
  lines: string[];
  icon?: string;
  color?: string;
}

export interface PlacedEdge {
  index: number;
  points: { x: number; y: number }[];
  label?: { lines: string[]; box: Box };
}

export interface PlacedGroup extends Box {
  id: string;
  label: string;
}

export interface Layout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  groups: PlacedGroup[];
}

function nodeSize(shape: Shape, lines: string[], hasIcon: boolean, style: ReturnType<typeof labelStyle>) {
  const textWidth = Math.max(...lines.map((line) => measureText(line, style)));
  const textHeight = lines.length * style.lineHeight;
  const contentWidth = textWidth + (hasIcon ? 34 : 0);
  const base = { width: Math.max(110, contentWidth + 36), height: Math.max(56, textHeight + 28) };
  switch (shape) {
    case 'circle': {
      const diameter = Math.max(base.width, base.height) * 1.05;
      return { width: diameter, height: diameter };
    }
    case 'diamond':
      return { width: base.width * 1.5, height: base.height * 1.7 };
    case 'cylinder':
      return { width: base.width, height: base.height + 30 };
    case 'cloud':
      return { width: base.width * 1.35, height: base.height * 1.5 };
    case 'person':
      return { width: Math.max(90, contentWidth + 12), height: 78 + textHeight };
    case 'text':
      return { width: contentWidth + 12, height: textHeight + 8 };
    case 'box':
    case 'rounded':
    case 'note':
      return base;
    default: {
      const unreachable: never = shape;
      return unreachable;
    }
  }
}

/** Space between two nodes side by side in a layer. */
export const NODE_GAP_PX = 48;

/** Each node's width as laid out (label wrapped, shape padding). */
export function layoutNodeWidths(spec: WhiteboardSpec): number[] {
  const style = labelStyle(spec);
  return spec.nodes.map((node) => nodeSize(node.shape, wrap(node.label, MAX_LABEL_WIDTH, style), Boolean(node.icon), style).width);
}

const elk = new ELK();

/** elkjs layered layout: groups as compound nodes, labelled edges, orthogonal routing. */
export interface LayoutOptions {
  /** Break a long layered chain into rows (ELK graph wrapping) aiming at this width:height. */
  wrapToAspect?: number;
  /** At most this many nodes side by side in a layer (Coffman–Graham layering): a wide graph grows in depth instead. */
  layerBound?: number;
}

export async function layoutWhiteboard(spec: WhiteboardSpec, options: LayoutOptions = {}): Promise<Layout> {
  const style = labelStyle(spec);
  const sizes = new Map(
    spec.nodes.map((node) => {
      const lines = wrap(node.label, MAX_LABEL_WIDTH, style);
      return [node.id, { lines, ...nodeSize(node.shape, lines, Boolean(node.icon), style) }] as const;
    }),
  );
  const elkNode = (id: string): ElkNode => ({ id, width: sizes.get(id)?.width ?? 100, height: sizes.get(id)?.height ?? 50 });
  const groupNode = (groupId: string): ElkNode => ({
    id: `group:${groupId}`,
    // At least as wide as its title (drawn 16 px in, at 0.9 of the label size), so the frame holds it.
    layoutOptions: { 'elk.padding': '[top=52,left=24,bottom=24,right=24]', 'elk.nodeSize.constraints': 'MINIMUM_SIZE', 'elk.nodeSize.minimum': `(${Math.ceil(measureText(spec.groups.find((group) => group.id === groupId)?.label ?? groupId, { ...style, size: style.size * 0.9 }) + 40)}, 0)` },
    children: [...spec.groups.filter((group) => group.parent === groupId).map((group) => groupNode(group.id)), ...spec.nodes.filter((node) => node.group === groupId).map((node) => elkNode(node.id))],
  });
  // Edges against the flow are laid out reversed (ELK then has no cycle to break its own way) and
  // their routes turned back below.
  const reversed = backEdges(spec);
  const edges: ElkExtendedEdge[] = spec.edges.map((edge, index) => {
    const lines = edge.label ? wrap(edge.label, 160, { ...style, size: style.size * 0.8 }) : [];
    const width = lines.length ? Math.max(...lines.map((line) => measureText(line, { ...style, size: style.size * 0.8 }))) + 12 : 0;
    const [source, target] = reversed.has(index) ? [edge.to, edge.from] : [edge.from, edge.to];
    return { id: `edge:${index}`, sources: [source], targets: [target], labels: lines.length ? [{ id: `label:${index}`, text: lines.join('\n'), width, height: lines.length * style.lineHeight * 0.8 + 6 }] : [] };
  });
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': spec.direction === 'LR' ? 'RIGHT' : 'DOWN',
      'elk.edgeRouting': spec.edgeStyle === 'spline' ? 'SPLINES' : 'ORTHOGONAL',
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      'elk.layered.spacing.nodeNodeBetweenLayers': '80',
      'elk.spacing.nodeNode': String(NODE_GAP_PX),
      'elk.spacing.edgeLabel': '6',
      'elk.edgeLabels.placement': 'CENTER',
      'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
      'elk.randomSeed': '1',
      'elk.json.edgeCoords': 'ROOT',
      ...(options.layerBound ? { 'elk.layered.layering.strategy': 'COFFMAN_GRAHAM', 'elk.layered.layering.coffmanGraham.layerBound': String(options.layerBound) } : {}),
      ...(options.wrapToAspect ? { 'elk.layered.wrapping.strategy': 'MULTI_EDGE', 'elk.aspectRatio': String(options.wrapToAspect), 'elk.layered.wrapping.additionalEdgeSpacing': '24' } : {}),
    },
    children: [...spec.groups.filter((group) => group.parent === undefined).map((group) => groupNode(group.id)), ...spec.nodes.filter((node) => node.group === undefined).map((node) => elkNode(node.id))],
    edges,
  };
  const laid = await elk.layout(graph);
  const nodes: PlacedNode[] = [];
  const groups: PlacedGroup[] = [];
  const walk = (node: ElkNode, offsetX: number, offsetY: number) => {
    for (const child of node.children ?? []) {
      const x = offsetX + (child.x ?? 0);
      const y = offsetY + (child.y ?? 0);
      if (child.id.startsWith('group:')) {
        const id = child.id.slice(6);
        groups.push({ id, label: spec.groups.find((group) => group.id === id)?.label ?? id, x, y, width: child.width ?? 0, height: child.height ?? 0 });
        walk(child, x, y);
      } else {
        const source = spec.nodes.find((candidate) => candidate.id === child.id);
        if (!source) continue;
        nodes.push({ id: child.id, shape: source.shape, lines: sizes.get(child.id)?.lines ?? [source.label], icon: source.icon, color: source.color, x, y, width: child.width ?? 0, height: child.height ?? 0 });
      }
    }
  };
  walk(laid, 0, 0);
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const placedEdges: PlacedEdge[] = (laid.edges ?? []).map((edge, index) => {
    const section = edge.sections?.[0];
    let points = section ? [section.startPoint, ...(section.bendPoints ?? []), section.endPoint] : [];
    const [from, to] = [byId.get(edge.sources[0] ?? ''), byId.get(edge.targets[0] ?? '')];
    if (from) points = endOnOutline(points, from, 'start');
    if (to) points = endOnOutline(points, to, 'end');
    if (reversed.has(index)) points = [...points].reverse();
    const label = edge.labels?.[0];
    return {
      index,
      points,
      label: label ? { lines: (label.text ?? '').split('\n'), box: { x: label.x ?? 0, y: label.y ?? 0, width: label.width ?? 0, height: label.height ?? 0 } } : undefined,
    };
  });
  return { width: laid.width ?? 0, height: laid.height ?? 0, nodes, edges: placedEdges, groups };
}
