import { graphemes } from './emoji';
import { linePieces } from './line-break';

/**
 * Text wrapped into lines of at most `maxWidth` (as `measure` says) at the breaks ./line-break.ts
 * allows: the same rules satori is steered by (number + unit and ranges whole, CJK words and
 * Japanese phrases whole, kinsoku, no one-character last line), for text Glimpse lays out itself
 * (whiteboard labels and notes, mermaid labels). A piece wider than `maxWidth` alone is cut between
 * graphemes, after a "/" where it can (a URL, a path). `balance` then narrows the lines as far as
 * the line count allows (CSS `text-wrap: balance`): no short last line under a long first one.
 */
export function wrapLines(text: string, maxWidth: number, measure: (text: string) => number, options: { locale?: string; balance?: boolean } = {}): string[] {
  const pieces = linePieces(text, options.locale).flatMap((piece) => cut(piece, maxWidth, measure, options.locale));
  const greedy = fill(pieces, maxWidth, measure);
  if (!options.balance || greedy.length < 2) return greedy;
  // The narrowest width (down to the widest piece) that still gives as many lines.
  let low = Math.max(...pieces.map((piece) => measure(piece.trimEnd())));
  let high = maxWidth;
  if (low >= high) return greedy;
  for (let step = 0; step < 12 && high - low > 1; step += 1) {
    const middle = (low + high) / 2;
    if (fill(pieces, middle, measure).length <= greedy.length) high = middle;
    else low = middle;
  }
  return fill(pieces, high, measure);
}

/** Greedy filling: each line takes pieces while they fit; a hard break ends a line. */
function fill(pieces: string[], maxWidth: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    const candidate = line + piece;
    if (line.trim() && measure(candidate.trimEnd()) > maxWidth) {
      lines.push(line.trim());
      line = piece.trimStart();
    } else line = candidate;
    if (/[\n\r\u2028\u2029]$/.test(line)) {
      lines.push(line.trim());
      line = '';
    }
  }
  if (line.trim()) lines.push(line.trim());
  return lines.length ? lines : [text(pieces)];
}

const text = (pieces: string[]) => pieces.join('').trim();

/** No line starts with these (closing brackets and punctuation, small kana): they hang at the end of the line before. */
const CLOSING = /^[）」』】〕)\]}”’》〉。、，．・：；！？!?,.:;ーぁぃぅぇぉっゃゅょァィゥェォッャュョ々]/u;
/** No line ends with an opening bracket. */
const OPENING = /[（「『【〔(\[{“‘《〈]$/u;

const segmenters = new Map<string, Intl.Segmenter>();

/** Offsets (in graphemes) between the words of `piece`: where a cut inside it hurts least. */
function wordEdges(parts: string[], locale: string | undefined): Set<number> {
  // The language subtag alone: segmenting depends on nothing else, and the schema takes tags Intl rejects.
  const language = /^[a-z]{2,3}(?![a-z])/i.exec(locale ?? '')?.[0]?.toLowerCase() ?? '';
  let segmenter = segmenters.get(language);
  if (!segmenter) segmenters.set(language, (segmenter = new Intl.Segmenter(language || undefined, { granularity: 'word' })));
  const offsets = new Map<number, number>();
  let chars = 0;
  parts.forEach((part, index) => {
    offsets.set(chars, index);
    chars += part.length;
  });
  const edges = new Set<number>();
  for (const { index } of segmenter.segment(parts.join(''))) {
    const at = offsets.get(index);
    if (at) edges.add(at);
  }
  return edges;
}

/**
 * A piece wider than `maxWidth` in pieces that fit: between words where one fits, else between
 * graphemes, after a "/" where it can; never leaving one character for last or an opening bracket
 * at a cut, and closing punctuation hangs at the end of the line (burasage) rather than start one.
 */
function cut(piece: string, maxWidth: number, measure: (text: string) => number, locale: string | undefined): string[] {
  if (measure(piece.trimEnd()) <= maxWidth) return [piece];
  const parts: string[] = [];
  let rest = graphemes(piece);
  while (rest.length) {
    const fits = (take: number) => measure(rest.slice(0, take).join('').trimEnd()) <= maxWidth;
    let take = rest.length;
    while (take > 1 && !fits(take)) take -= 1;
    if (take < rest.length) {
      // The best cut at or before `take` (and past half of it): before an opening bracket or after a
      // space or closing mark, then after a "/" of a URL or path, then between words, then anywhere.
      const edges = wordEdges(rest, locale);
      const url = !rest.includes(' ');
      const score = (at: number) => (OPENING.test(rest[at] ?? '') || /[\s）」』】〕)\]}”’》〉。、，]$/u.test(rest[at - 1] ?? '') ? 3 : url && rest[at - 1] === '/' ? 2 : edges.has(at) ? 1 : 0);
      let best = take;
      for (let at = take; at >= Math.max(1, Math.ceil(take / 2)); at -= 1) if (score(at) > score(best)) best = at;
      take = best;
      const left = rest.slice(take).join('').replace(/[\p{P}\s]+$/u, '');
      if (take > 1 && graphemes(left).length === 1) take -= 1;
      if (take > 1 && OPENING.test(rest[take - 1] ?? '')) take -= 1;
      while (take < rest.length && CLOSING.test(rest[take] ?? '')) take += 1;
    }
    parts.push(rest.slice(0, take).join(''));
    rest = rest.slice(take);
  }
  return parts;
}
