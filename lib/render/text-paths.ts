import * as fontkit from 'fontkit';
import { fontFile, nearestWeight, subsetFor, type Subset } from './fonts';

/**
 * Text → SVG path data with the same bundled fonts satori uses, for SVG that arrives with <text>
 * (Vega charts). Outlined text rasterises identically in resvg, librsvg and PDF, needs no font
 * registration anywhere, and measures exactly as it draws.
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

const FALLBACK_CODE_POINT = 0x3f; // "?" when no bundled font has the character

interface Run {
  face: Face;
  /** Stable name of the font file (family, subset, weight), e.g. for PDF font registration. */
  key: string;
  /** The TTF the face was read from. */
  data: Buffer;
  text: string;
}

/** Splits text into runs that one font face can draw, choosing per character like CSS fallback. */
function runs(text: string, weight: number, locale?: string, hand = false): Run[] {
  const result: Run[] = [];
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? FALLBACK_CODE_POINT;
    const subset = subsetFor(codePoint, locale, hand) ?? subsetFor(FALLBACK_CODE_POINT);
    if (!subset) continue;
    const chosen = face(subset, weight);
    const last = result.at(-1);
    if (last && last.face === chosen) last.text += char;
    else {
      const actual = nearestWeight(subset, weight);
      result.push({ face: chosen, key: `${subset.family.id}-${subset.key.replace(/[[\]]/g, '')}-${actual}`, data: fontFile(subset, actual, 'ttf'), text: char });
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

/** Runs of `text` that one font file draws, with the advance width of each at `style.size`. */
export function textRuns(text: string, style: TextStyle): { key: string; data: Buffer; text: string; width: number }[] {
  return runs(text, style.weight, style.locale, style.hand).map((run) => ({ key: run.key, data: run.data, text: run.text, width: (run.face.layout(run.text).advanceWidth * style.size) / run.face.unitsPerEm }));
}

/** Advance width of `text` in px. */
export function measureText(text: string, style: TextStyle): number {
  return runs(text, style.weight, style.locale, style.hand).reduce((width, run) => width + (run.face.layout(run.text).advanceWidth * style.size) / run.face.unitsPerEm, 0);
}

/** Height of one line of `text` at CSS `line-height: normal` (the tallest face it uses), as satori lays it out. */
export function normalLineHeight(text: string, style: TextStyle): number {
  return runs(text, style.weight, style.locale, style.hand).reduce((height, run) => Math.max(height, ((run.face.ascent - run.face.descent) * style.size) / run.face.unitsPerEm), 0);
}

/** Path data for `text` with its baseline starting at (x, y). */
export function textPath(text: string, x: number, y: number, style: TextStyle): string {
  let cursor = x;
  const parts: string[] = [];
  for (const run of runs(text, style.weight, style.locale, style.hand)) {
    const scale = style.size / run.face.unitsPerEm;
    const layout = run.face.layout(run.text);
    layout.glyphs.forEach((glyph, index) => {
      const position = layout.positions[index];
      const glyphX = cursor + (position?.xOffset ?? 0) * scale;
      const glyphY = y - (position?.yOffset ?? 0) * scale;
      const data = glyph.path.scale(scale, -scale).translate(glyphX, glyphY).toSVG();
      if (data) parts.push(data);
      cursor += (position?.xAdvance ?? 0) * scale;
    });
  }
  return parts.join('');
}
