import { existsSync, readFileSync } from 'node:fs';
import { packageFile } from './assets';

const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
const cache = new Map<string, string | null>();

/** Twemoji file stem for a grapheme: code points in hex joined by "-", FE0F dropped unless a ZWJ sequence needs it. */
function candidates(grapheme: string): string[] {
  const points = [...grapheme].map((char) => (char.codePointAt(0) ?? 0).toString(16));
  const full = points.join('-');
  const stripped = points.filter((point) => point !== 'fe0f').join('-');
  return grapheme.includes('\u200d') ? [full, stripped] : [stripped, full];
}

function emojiDataUri(grapheme: string): string | null {
  const cached = cache.get(grapheme);
  if (cached !== undefined) return cached;
  let uri: string | null = null;
  for (const stem of candidates(grapheme)) {
    const file = packageFile('@twemoji/svg', `${stem}.svg`);
    if (existsSync(file)) {
      uri = `data:image/svg+xml;base64,${readFileSync(file).toString('base64')}`;
      break;
    }
  }
  cache.set(grapheme, uri);
  return uri;
}

/** satori's `graphemeImages`: every emoji grapheme in `text` mapped to its Twemoji SVG. */
export function emojiImages(text: string): Record<string, string> {
  const images: Record<string, string> = {};
  for (const { segment } of segmenter.segment(text)) {
    if (segment in images || !EMOJI.test(segment)) continue;
    const uri = emojiDataUri(segment);
    if (uri) images[segment] = uri;
  }
  return images;
}
