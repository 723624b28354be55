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
import { mermaidLabels, viewBoxOf, type Box, type MermaidLabel } from './labels';
import { markMermaidBreaks } from './label-breaks';
import { journeyLayout, journeyRows, journeyTasks, rowColours } from './journey';
import { sequenceActorMargin } from './sequence';

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
  /** A gantt chart drawn this wide (viewBox units) rather than GANTT_WIDTH_PX: a slide embed draws it at the body's width, its 14 px ticks at 14 px. */
  ganttWidth?: number;
}

/** Mermaid source → SVG with outlined text in Glimpse's fonts and colours (rendered in the warm pool). */
export async function renderMermaid(source: string, theme: Theme, locale?: string, options: MermaidOptions = {}) {
  // The schema refuses these already; checked again so no caller can hand a page a URL.
  const checked = checkMermaidSource(source);
  if (checked.issues.length > 0) throw new GlimpseError('invalid_spec', `mermaid: ${checked.issues[0]}`, { issues: checked.issues.map((message) => ({ path: ['mermaid'], message })) });
  const { source: drawn, title } = options.withoutTitle ? takeTitle(checked.source) : { source: checked.source, title: undefined };
  const plan = planFonts(source, locale);
  const pool = options.pool ?? mermaidRenderer();
  const request = { ganttAxisFormat: ganttAxisFormat(locale), fontFamily: plan.fontFamily, fontCss: fontCss(plan.fonts), themeVariables: mermaidThemeVariables(theme), ...(options.ganttWidth ? { ganttWidth: Math.round(options.ganttWidth) } : {}) };
  const rows = journeyRows(drawn);
  if (rows.length > 1) {
    // A long journey: its rows drawn one under another, sized alike so their boxes line up.
    const among = { tasks: journeyTasks(drawn), perRow: Math.max(...rows.map((row) => journeyTasks(row).length)) };
    const colours = rowColours(rows, theme.accents);
    // Each row's sections go on in the journey's colours (mermaid starts each diagram at the first).
    const sections = [...new Set(among.tasks.map((task) => task.section))];
    const themeVariables = (row: string) => {
      const offset = Math.max(0, sections.indexOf(journeyTasks(row)[0]?.section));
      const fills = Array.from({ length: SECTION_FILLS }, (_, index) => [`fillType${index}`, request.themeVariables[`fillType${(index + offset) % SECTION_FILLS}`]]);
      return { ...request.themeVariables, ...Object.fromEntries(fills) };
    };
    const parts = await Promise.all(
      rows.map(async (row, index) => {
        const journey = journeyLayout(row, locale, among);
        const raw = await pool.render({ ...request, themeVariables: themeVariables(row), source: journey?.source ?? row, journey: journey?.config, journeyColours: colours[index] }, { timeoutMs: options.timeoutMs });
        return { svg: stripExternalHrefs(outlineSvgText(raw, locale)), labels: mermaidLabels(raw), viewBox: viewBoxOf(raw) };
      }),
    );
    return { ...stacked(parts), title };
  }
  const journey = journeyLayout(drawn, locale);
  const raw = await pool.render({ ...request, source: markMermaidBreaks(journey?.source ?? drawn, locale), journey: journey?.config, journeyColours: theme.accents, sequenceActorMargin: sequenceActorMargin(drawn) }, { timeoutMs: options.timeoutMs });
  const svg = stripExternalHrefs(outlineSvgText(raw, locale));
  return { svg, ...svgSize(svg), title, labels: mermaidLabels(raw), viewBox: viewBoxOf(raw) };
}

/** Section fills mermaid cycles through (fillType0…7). */
const SECTION_FILLS = 8;

/** Space between the rows of a long journey. */
const ROW_GAP = 24;

/** Drawings one under another in one SVG, their labels moved with them. */
function stacked(parts: { svg: string; labels: MermaidLabel[]; viewBox?: Box }[]) {
  let top = 0;
  const pieces: string[] = [];
  const labels: MermaidLabel[] = [];
  for (const part of parts) {
    const box = part.viewBox ?? { x: 0, y: 0, ...svgSize(part.svg) };
    const [dx, dy] = [-box.x, top - box.y];
    const inner = part.svg.slice(part.svg.indexOf('>', part.svg.indexOf('<svg')) + 1, part.svg.lastIndexOf('</svg>'));
    pieces.push(`<g transform="translate(${dx} ${dy})">${inner}</g>`);
    const move = (moved: Box): Box => ({ ...moved, x: moved.x + dx, y: moved.y + dy });
    labels.push(...part.labels.map((label) => ({ ...label, box: move(label.box), ...(label.container ? { container: move(label.container) } : {}) })));
    top += box.height + ROW_GAP;
  }
  const width = Math.ceil(Math.max(...parts.map((part) => part.viewBox?.width ?? svgSize(part.svg).width)));
  const height = Math.ceil(top - ROW_GAP);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${pieces.join('')}</svg>`;
  return { svg, width, height, labels, viewBox: { x: 0, y: 0, width, height } };
}
