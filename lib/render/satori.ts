import { lookTokens } from '@/lib/looks/tokens';
import type { LintFinding } from '@/lib/lint/finding';
import satori from 'satori';
import type { ReactElement } from 'react';
import { targetFor, type VisualSpec } from '@/lib/spec/visual';
import { GlimpseError } from '@/lib/errors';
import { MAX_HEIGHT } from '@/lib/limits';
import { planFonts } from './fonts';
import { emojiImages } from './emoji';
import { iconDataUri } from './icons';
import { resolveTheme } from './theme';
import { svgSize, withAccessibleText } from './svg-meta';
import { fillBorderRings } from './svg-borders';
import type { PlacedText } from './pdf';

export interface SvgResult {
  svg: string;
  width: number;
  height: number;
  alt: string;
  /** Words and their positions (only when asked for a text layer). */
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

/** Lays out any element with the fonts/emoji for `text`; height grows with content (at least `minHeight`). */
export async function elementToSvg(element: ReactElement, options: { width: number; text: string; locale?: string; embedFont?: boolean }): Promise<string> {
  const plan = planFonts(options.text, options.locale);
  return satori(element, {
    width: options.width,
    fonts: plan.fonts,
    graphemeImages: emojiImages(options.text),
    embedFont: options.embedFont ?? true,
  } as Parameters<typeof satori>[1]);
}

const TEXT_ELEMENT = /<text\b([^>]*)>([^<]*)<\/text>/g;
const attribute = (source: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(source)?.[1];
const unescapeXml = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&amp;/g, '&');

/** Words as satori places them with embedFont: false (x, baseline y, size, weight). */
function placedTexts(svg: string): PlacedText[] {
  return [...svg.matchAll(TEXT_ELEMENT)]
    .map((match) => ({
      text: unescapeXml(match[2] ?? ''),
      x: Number(attribute(match[1] ?? '', 'x') ?? 0),
      y: Number(attribute(match[1] ?? '', 'y') ?? 0),
      size: Number(attribute(match[1] ?? '', 'font-size') ?? 16),
      weight: Number(attribute(match[1] ?? '', 'font-weight') ?? 400),
    }))
    .filter((placed) => placed.text.trim().length > 0);
}

/** spec → SVG. A pure function of the spec: same spec, same bytes. */
export async function renderSvg(spec: VisualSpec, page = 0, options: { textLayer?: boolean } = {}): Promise<SvgResult> {
  const target = targetFor(spec.kind);
  const size0 = typeof target.size === 'function' ? target.size(spec) : target.size;
  const sized = spec as { width?: number; height?: number };
  const width = sized.width ?? size0.width;
  const fixedHeight = sized.height ?? size0.height;
  const text = collectText(spec).join('\n');
  const plan = planFonts(text, spec.locale);
  const theme = resolveTheme(spec.theme);
  const measure = async (candidate: ReactElement) => svgSize(await elementToSvg(candidate, { width, text, locale: spec.locale }));
  const findings: LintFinding[] = [];
  const report = (finding: LintFinding) => void findings.push(finding);
  const element = await target.render(spec, { theme, look: lookTokens(spec.look), width, height: fixedHeight, fontFamily: plan.fontFamily, icon: iconDataUri, measure, page, report });
  const svg = fillBorderRings(await elementToSvg(element, { width, text, locale: spec.locale }));
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
  const texts = options.textLayer ? placedTexts(await elementToSvg(element, { width, text, locale: spec.locale, embedFont: false })) : undefined;
  return { svg: withAccessibleText(svg, spec.title, alt), width: size.width, height: size.height, alt, texts, findings };
}
