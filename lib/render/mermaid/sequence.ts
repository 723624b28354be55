import { diagramType } from './source-check';

/** Mermaid's actor boxes (150 px) and the room between them, least (mermaid's own) and most. */
const ACTOR_PX = 150;
const MIN_MARGIN_PX = 50;
const MAX_MARGIN_PX = 110;
/** The width a sequence diagram may take before it is scaled down: the default canvas's content. */
const SEQUENCE_WIDTH_PX = 1100;

const DECLARED = /^\s*(?:participant|actor)\s+(.+?)(?:\s+as\s+.+)?\s*$/;
const MESSAGE = /^\s*([^\s:+-][^:]*?)\s*(?:-->>|->>|-->|->|--x|-x|--\)|-\)|<<-->>|<<->>)\s*[+-]?\s*([^:]+?)\s*:/;

/** The actors of a sequence diagram: declared ones and those messages name. */
export function sequenceActors(source: string): string[] {
  const actors = new Set<string>();
  for (const line of source.split('\n')) {
    const declared = DECLARED.exec(line);
    if (declared) actors.add(declared[1]!.trim());
    const message = MESSAGE.exec(line);
    if (message) for (const name of [message[1]!, message[2]!]) actors.add(name.trim());
  }
  return [...actors];
}

/**
 * Room between a sequence diagram's actors: mermaid leaves 50 px and wraps each message to its
 * arrow plus 20 px, so a message between neighbours ran over both lifelines; a few actors get up
 * to 110 px, as much as keeps the diagram within the canvas (more actors keep mermaid's 50 px).
 */
export function sequenceActorMargin(source: string): number | undefined {
  if (diagramType(source) !== 'sequenceDiagram') return undefined;
  const count = sequenceActors(source).length;
  if (count < 2) return undefined;
  return Math.max(MIN_MARGIN_PX, Math.min(MAX_MARGIN_PX, Math.floor((SEQUENCE_WIDTH_PX - count * ACTOR_PX) / (count - 1))));
}
