import { notFound } from 'next/navigation';
import { SnippetButtons } from '@/components/embed/snippet-buttons';
import { visualSnippets } from '@/lib/embed/snippets';
import { GlimpseError } from '@/lib/errors';
import { deckLinks, loadDeck } from '@/lib/http/decks';
import { pageOrigin } from '@/lib/http/page-origin';
import { slideAlt } from '@/lib/targets/slides/alt';
import { ASPECTS } from '@/lib/targets/slides/schema';
import { DeckViewer } from './deck-viewer';

/** Server side of both deck pages: load the stored deck, hand slide URLs and downloads to the viewer. */
export async function DeckPage({ id, embedded }: { id: string; embedded: boolean }) {
  let deck;
  try {
    deck = await loadDeck(id);
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
  const absolute = deckLinks(embedded ? '' : await pageOrigin(), id);
  const snippets = visualSnippets({
    url: absolute.slide(1),
    alt: slides[0]?.alt ?? deck.title,
    title: deck.title,
    width: size.width,
    height: size.height,
    deck: { url: absolute.url, embedUrl: absolute.embedUrl, aspect: size.width / size.height },
  });
  return (
    <main className={embedded ? 'deck-page deck-page-embedded' : 'deck-page'}>
      {embedded ? null : <h1>{deck.title}</h1>}
      <DeckViewer title={deck.title} slides={slides} downloads={downloads} aspect={size.width / size.height} embedded={embedded} />
      {embedded ? null : (
        <section className="deck-embed" aria-label="Embed this deck">
          <h2>Embed</h2>
          <div className="deck-embed-actions">
            <SnippetButtons snippets={snippets} />
          </div>
        </section>
      )}
    </main>
  );
}
