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
  // Most text has no character that joins its neighbour into one cluster: then each code point is one.
  if (SIMPLE_TEXT.test(text)) return Array.from(text);
  // ICU's segmenter here is quadratic in the string's length (40k characters: 5 s; 180k: minutes),
  // so long text is segmented in chunks. A chunk's last cluster may continue past it, so it is
  // dropped and the next chunk starts where it began: the result equals one pass over the string.
  if (text.length <= GRAPHEME_CHUNK_CHARS) return Array.from(segmenter.segment(text), ({ segment }) => segment);
  const result: string[] = [];
  let start = 0;
  while (start < text.length) {
    const end = Math.min(text.length, start + GRAPHEME_CHUNK_CHARS);
    const parts = Array.from(segmenter.segment(text.slice(start, end)), ({ segment }) => segment);
    if (end < text.length && parts.length > 1) parts.pop();
    for (const part of parts) result.push(part);
    start += parts.reduce((length, part) => length + part.length, 0);
  }
  return result;
}

/**
 * Text whose every code point is a grapheme cluster of its own (UAX #29): printable ASCII, tab and LF
 * (never CR, which pairs with LF), Latin, Greek and Cyrillic letters without combining marks,
 * punctuation and symbols (no ZWJ or other format characters), CJK, kana and Hangul syllables (no
 * jamo, no kana voicing marks, no halfwidth sound marks). Emoji with no modifier or selector are
 * single code points too. Anything else goes through ICU's segmenter.
 */
export const SIMPLE_TEXT =
  /^[\t\n\x20-\x7e\u00a0-\u02ff\u0370-\u0377\u037a-\u03ff\u0400-\u0482\u048a-\u052f\u2010-\u2027\u2030-\u205e\u2070-\u20cf\u2100-\u23ff\u2460-\u27bf\u2e80-\u3029\u3030-\u3098\u309b-\u30ff\u3105-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff01-\uff9d\uffa0-\uffef]*$/;

/** Characters segmented at once (see graphemes): far longer than any grapheme cluster, short enough to stay linear. */
export const GRAPHEME_CHUNK_CHARS = 2048;

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
