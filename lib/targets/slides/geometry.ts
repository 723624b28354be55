import { measureText, normalLineHeight } from '@/lib/render/text-paths';
import { linePieces } from '@/lib/render/line-break';
import { ASPECTS, type SlidesSpec } from './schema';

/**
 * Where things go on a slide, in slide pixels (1280×720 for 16:9, see ASPECTS). The PNG view
 * (flexbox) and the PPTX export (absolute boxes) both read their numbers from here, so the two
 * cannot drift; the PNG is the reference the boxes describe. Layouts: ./layout-geometry.ts.
 */

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A box of text: `size` is the font size in slide pixels. */
export interface TextBox extends Box {
  size: number;
}

export interface TextStyle {
  size: number;
  weight: number;
  /** CSS line-height as a multiple of the size; absent is `normal`. */
  lineHeight?: number;
  letterSpacing?: number;
}

/** Bullet lists (parts.tsx draws them, pptx.ts writes them): multiples of the bullet's font size. */
export const BULLET = { lineHeight: 1.35, itemGap: 0.55, subGap: 0.35, subScale: 0.82, textIndent: 1, subIndent: 2.2 } as const;

export const TITLE = { weight: 800, lineHeight: 1.15, letterSpacing: -0.5 } as const;

export interface SlideGeometry {
  width: number;
  height: number;
  /** Factor against the 1280×720 reference slide (by area); `at(n)` is n reference pixels on this slide. */
  scale: number;
  at: (reference: number) => number;
  locale?: string;
  padding: number;
  bottomPadding: number;
  /** The content area the layouts size themselves against. */
  inner: { width: number; height: number };
  /** Where the layout's column lands: between the top padding and the footer. */
  body: Box;
  gap: number;
  /** Colour bar across the top of content slides in the bold look. */
  boldBar: Box;
  /** Rule under the top edge in the paper look. */
  paperRule: Box;
  logo: { top: number; height: number; right: number };
  /** The footer row; the PNG spaces `text` and `page` across `box`, the PPTX sets them in its halves `left` and `right`. */
  footer: { box: Box; left: Box; right: Box; size: number; marginTop: number; text: string; page: string };
}

/** The frame of slide `index`: padding, content area, footer and the look's decorations. */
export function slideGeometry(spec: Pick<SlidesSpec, 'aspect' | 'locale' | 'footer' | 'title' | 'slides'>, index: number): SlideGeometry {
  const { width, height } = ASPECTS[spec.aspect];
  // The same share of the slide's area as on the 1280×720 reference: a 4:3 or square slide is not sized
  // by its width alone (that left 1:1 decks with 16:9 type on a canvas half again as tall).
  const scale = Math.sqrt((width * height) / (1280 * 720));
  const at = (reference: number) => Math.round(reference * scale);
  const padding = at(72);
  const bottomPadding = at(28);
  const footerSize = at(15);
  const text = spec.footer ?? (index === 0 ? '' : spec.title);
  const page = `${index + 1} / ${spec.slides.length}`;
  const footerHeight = Math.max(...[text, page].map((line) => normalLineHeight(line, { size: footerSize, weight: 400, locale: spec.locale })));
  const footerMargin = at(16);
  const footerY = height - bottomPadding - footerHeight;
  const inner = { width: width - padding * 2, height: height - padding * 2 - at(36) };
  return {
    width,
    height,
    scale,
    at,
    locale: spec.locale,
    padding,
    bottomPadding,
    inner,
    body: { x: padding, y: padding, w: inner.width, h: footerY - footerMargin - padding },
    gap: at(36),
    boldBar: { x: 0, y: 0, w: width, h: at(14) },
    paperRule: { x: padding, y: at(36), w: width - padding * 2, h: 2 },
    logo: { top: at(28), height: at(40), right: padding },
    footer: {
      box: { x: padding, y: footerY, w: inner.width, h: footerHeight },
      left: { x: padding, y: footerY, w: inner.width / 2, h: footerHeight },
      right: { x: padding + inner.width / 2, y: footerY, w: inner.width / 2, h: footerHeight },
      size: footerSize,
      marginTop: footerMargin,
      text,
      page,
    },
  };
}

