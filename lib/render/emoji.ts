import { existsSync, readFileSync } from 'node:fs';
import { packageFile } from './assets';

/**
 * Graphemes drawn as colour emoji: emoji-presentation characters, or any asking for it (VS16, a
 * ZWJ sequence, a flag, a keycap). Text-default symbols (©, ★, ♥, ✓) stay text in the fonts.
 */
const EMOJI = /\p{Emoji_Presentation}|\p{Regional_Indicator}|[\ufe0f\u200d\u20e3]/u;
const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
const cache = new Map<string, string | null>();

/** Grapheme clusters of `text`: ZWJ sequences, skin tones, flags and keycaps stay whole. */
export function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), ({ segment }) => segment);
}

/** Twemoji file stem for a grapheme: code points in hex joined by "-", FE0F dropped unless a ZWJ sequence needs it. */
function candidates(grapheme: string): string[] {
  const points = [...grapheme].map((char) => (char.codePointAt(0) ?? 0).toString(16));
  const full = points.join('-');
  const stripped = points.filter((point) => point !== 'fe0f').join('-');
  return grapheme.includes('\u200d') ? [full, stripped] : [stripped, full];
}

/** The Twemoji SVG markup for an emoji grapheme, or null when it is not one Twemoji draws. */
export function emojiSvg(grapheme: string): string | null {
  const cached = cache.get(grapheme);
  if (cached !== undefined) return cached;
  let svg: string | null = null;
  if (EMOJI.test(grapheme)) {
    for (const stem of candidates(grapheme)) {
      const file = packageFile('@twemoji/svg', `${stem}.svg`);
      if (existsSync(file)) {
        svg = readFileSync(file, 'utf8');
        break;
      }
    }
  }
  cache.set(grapheme, svg);
  return svg;
}

/** satori's `graphemeImages`: every emoji grapheme in `text` mapped to its Twemoji SVG. */
export function emojiImages(text: string): Record<string, string> {
  const images: Record<string, string> = {};
  for (const segment of graphemes(text)) {
    if (segment in images) continue;
    const svg = emojiSvg(segment);
    if (svg) images[segment] = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  }
  return images;
}
