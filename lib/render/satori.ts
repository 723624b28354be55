import { lookTokens } from '@/lib/looks/tokens';
import type { LintFinding } from '@/lib/lint/finding';
import satori from 'satori';
import { isValidElement, type ReactElement, type ReactNode } from 'react';
import { targetFor, type VisualSpec } from '@/lib/spec/visual';
import { GlimpseError } from '@/lib/errors';
import { MAX_HEIGHT } from '@/lib/limits';
import { planFonts } from './fonts';
import { emojiImages } from './emoji';
import { iconDataUri } from './icons';
import { resolveTheme } from './theme';
import { svgSize, withAccessibleText } from './svg-meta';
import { fillBorderRings } from './svg-borders';
import { drawRoughMarks } from './rough-marks';
import { placedTexts, type PlacedText } from './pdf';
import { prepareText } from './line-break';
import { fixedWords, inferLocale } from './words';
import { missingGlyphFindings } from './missing-glyphs';

export interface SvgResult {
  svg: string;
  width: number;
  height: number;
  alt: string;
  /** Words and their positions (text as elements only). */
  texts?: PlacedText[];
  /** What the layout critic found while drawing (text too small, …). */
  findings: LintFinding[];
}

/** Every string in the spec, so fonts and emoji cover exactly what will be drawn. */
export function collectText(value: unknown, into: string[] = []): string[] {
  // Pictures (data URIs) are bytes, not text: never font subsets or emoji.
  if (typeof value === 'string') {
    if (!value.startsWith('data:')) into.push(value);
  }
  else if (Array.isArray(value)) for (const item of value) collectText(item, into);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) collectText(item, into);
  return into;
}

/**
 * Every string an element draws, made ready for satori's line breaking (./line-break.ts: numbers
 * kept with units, CJK words whole, no orphans), less the characters in `drop`. Function components
 * are expanded as satori would.
 */
export function prepareTree(node: ReactNode, locale: string | undefined, drop: readonly string[] = []): ReactNode {
  if (typeof node === 'string') return prepareText(drop.length ? dropCharacters(node, drop) : node, locale);
  if (Array.isArray(node)) return node.map((child: ReactNode) => prepareTree(child, locale, drop));
  if (!isValidElement(node)) return node;
  const props = node.props as { children?: ReactNode };
  if (typeof node.type === 'function') return prepareTree((node.type as (props: unknown) => ReactNode)(props), locale, drop);
  if (props.children === undefined) return node;
  return { ...node, props: { ...props, children: prepareTree(props.children, locale, drop) } } as ReactElement;
}

/** `text` without the characters in `drop` (those no font draws: never a .notdef box). */
function dropCharacters(text: string, drop: readonly string[]): string {
  let result = text;
  for (const char of drop) if (result.includes(char)) result = result.replaceAll(char, '');
  return result;
}

/** Lays out any element with the fonts/emoji for `text`; height grows with content (at least `minHeight`). */
export async function elementToSvg(element: ReactElement, options: { width: number; text: string; locale?: string; embedFont?: boolean }): Promise<string> {
  const plan = planFonts(options.text, options.locale);
  return satori(prepareTree(element, options.locale, plan.uncovered) as ReactElement, {
    width: options.width,
    fonts: plan.fonts,
    graphemeImages: emojiImages(options.text),
    embedFont: options.embedFont ?? true,
  } as Parameters<typeof satori>[1]);
}

/**
 * spec → SVG. A pure function of the spec: same spec, same bytes. Text is outlined (glyph paths:
 * what resvg rasterises and what an SVG download holds) unless `text: 'elements'` asks for <text>
 * elements with fonts, which the PDF draws as real text.
 */
/**
 * What a render draws, for choosing font subsets: every string of the spec and the fixed words the
 * renderers add in its language ("出典：" under a Japanese chart), so no drawn glyph lacks a font.
 */
export function drawnText(spec: VisualSpec, locale: string | undefined): string {
  const words = fixedWords(locale);
  return [...collectText(spec), words.source(''), words.pros, words.cons, words.count].join('\n');
}

export async function renderSvg(spec: VisualSpec, page = 0, options: { text?: 'paths' | 'elements' } = {}): Promise<SvgResult> {
  const target = targetFor(spec.kind);
  const size0 = typeof target.size === 'function' ? target.size(spec) : target.size;
  const sized = spec as { width?: number; height?: number };
  const width = sized.width ?? size0.width;
  const fixedHeight = sized.height ?? size0.height;
  const locale = spec.locale ?? inferLocale(spec.title ?? '');
  const text = drawnText(spec, locale);
  const plan = planFonts(text, spec.locale);
  const theme = resolveTheme(spec.theme);
  // Only the size matters: no glyph outlines (embedFont: false lays out the same boxes, cheaper).
  const measure = async (candidate: ReactElement) => svgSize(await elementToSvg(candidate, { width, text, locale: spec.locale, embedFont: false }));
  const findings: LintFinding[] = [];
  const report = (finding: LintFinding) => void findings.push(finding);
  // Once per visual (page 0), so a deck's pages do not repeat it.
  if (page === 0) findings.push(...missingGlyphFindings(spec, spec.locale));
  const element = await target.render(spec, { theme, look: lookTokens(spec.look), width, height: fixedHeight, locale, fontFamily: plan.fontFamily, icon: iconDataUri, measure, page, report });
  const elements = options.text === 'elements';
  const svg = drawRoughMarks(fillBorderRings(await elementToSvg(element, { width, text, locale: spec.locale, embedFont: !elements })));
  const size = svgSize(svg);
  const limit = fixedHeight ?? MAX_HEIGHT;
  if (size.height > limit) {
    const custom = target.overflowPath?.(spec, page);
    const message = custom
      ? `${custom.join('.')}: the content needs ${Math.ceil(size.height)}px but the slide is ${fixedHeight}px tall; shorten or split it`
      : fixedHeight
        ? `content needs ${Math.ceil(size.height)}px but height is ${fixedHeight}px; remove "height" to grow with the content, or shorten the text`
        : `content needs ${Math.ceil(size.height)}px, more than the ${MAX_HEIGHT}px maximum; split it into several visuals`;
    throw new GlimpseError('content_overflow', message, { issues: [{ path: custom ?? (fixedHeight ? ['height'] : []), message }] });
  }
  const alt = target.alt(spec);
  const texts = elements ? placedTexts(svg) : undefined;
  return { svg: withAccessibleText(svg, spec.title, alt), width: size.width, height: size.height, alt, texts, findings };
}
