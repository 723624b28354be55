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

export interface SvgResult {
  svg: string;
  width: number;
  height: number;
  alt: string;
}

/** Every string in the spec, so fonts and emoji cover exactly what will be drawn. */
export function collectText(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const item of value) collectText(item, into);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) collectText(item, into);
  return into;
}

/** Lays out any element with the fonts/emoji for `text`; height grows with content (at least `minHeight`). */
export async function elementToSvg(element: ReactElement, options: { width: number; text: string; locale?: string }): Promise<string> {
  const plan = planFonts(options.text, options.locale);
  return satori(element, {
    width: options.width,
    fonts: plan.fonts,
    graphemeImages: emojiImages(options.text),
  } as Parameters<typeof satori>[1]);
}

/** spec → SVG. A pure function of the spec: same spec, same bytes. */
export async function renderSvg(spec: VisualSpec): Promise<SvgResult> {
  const target = targetFor(spec.kind);
  const width = spec.width ?? target.size.width;
  const fixedHeight = spec.height ?? target.size.height;
  const text = collectText(spec).join('\n');
  const plan = planFonts(text, spec.locale);
  const theme = resolveTheme(spec.theme);
  const measure = async (candidate: ReactElement) => svgSize(await elementToSvg(candidate, { width, text, locale: spec.locale }));
  const element = await target.render(spec, { theme, width, height: fixedHeight, fontFamily: plan.fontFamily, icon: iconDataUri, measure });
  const svg = await elementToSvg(element, { width, text, locale: spec.locale });
  const size = svgSize(svg);
  const limit = fixedHeight ?? MAX_HEIGHT;
  if (size.height > limit) {
    const message = fixedHeight
      ? `content needs ${Math.ceil(size.height)}px but height is ${fixedHeight}px; remove "height" to grow with the content, or shorten the text`
      : `content needs ${Math.ceil(size.height)}px, more than the ${MAX_HEIGHT}px maximum; split it into several visuals`;
    throw new GlimpseError('content_overflow', message, { issues: [{ path: fixedHeight ? ['height'] : [], message }] });
  }
  const alt = target.alt(spec);
  return { svg: withAccessibleText(svg, spec.title, alt), width: size.width, height: size.height, alt };
}