/** The logo's box for a picture `ratio` (width / height) wide: a fixed height, right-aligned. */
export function logoBox(geometry: SlideGeometry, ratio: number): Box {
  const { top, height, right } = geometry.logo;
  const w = height * ratio;
  return { x: geometry.width - right - w, y: top, w, h: height };
}

/** The largest title size (down to `min`) at which the title fits in `lines` lines of `width`; then it wraps. */
export function titleSize(text: string, width: number, base: number, min: number, lines = 2): number {
  let size = base;
  while (size > min && measureText(text, { size, weight: TITLE.weight }) > width * lines * 0.92) size -= 2;
  return size;
}

/** A slide title at `y`: shrinks from 52 to 32 reference pixels, then wraps. */
export function titleBlock(geometry: SlideGeometry, text: string, y = geometry.body.y): TextBox {
  const { at, inner, body } = geometry;
  const size = titleSize(text, inner.width, at(52), at(32));
  const h = textHeight(geometry, text, { size, ...TITLE }, inner.width);
  return { x: body.x, y, w: inner.width, h, size };
}

/**
 * The pieces `text` wraps between, as satori breaks it (../render/line-break.ts), each with its
 * trailing space and the word joiners satori draws (no width, but letter-spacing).
 */
export function wrapPieces(text: string, locale?: string): string[] {
  return linePieces(text, locale, { joiners: true });
}

/** How many lines `text` wraps to in `width` (greedy, like satori). */
export function lineCount(geometry: Pick<SlideGeometry, 'locale'>, text: string, style: TextStyle, width: number): number {
  const advance = (part: string) => measureText(part, { size: style.size, weight: style.weight, locale: geometry.locale }) + (style.letterSpacing ?? 0) * [...part].length;
  let lines = 1;
  let line = 0;
  for (const word of wrapPieces(text, geometry.locale)) {
    if (line > 0 && line + advance(word.trimEnd()) > width) {
      lines += 1;
      line = 0;
    }
    line += advance(word);
  }
  return lines;
}

/** The height `text` takes in `width`, rounded to whole pixels as satori lays it out. */
export function textHeight(geometry: Pick<SlideGeometry, 'locale'>, text: string, style: TextStyle, width: number): number {
  const line = style.lineHeight ? style.size * style.lineHeight : normalLineHeight(text, { size: style.size, weight: style.weight, locale: geometry.locale });
  return Math.round(lineCount(geometry, text, style, width) * line);
}

export type BulletItem = string | { text: string; sub: string[] };

/** The height of a bullet list (parts.tsx `Bullets`) of font `size` in `width`. */
export function bulletsHeight(geometry: Pick<SlideGeometry, 'locale'>, items: BulletItem[], size: number, width: number): number {
  const style = (scale: number) => ({ size: size * scale, weight: 400, lineHeight: BULLET.lineHeight });
  const heights = items.map((item) => {
    const text = typeof item === 'string' ? item : item.text;
    const sub = typeof item === 'string' ? [] : item.sub;
    const main = textHeight(geometry, text, style(1), width - size * BULLET.textIndent);
    return sub.reduce((total, line) => total + size * BULLET.subGap + textHeight(geometry, line, style(BULLET.subScale), width - size * BULLET.subIndent), main);
  });
  return heights.reduce((total, height) => total + height, 0) + size * BULLET.itemGap * Math.max(0, items.length - 1);
}

/** Quotes longer than this many characters are set smaller. */
export const LONG_QUOTE_CHARS = 200;

// Minus signs people type: hyphen-minus, U+2212 minus, U+2013 en dash, small and full-width hyphen-minus.
const MINUS = /^[-\u2212\u2013\uFE63\uFF0D]/u;

/** Whether a stat's change is good news: a rise, or a fall where `good` is "down" (costs, churn, latency). */
export function isGoodDelta(delta: string, good: 'up' | 'down' = 'up'): boolean {
  return (isNegativeDelta(delta) ? 'down' : 'up') === good;
}

/** Whether a stat's change reads as a fall ("-3%", "−3%", "–3"); drawn in the theme's negative colour. */
export function isNegativeDelta(delta: string): boolean {
  return MINUS.test(delta.trim());
}
