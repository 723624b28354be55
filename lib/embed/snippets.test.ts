import { describe, expect, it } from 'vitest';
import { MAX_EMBED_WIDTH } from '@/lib/limits';
import { DECK_BAR_HEIGHT, deckFrameSize, frameSize, iframeSnippet, imgSnippet, markdownSnippet, visualSnippets } from './snippets';

describe('embed snippets', () => {
  it('escapes quotes and angle brackets in <img> and <iframe> attributes', () => {
    expect(imgSnippet({ url: 'https://g.example/i/a.png?x=1&y=2', alt: 'He said "hi" <b>', width: 1200.4, height: 630 })).toBe(
      '<img src="https://g.example/i/a.png?x=1&amp;y=2" alt="He said &quot;hi&quot; &lt;b&gt;" width="1200" height="630">',
    );
    expect(iframeSnippet({ src: 'https://g.example/embed/deck/x', title: 'A "deck"', width: 960, height: 596 })).toBe(
      '<iframe src="https://g.example/embed/deck/x" title="A &quot;deck&quot;" width="960" height="596" style="border:0" loading="lazy" allowfullscreen></iframe>',
    );
  });

  it('keeps Markdown alt text on one line and URLs unbroken by spaces or parentheses', () => {
    expect(markdownSnippet({ url: 'https://g.example/i/a (1).png', alt: 'Sales [2024]\nby region' })).toBe('![Sales 2024 by region](https://g.example/i/a%20%281%29.png)');
    expect(markdownSnippet({ url: 'https://g.example/i/d.png?slide=1', alt: 'Deck', link: 'https://g.example/deck/d' })).toBe('[![Deck](https://g.example/i/d.png?slide=1)](https://g.example/deck/d)');
  });

  it('sizes frames: pictures keep their shape up to MAX_EMBED_WIDTH, decks add the control bar', () => {
    expect(frameSize(800, 400)).toEqual({ width: 800, height: 400 });
    expect(frameSize(MAX_EMBED_WIDTH * 2, 1000)).toEqual({ width: MAX_EMBED_WIDTH, height: 500 });
    expect(deckFrameSize(16 / 9)).toEqual({ width: MAX_EMBED_WIDTH, height: 540 + DECK_BAR_HEIGHT });
    expect(deckFrameSize(4 / 3, 400)).toEqual({ width: 400, height: 300 + DECK_BAR_HEIGHT });
  });

  it('gives a deck its viewer as the <iframe> and links its first slide to the viewer', () => {
    const deck = visualSnippets({
      url: 'https://g.example/i/d.png?slide=1',
      alt: 'Q3 review',
      title: 'Q3 review',
      width: 1280,
      height: 720,
      deck: { url: 'https://g.example/deck/d', embedUrl: 'https://g.example/embed/deck/d', aspect: 16 / 9 },
    });
    expect(deck.iframe).toContain('src="https://g.example/embed/deck/d"');
    expect(deck.img).toMatch(/^<a href="https:\/\/g\.example\/deck\/d"><img /);
    const picture = visualSnippets({ url: 'https://g.example/i/c.png', svgUrl: 'https://g.example/i/c.svg', alt: 'Chart', title: 'Chart', width: 1200, height: 675 });
    expect(picture.iframe).toContain('src="https://g.example/i/c.svg" title="Chart" width="960" height="540"');
    expect(picture.markdown).toBe('![Chart](https://g.example/i/c.png)');
  });
});
