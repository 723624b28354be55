import { altWords } from '@/lib/targets/shared/alt-words';
import type { WhiteboardSpec } from './schema';

/** Nodes (with their groups), then every connection in words, then the sticky notes; fixed words in the spec's language. */
export function whiteboardAlt(spec: WhiteboardSpec): string {
  const words = altWords(spec);
  const { colon, stop, list } = words;
  const space = stop === '。' ? '' : ' ';
  const comma = stop === '。' ? '、' : ', ';
  if (spec.mermaid) {
    const type = /^\s*(?:%%[^\n]*\n\s*)*([A-Za-z-]+)/.exec(spec.mermaid)?.[1] ?? 'mermaid';
    const source = spec.mermaid.replace(/\s+/g, ' ').trim();
    return `${words.whiteboard.mermaid(type, spec.title)}${stop}${space}${source.length > 600 ? `${source.slice(0, 597)}…` : source}`;
  }
  const label = (id: string) => spec.nodes.find((node) => node.id === id)?.label ?? id;
  const groups = spec.groups.map((group) => `${group.label}${colon}${spec.nodes.filter((node) => node.group === group.id).map((node) => node.label).join(comma) || words.whiteboard.empty}`);
  const connections = spec.edges.map((edge) => {
    const arrow = edge.arrow === 'both' ? '↔' : edge.arrow === 'start' ? '←' : edge.arrow === 'none' ? '—' : '→';
    return `${label(edge.from)} ${arrow} ${label(edge.to)}${edge.label ? `${words.open}${edge.label}${words.close}` : ''}`;
  });
  return [
    `${words.whiteboard.board(spec.title)}${stop}`,
    spec.subtitle ? `${spec.subtitle}${stop}` : undefined,
    `${words.whiteboard.shapes}${colon}${spec.nodes.map((node) => node.label).join(comma)}${stop}`,
    groups.length ? `${words.whiteboard.groups}${colon}${groups.join(list)}${stop}` : undefined,
    connections.length ? `${words.whiteboard.connections}${colon}${connections.join(list)}${stop}` : undefined,
    spec.notes.length ? `${words.whiteboard.notes}${colon}${spec.notes.map((note) => note.text).join(list)}${stop}` : undefined,
  ]
    .filter(Boolean)
    .join(space);
}
