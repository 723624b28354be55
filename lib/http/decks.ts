import { GlimpseError } from '@/lib/errors';
import { parseSpec, type VisualSpec } from '@/lib/spec/visual';
import { isSpecId, loadSpec } from '@/lib/store/specs';

export type DeckSpec = Extract<VisualSpec, { kind: 'slides' }>;

export const DECK_EXPORTS = ['pdf', 'pptx', 'zip'] as const;

/** A stored deck by id, or not_found; a stored spec of another kind is not a deck. */
export async function loadDeck(id: string): Promise<DeckSpec> {
  const stored = isSpecId(id) ? await loadSpec(id) : undefined;
  const spec = stored === undefined ? undefined : parseSpec(stored);
  if (!spec || spec.kind !== 'slides') {
    throw new GlimpseError('not_found', `no deck with id "${id}"`, { issues: [{ path: ['id'], message: 'not found' }] });
  }
  return spec;
}

export function deckLinks(origin: string, id: string) {
  return {
    url: `${origin}/deck/${id}`,
    embedUrl: `${origin}/embed/deck/${id}`,
    exports: Object.fromEntries(DECK_EXPORTS.map((format) => [format, `${origin}/api/decks/${id}/export?format=${format}`])) as Record<(typeof DECK_EXPORTS)[number], string>,
    slide: (number: number) => `${origin}/i/${id}.png?slide=${number}`,
  };
}
