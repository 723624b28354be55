import type { Metadata } from 'next';
import { DeckPage } from '@/components/deck/deck-page';
import { discoveryMetadata } from '@/lib/embed/discovery';
import { GlimpseError } from '@/lib/errors';
import { deckLinks, loadDeck } from '@/lib/http/decks';
import { pageOrigin } from '@/lib/http/page-origin';
import { ASPECTS } from '@/lib/targets/slides/schema';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

/** Unfurls: the oEmbed discovery link (an <iframe> of the viewer), Open Graph and a Twitter card with the first slide. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  let deck;
  try {
    deck = await loadDeck(id);
  } catch (error) {
    if (error instanceof GlimpseError && error.code === 'not_found') return {};
    throw error;
  }
  const origin = await pageOrigin();
  const links = deckLinks(origin, id);
  const size = ASPECTS[deck.aspect];
  const description = `A ${deck.slides.length}-slide deck made with Glimpse`;
  return discoveryMetadata({ origin, pageUrl: links.url, title: `${deck.title} — Glimpse`, description, image: { url: links.slide(1), ...size, alt: deck.title } });
}

export default async function Deck({ params }: Props) {
  const { id } = await params;
  return <DeckPage id={id} embedded={false} />;
}
