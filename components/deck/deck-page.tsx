import { notFound } from 'next/navigation';
import { GlimpseError } from '@/lib/errors';
import { deckLinks, loadDeck } from '@/lib/http/decks';
import { slideAlt } from '@/lib/targets/slides/alt';
import { ASPECTS } from '@/lib/targets/slides/schema';
import { DeckViewer } from './deck-viewer';

/** Server side of both deck pages: load the stored deck, hand slide URLs and downloads to the viewer. */
export function DeckPage({ id, embedded }: { id: string; embedded: boolean }) {
  let deck;
  try {
    deck = loadDeck(id);
  } catch (error) {
    if (error instanceof GlimpseError && error.code === 'not_found') notFound();
    throw error;
  }
  const links = deckLinks('', id);
  const size = ASPECTS[deck.aspect];
  const slides = deck.slides.map((slide, index) => ({ url: links.slide(index + 1), alt: `Slide ${index + 1}: ${slideAlt(slide)}` }));
  const downloads = [
    { label: 'PDF', href: links.exports.pdf },
    { label: 'PowerPoint (PPTX)', href: links.exports.pptx },
    { label: 'PNG images (ZIP)', href: links.exports.zip },
  ];
  return (
    <main className={embedded ? 'deck-page deck-page-embedded' : 'deck-page'}>
      {embedded ? null : <h1>{deck.title}</h1>}
      <DeckViewer title={deck.title} slides={slides} downloads={downloads} aspect={size.width / size.height} embedded={embedded} />
    </main>
  );
}
