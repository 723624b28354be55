import { MAX_EMBED_WIDTH } from '@/lib/limits';

/**
 * Copy-paste snippets for a visual: `<img>`, Markdown and `<iframe>`. Pure string building (the chat
 * card and the deck page run it in the browser, the oEmbed route on the server), so the three
 * always agree.
 */

/** Height of the embedded deck viewer's control bar under the slide (CSS px, app/globals.css .deck-bar). */
export const DECK_BAR_HEIGHT = 56;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Markdown image text stays on one line and cannot close its brackets early. */
const markdownText = (text: string) => text.slice(0, 120).replace(/[[\]\n\r]/g, ' ').replace(/\s+/g, ' ').trim();
/** A URL inside Markdown's `( )`: spaces and parentheses would end it. */
const markdownUrl = (url: string) => url.replace(/[()\s]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

export interface ImageSnippetInput {
  url: string;
  alt: string;
  width: number;
  height: number;
  /** Where a click goes (a deck's viewer); none for a plain picture. */
  link?: string;
}

export function imgSnippet({ url, alt, width, height, link }: ImageSnippetInput): string {
  const image = `<img src="${escapeHtml(url)}" alt="${escapeHtml(alt)}" width="${Math.round(width)}" height="${Math.round(height)}">`;
  return link ? `<a href="${escapeHtml(link)}">${image}</a>` : image;
}

export function markdownSnippet({ url, alt, link }: Pick<ImageSnippetInput, 'url' | 'alt' | 'link'>): string {
  const image = `![${markdownText(alt)}](${markdownUrl(url)})`;
  return link ? `[${image}](${markdownUrl(link)})` : image;
}

export interface FrameInput {
  src: string;
  title: string;
  width: number;
  height: number;
}

export function iframeSnippet({ src, title, width, height }: FrameInput): string {
  return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="${Math.round(width)}" height="${Math.round(height)}" style="border:0" loading="lazy" allowfullscreen></iframe>`;
}

/** An `<iframe>` box for a picture of `width`×`height`, no wider than `maxWidth`, keeping its shape. */
export function frameSize(width: number, height: number, maxWidth: number = MAX_EMBED_WIDTH): { width: number; height: number } {
  const fitted = Math.min(width, maxWidth);
  return { width: Math.round(fitted), height: Math.round((height * fitted) / width) };
}

/** The embedded deck viewer's box: a slide of the deck's aspect plus the control bar. */
export function deckFrameSize(aspect: number, maxWidth: number = MAX_EMBED_WIDTH): { width: number; height: number } {
  const width = Math.round(Math.min(MAX_EMBED_WIDTH, maxWidth));
  return { width, height: Math.round(width / aspect) + DECK_BAR_HEIGHT };
}

export interface Snippets {
  img: string;
  markdown: string;
  iframe: string;
}

export interface VisualSnippetInput {
  /** Absolute PNG URL of the visual (a deck: its first slide). */
  url: string;
  /** Absolute SVG URL, framed by the `<iframe>` snippet of a single picture. */
  svgUrl?: string;
  alt: string;
  title: string;
  width: number;
  height: number;
  /** A deck: its viewer page and the viewer's embed URL, and the slide's aspect ratio. */
  deck?: { url: string; embedUrl: string; aspect: number };
}

/** The three snippets every visual offers. A deck's `<img>` and Markdown link its first slide to the viewer; its `<iframe>` is the viewer. */
export function visualSnippets(input: VisualSnippetInput): Snippets {
  const link = input.deck?.url;
  const frame = input.deck
    ? { src: input.deck.embedUrl, ...deckFrameSize(input.deck.aspect) }
    : { src: input.svgUrl ?? input.url, ...frameSize(input.width, input.height) };
  return {
    img: imgSnippet({ url: input.url, alt: input.alt, width: input.width, height: input.height, link }),
    markdown: markdownSnippet({ url: input.url, alt: input.alt, link }),
    iframe: iframeSnippet({ ...frame, title: input.title }),
  };
}
