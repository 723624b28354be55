import * as fontkit from 'fontkit';
import { emojiSvg, graphemes } from './emoji';
import { linePieces } from './line-break';
import { fontFile, handCovers, nearestWeight, subsetFor, type Subset } from './fonts';

/**
 * Text → SVG path data with the same bundled fonts satori uses, for SVG that arrives with <text>
 * (Vega charts, mermaid) or that we draw ourselves (whiteboards). Outlined text rasterises
 * identically in resvg, librsvg and PDF, needs no font registration anywhere, and measures exactly
 * as it draws. Emoji are Twemoji pictures one em square on the baseline, as satori draws them; a
 * character no font has is left out, never drawn as .notdef (`missingGlyphs` reports it).
 */

type Face = fontkit.Font;
const faces = new Map<string, Face>();

function face(subset: Subset, weight: number): Face {
  const actual = nearestWeight(subset, weight);
  const key = `${subset.family.id}:${subset.key}:${actual}`;
  let loaded = faces.get(key);
  if (!loaded) {
    loaded = fontkit.create(fontFile(subset, actual, 'ttf')) as Face;
    faces.set(key, loaded);
  }
  return loaded;
}

interface FontRun {
  kind: 'font';
  face: Face;
  /** Stable name of the font file (family, subset, weight), e.g. for PDF font registration. */
  key: string;
  /** The TTF the face was read from. */
  data: Buffer;
  text: string;
}
interface EmojiPiece {
  kind: 'emoji';
  grapheme: string;
  svg: string;
}
type Piece = FontRun | EmojiPiece;

/** Joiners, variation selectors and tags outside an emoji draw nothing. */
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/u;
/** Characters that take the handwriting of their neighbours rather than forcing a font switch. */
const NEUTRAL = /[\s\p{P}\p{Default_Ignorable_Code_Point}]/u;

/**
 * Handwriting only for text it can draw whole: one CJK character in a label would otherwise leave
 * its digits and Latin words in Caveat beside bold Noto glyphs.
 */
function handFor(text: string, hand: boolean): boolean {
  if (!hand) return false;
  for (const grapheme of graphemes(text)) {
    if (emojiSvg(grapheme)) continue;
    for (const char of grapheme) if (!NEUTRAL.test(char) && !handCovers(char.codePointAt(0) ?? 0)) return false;
  }
  return true;
}

/** Splits text into emoji and runs that one font face can draw, choosing per character like CSS fallback. */
function pieces(text: string, weight: number, locale?: string, hand = false): Piece[] {
  const result: Piece[] = [];
  const handwritten = handFor(text, hand);
  for (const grapheme of graphemes(text)) {
    const svg = emojiSvg(grapheme);
    if (svg) {
      result.push({ kind: 'emoji', grapheme, svg });
      continue;
    }
    for (const char of grapheme) {
      const subset = subsetFor(char.codePointAt(0) ?? 0, locale, handwritten);
      if (!subset || IGNORABLE.test(char)) continue;
      const chosen = face(subset, weight);
      const last = result.at(-1);
      if (last?.kind === 'font' && last.face === chosen) last.text += char;
      else {
        const actual = nearestWeight(subset, weight);
        result.push({ kind: 'font', face: chosen, key: `${subset.family.id}-${subset.key.replace(/[[\]]/g, '')}-${actual}`, data: fontFile(subset, actual, 'ttf'), text: char });
      }
    }
  }
  return result;
}

export interface TextStyle {
  size: number;
  weight: number;
  locale?: string;
  /** Handwriting (Caveat) where it has the glyphs. */
  hand?: boolean;
}

/**
 * Shapes a run. Figures are set without kerning: Inter kerns "7." and ".1" by a quarter em, so a
 * figure like "47.1%" would read "471%" (numbers are read digit by digit, not as word shapes).
 */
const FIGURE = /\p{Nd}/u;
const shape = (piece: FontRun) => (FIGURE.test(piece.text) ? piece.face.layout(piece.text, { kern: false } as never) : piece.face.layout(piece.text));

const advance = (piece: Piece, size: number) => (piece.kind === 'emoji' ? size * EMOJI_ADVANCE : (shape(piece).advanceWidth * size) / piece.face.unitsPerEm);

/** An emoji is one em wide, like satori's graphemeImages; its square sits this far above the baseline. */
const EMOJI_ADVANCE = 1;
const EMOJI_ASCENT = 0.84;

/** Runs of `text` that one font file draws, with the advance width of each at `style.size` (emoji left out). */
export function textRuns(text: string, style: TextStyle, options: { shaped?: boolean } = {}): { key: string; face: Face; data: Buffer; text: string; width: number }[] {
  const width = options.shaped === false ? unshapedAdvance : advance;
  return pieces(text, style.weight, style.locale, style.hand).flatMap((piece) => (piece.kind === 'font' ? [{ key: piece.key, face: piece.face, data: piece.data, text: piece.text, width: width(piece, style.size) }] : []));
}

