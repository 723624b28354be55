import type { WhiteboardSpec } from './schema';

/** Nodes (with their groups), then every connection in words, then the sticky notes. */
export function whiteboardAlt(spec: WhiteboardSpec): string {
  if (spec.mermaid) {
    const type = /^\s*(?:%%[^\n]*\n\s*)*([A-Za-z-]+)/.exec(spec.mermaid)?.[1] ?? 'mermaid';
    const source = spec.mermaid.replace(/\s+/g, ' ').trim();
    return `Diagram (mermaid ${type}): ${spec.title}. ${source.length > 600 ? `${source.slice(0, 597)}…` : source}`;
  }
  const label = (id: string) => spec.nodes.find((node) => node.id === id)?.label ?? id;
  const groups = spec.groups.map((group) => `${group.label}: ${spec.nodes.filter((node) => node.group === group.id).map((node) => node.label).join(', ') || 'empty'}`);
  const connections = spec.edges.map((edge) => {
    const arrow = edge.arrow === 'both' ? '↔' : edge.arrow === 'start' ? '←' : edge.arrow === 'none' ? '—' : '→';
    return `${label(edge.from)} ${arrow} ${label(edge.to)}${edge.label ? ` (${edge.label})` : ''}`;
  });
  return [
    `Whiteboard diagram: ${spec.title}.`,
    spec.subtitle ? `${spec.subtitle}.` : undefined,
    `Shapes: ${spec.nodes.map((node) => node.label).join(', ')}.`,
    groups.length ? `Groups: ${groups.join('; ')}.` : undefined,
    connections.length ? `Connections: ${connections.join('; ')}.` : undefined,
    spec.notes.length ? `Notes: ${spec.notes.map((note) => note.text).join('; ')}.` : undefined,
  ]
    .filter(Boolean)
    .join(' ');
}
