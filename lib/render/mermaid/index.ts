import type { Font } from 'satori';
import { GlimpseError } from '@/lib/errors';
import { planFonts } from '@/lib/render/fonts';
import { svgSize } from '@/lib/render/svg-meta';
import { outlineSvgText, stripExternalHrefs } from '@/lib/render/svg-text';
import type { Theme } from '@/lib/render/theme';
import { mermaidRenderer, type MermaidRenderer } from './pool';
import { checkMermaidSource } from './source-check';
import { mermaidThemeVariables } from './theme-variables';
import { takeTitle } from './title';
import { mermaidLabels, viewBoxOf } from './labels';
import { markMermaidBreaks } from './label-breaks';
import { journeyLayout } from './journey';

const fontCssCache = new WeakMap<Font[], string>();

/** The same font subsets satori uses, as @font-face rules, so mermaid measures what we draw. */
function fontCss(fonts: Font[]): string {
  let css = fontCssCache.get(fonts);
  if (!css) {
    css = fonts.map((font) => `@font-face{font-family:'${font.name}';font-weight:${font.weight ?? 400};src:url(data:font/woff;base64,${Buffer.from(font.data as Buffer).toString('base64')}) format('woff')}`).join('\n');
    fontCssCache.set(fonts, css);
  }
  return css;
}

/**
 * Gantt's date ticks, where the diagram names none: "Jan 10" (d3 names months in English only),
 * "1月10日" in Chinese and Japanese, "1월 10일" in Korean, rather than mermaid's "2027-01-10", ten
 * characters a tick that crowd the axis.
 */
export function ganttAxisFormat(locale?: string): string {
  const language = (locale ?? '').slice(0, 2).toLowerCase();
  if (language === 'ja' || language === 'zh') return '%-m月%-d日';
  if (language === 'ko') return '%-m월 %-d일';
  return '%b %-d';
}

export interface MermaidOptions {
  pool?: MermaidRenderer;
  timeoutMs?: number;
  /** Take the diagram's own title out of it (returned as `title`): the visual already draws one. */
  withoutTitle?: boolean;
}

/** Mermaid source → SVG with outlined text in Glimpse's fonts and colours (rendered in the warm pool). */
export async function renderMermaid(source: string, theme: Theme, locale?: string, options: MermaidOptions = {}) {
  // The schema refuses these already; checked again so no caller can hand a page a URL.
  const checked = checkMermaidSource(source);
  if (checked.issues.length > 0) throw new GlimpseError('invalid_spec', `mermaid: ${checked.issues[0]}`, { issues: checked.issues.map((message) => ({ path: ['mermaid'], message })) });
  const { source: drawn, title } = options.withoutTitle ? takeTitle(checked.source) : { source: checked.source, title: undefined };
  const plan = planFonts(source, locale);
  const pool = options.pool ?? mermaidRenderer();
  const journey = journeyLayout(drawn, locale);
  const raw = await pool.render({ source: markMermaidBreaks(journey?.source ?? drawn, locale), journey: journey?.config, ganttAxisFormat: ganttAxisFormat(locale), fontFamily: plan.fontFamily, fontCss: fontCss(plan.fonts), themeVariables: mermaidThemeVariables(theme), journeyColours: theme.accents }, { timeoutMs: options.timeoutMs });
  const svg = stripExternalHrefs(outlineSvgText(raw, locale));
  return { svg, ...svgSize(svg), title, labels: mermaidLabels(raw), viewBox: viewBoxOf(raw) };
}