/** The sum of the glyphs' own advances, without shaping (no kerning or ligatures): close, and several times cheaper. */
function unshapedAdvance(piece: FontRun, size: number): number {
  let units = 0;
  for (const glyph of piece.face.glyphsForString(piece.text)) units += glyph.advanceWidth;
  return (units * size) / piece.face.unitsPerEm;
}

/** Advance width of `text` in px. */
export function measureText(text: string, style: TextStyle): number {
  // Advances scale with the size: one layout per text and face serves every size (slides try several).
  const key = `${style.weight}\u0000${style.locale ?? ''}\u0000${style.hand ? 1 : 0}\u0000${text}`;
  let perPx = measured.get(key);
  if (perPx === undefined) {
    perPx = pieces(text, style.weight, style.locale, style.hand).reduce((width, piece) => width + advance(piece, 1), 0);
    if (measured.size >= MEASURED_ENTRIES) measured.clear();
    measured.set(key, perPx);
  }
  return perPx * style.size;
}

/** Widths at 1 px remembered (text, weight, locale, handwriting → width); cleared whole when full. */
const measured = new Map<string, number>();
const MEASURED_ENTRIES = 50_000;

/**
 * Height of one line of `text` at CSS `line-height: normal`, as satori lays it out: each unbreakable
 * piece (./line-break.ts) is as tall as the face of its first character, and the line as its tallest piece.
 */
export function normalLineHeight(text: string, style: TextStyle): number {
  let height = 0;
  for (const word of linePieces(text, style.locale)) {
    const first = pieces(word, style.weight, style.locale, style.hand).find((piece) => piece.kind === 'font');
    if (first?.kind === 'font') height = Math.max(height, ((first.face.ascent - first.face.descent) * style.size) / first.face.unitsPerEm);
  }
  return height;
}

const round = (value: number) => Math.round(value * 100) / 100;

/** A Twemoji SVG as a nested <svg> of `size` px with its top-left corner at (x, y); ids kept apart per emoji. */
function placedEmoji(piece: EmojiPiece, x: number, y: number, size: number): string {
  const prefix = `emoji-${[...piece.grapheme].map((char) => (char.codePointAt(0) ?? 0).toString(16)).join('-')}-`;
  return piece.svg
    .replace(/\bid="([^"]+)"/g, (_whole, id: string) => `id="${prefix}${id}"`)
    .replace(/url\(#([^)]+)\)/g, (_whole, id: string) => `url(#${prefix}${id})`)
    .replace(/href="#([^"]+)"/g, (_whole, id: string) => `href="#${prefix}${id}"`)
    .replace(/^<svg\b[^>]*?(\sviewBox="[^"]*")[^>]*>/, (_open, viewBox: string) => `<svg x="${round(x)}" y="${round(y)}" width="${round(size)}" height="${round(size)}"${viewBox}>`);
}

export interface LaidText {
  /** Path data of the font glyphs. */
  path: string;
  /** Nested <svg> Twemoji pictures, in their own colours. */
  emoji: string;
}

/** `text` with its baseline starting at (x, y): glyph outlines and emoji pictures. */
export function layoutText(text: string, x: number, y: number, style: TextStyle): LaidText {
  let cursor = x;
  const parts: string[] = [];
  const emoji: string[] = [];
  for (const piece of pieces(text, style.weight, style.locale, style.hand)) {
    if (piece.kind === 'emoji') {
      emoji.push(placedEmoji(piece, cursor, y - style.size * EMOJI_ASCENT, style.size));
      cursor += style.size * EMOJI_ADVANCE;
      continue;
    }
    const scale = style.size / piece.face.unitsPerEm;
    const layout = shape(piece);
    layout.glyphs.forEach((glyph, index) => {
      const position = layout.positions[index];
      const glyphX = cursor + (position?.xOffset ?? 0) * scale;
      const glyphY = y - (position?.yOffset ?? 0) * scale;
      const data = glyph.id === 0 ? '' : glyph.path.scale(scale, -scale).translate(glyphX, glyphY).toSVG();
      if (data) parts.push(data);
      cursor += (position?.xAdvance ?? 0) * scale;
    });
  }
  return { path: parts.join(''), emoji: emoji.join('') };
}

/** Path data for the font glyphs of `text` with its baseline starting at (x, y) (emoji: see layoutText). */
export function textPath(text: string, x: number, y: number, style: TextStyle): string {
  return layoutText(text, x, y, style).path;
}

/** `text` as SVG markup: one <path> with `attributes` (fill …) for the glyphs, then the emoji. */
export function textSvg(text: string, x: number, y: number, style: TextStyle, attributes: string): string {
  const laid = layoutText(text, x, y, style);
  return `${laid.path ? `<path d="${laid.path}"${attributes}/>` : ''}${laid.emoji}`;
}
