import type { Font } from 'satori';
import { GlimpseError } from '@/lib/errors';
import { planFonts } from '@/lib/render/fonts';
import { svgSize } from '@/lib/render/svg-meta';
import { outlineSvgText, stripExternalHrefs } from '@/lib/render/svg-text';
import { tint, type Theme } from '@/lib/render/theme';
import { mermaidRenderer, type MermaidRenderer } from './pool';
import { checkMermaidSource } from './source-check';

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

function themeVariables(theme: Theme): Record<string, string> {
  const [primary = theme.primary, secondary = theme.primary, tertiary = theme.primary] = theme.accents;
  return {
    background: theme.background,
    primaryColor: tint(theme, primary, 0.16),
    primaryBorderColor: primary,
    primaryTextColor: theme.text,
    secondaryColor: tint(theme, secondary, 0.16),
    secondaryBorderColor: secondary,
    secondaryTextColor: theme.text,
    tertiaryColor: tint(theme, tertiary, 0.16),
    tertiaryBorderColor: tertiary,
    tertiaryTextColor: theme.text,
    lineColor: theme.textMuted,
    textColor: theme.text,
    mainBkg: tint(theme, primary, 0.16),
    nodeBorder: primary,
    clusterBkg: theme.surface,
    clusterBorder: theme.border,
    titleColor: theme.text,
    edgeLabelBackground: theme.background,
    noteBkgColor: '#FEF3C7',
    noteTextColor: '#1F2937',
    noteBorderColor: '#D97706',
    actorBkg: tint(theme, primary, 0.16),
    actorBorder: primary,
    actorTextColor: theme.text,
    signalColor: theme.text,
    signalTextColor: theme.text,
    labelBoxBkgColor: theme.surface,
    pie1: theme.accents[0] ?? primary,
    pie2: theme.accents[1] ?? secondary,
    pie3: theme.accents[2] ?? tertiary,
    pie4: theme.accents[3] ?? primary,
    pie5: theme.accents[4] ?? secondary,
    pie6: theme.accents[5] ?? tertiary,
    fontSize: '16px',
  };
}

/** Mermaid source → SVG with outlined text in Glimpse's fonts and colours (rendered in the warm pool). */
export async function renderMermaid(source: string, theme: Theme, locale?: string, pool: MermaidRenderer = mermaidRenderer(), timeoutMs?: number) {
  // The schema refuses these already; checked again so no caller can hand a page a URL.
  const checked = checkMermaidSource(source);
  if (checked.issues.length > 0) throw new GlimpseError('invalid_spec', `mermaid: ${checked.issues[0]}`, { issues: checked.issues.map((message) => ({ path: ['mermaid'], message })) });
  const plan = planFonts(source, locale);
  const raw = await pool.render({ source: checked.source, fontFamily: plan.fontFamily, fontCss: fontCss(plan.fonts), themeVariables: themeVariables(theme) }, { timeoutMs });
  const svg = stripExternalHrefs(outlineSvgText(raw, locale));
  return { svg, ...svgSize(svg) };
}
