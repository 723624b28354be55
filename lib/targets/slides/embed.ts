import { MIN_READABLE_TEXT_PX, type LintFinding } from '@/lib/lint/finding';
import { lookTokens, type LookTokens } from '@/lib/looks/tokens';
import type { Theme } from '@/lib/render/theme';
import type { ThemeSpec } from '@/lib/spec/common';
import { renderMermaid } from '@/lib/render/mermaid';
import { MERMAID_LABEL_PX, smallestLabelPx } from '@/lib/render/mermaid/labels';
import { GANTT_WIDTH_PX } from '@/lib/render/mermaid/page-script';
import { smallTextFindings } from '@/lib/targets/chart/critic';
import { renderChartSvg } from '@/lib/targets/chart/view';
import { clippedInBoard, clippedInMermaid, type DiagramFinding } from '@/lib/targets/whiteboard/clipped';
import { drawWhiteboard } from '@/lib/targets/whiteboard/draw';
import { labelStyle, layoutWhiteboard, type LayoutOptions } from '@/lib/targets/whiteboard/layout';
import type { WhiteboardSpec } from '@/lib/targets/whiteboard/schema';
import { turnedFlowchart } from '@/lib/targets/whiteboard/view';
import type { Box } from './geometry';
import { deckTheme } from './look';
import { embeddedVisual, type Slide, type SlidesSpec } from './schema';

/*
 * The chart, whiteboard or mermaid diagram of an embed slide: drawn in the deck's look and colours
 * (unless the embedded spec chose its own), sized for the slide, and critiqued like the visual it
 * is, its findings moved onto the slide (paths under `slides.N.visual`, boxes in slide pixels).
 */

type EmbedSlide = Extract<Slide, { layout: 'embed' }>;

/** The width:height a wrapped chain aims at inside a slide. */
const WRAP_ASPECT = 2;

/** A diagram drawn under this share of its largest scale is also tried wrapped and turned… */
const FILL_SHARE = 0.75;
/** …and drawn so when that is this much larger (the writer's direction otherwise stands). */
const TURN_GAIN = 1.2;

/** Charts are laid out this much smaller than their area and drawn scaled up: slide-sized type (15 px ticks → 19 px on 16:9). */
export const CHART_ZOOM = 1.25;

/** Diagrams are drawn scaled up to fill the slide until their labels reach this size (reference pixels). */
const MAX_DIAGRAM_LABEL_PX = 28;

/** A drawing ready to place on a slide. */
export interface EmbedDrawing {
  svg: string;
  width: number;
  height: number;
  /** The most the drawing may be scaled up (its type at slide size, no larger). */
  maxScale: number;
  /** What the critic finds once the drawing is drawn at `scale`: paths under `visual`, boxes in the drawing's units. */
  findings: (scale: number) => LintFinding[];
}

/** The colours and look an embedded visual draws with: the deck's, unless the embedded spec sets its own. */
export function embedStyle(spec: Pick<SlidesSpec, 'theme' | 'look'>, slide: EmbedSlide): { theme: Theme; look: LookTokens } {
  // The fields as sent (validated with the slide), so a theme that names only its palette keeps the deck's mode.
  const own = slide.visual as { theme?: Partial<ThemeSpec>; look?: Parameters<typeof lookTokens>[0] };
  const deck = deckTheme(own.theme && typeof own.theme === 'object' ? ({ ...spec.theme, ...own.theme } as ThemeSpec) : spec.theme, spec.look);
  return { theme: deck, look: own.look ? lookTokens(own.look) : deck.tokens };
}

/** The embed slide's visual drawn for an `area` of the slide (`slideScale`: the slide against the 1280×720 reference). */
export async function embedDrawing(spec: Pick<SlidesSpec, 'theme' | 'look' | 'locale'>, slide: EmbedSlide, area: { width: number; height: number }, slideScale = 1): Promise<EmbedDrawing> {
  const visual = embeddedVisual(slide);
  const { theme, look } = embedStyle(spec, slide);
  if (visual.kind === 'chart') {
    const zoom = CHART_ZOOM * slideScale;
    const chart = await renderChartSvg(visual.spec, theme, { width: Math.floor(area.width / zoom), height: Math.floor(area.height / zoom) }, spec.locale, look);
    return { svg: chart.svg, width: chart.width, height: chart.height, maxScale: zoom, findings: (scale) => [...chart.findings, ...smallTextFindings(chart.scene, scale, chart.locator)] };
  }
  const largest = MAX_DIAGRAM_LABEL_PX * slideScale;
  // A gantt chart is drawn as wide as the slide's body (no wider than its canvas width), so its 14 px date ticks stay 14 px on a 4:3 or square slide.
  if (visual.spec.mermaid) return mermaidDrawing(visual.spec.mermaid, theme, area, largest, { locale: spec.locale, withoutTitle: Boolean(slide.title), ganttWidth: Math.min(GANTT_WIDTH_PX, Math.floor(area.width)) });
  // The look's strokes (the whiteboard's own look, else the deck's: hand-drawn only in sketch) unless it chose a style itself.
  const board = (slide.visual as { style?: unknown }).style !== undefined ? visual.spec : { ...visual.spec, style: look.whiteboard.style };
  return boardDrawing(board, theme, area, largest);
}

/** The picture of `drawing` in `area`: scaled to fit (up to its largest scale), centred both ways. */
export function placeEmbed(area: Box, drawing: Pick<EmbedDrawing, 'width' | 'height' | 'maxScale'>): Box {
  const fit = Math.min(drawing.maxScale, area.w / drawing.width, area.h / drawing.height);
  const w = Math.floor(drawing.width * fit);
  const h = Math.floor(drawing.height * fit);
  return { x: area.x + (area.w - w) / 2, y: area.y + Math.floor((area.h - h) / 2), w, h };
}

/** The drawing's findings on slide `index`, drawn as `picture`: paths under the slide's visual, boxes in slide pixels. */
export function embedFindings(drawing: EmbedDrawing, picture: Box, index: number): LintFinding[] {
  const scale = picture.w / drawing.width;
  return drawing.findings(scale).map((finding) => ({
    ...finding,
    path: ['slides', index, 'visual', ...finding.path],
    ...(finding.box ? { box: { x: Math.round(picture.x + finding.box.x * scale), y: Math.round(picture.y + finding.box.y * scale), width: Math.round(finding.box.width * scale), height: Math.round(finding.box.height * scale) } } : {}),
  }));
}

const clipped = (findings: DiagramFinding[]): LintFinding[] => findings.map((finding) => ({ rule: 'clipped', severity: 'error', ...finding }));

function smallLabels(px: number, path: string[], drawing: { width: number; height: number }, advice: string): LintFinding[] {
  if (px >= MIN_READABLE_TEXT_PX) return [];
  return [{ rule: 'text-too-small', severity: 'error', path, box: { x: 0, y: 0, width: Math.round(drawing.width), height: Math.round(drawing.height) }, message: `the diagram's labels draw at ${px.toFixed(1)} px (below ${MIN_READABLE_TEXT_PX} px) once it is fitted into the slide; ${advice}` }];
}

const scaleIn = (area: { width: number; height: number }, largest: number) => (drawing: { width: number; height: number }) => Math.min(largest, area.width / drawing.width, area.height / drawing.height);

async function mermaidDrawing(source: string, theme: Theme, area: { width: number; height: number }, largest: number, options: { locale?: string; withoutTitle: boolean; ganttWidth: number }): Promise<EmbedDrawing> {
  // Scaled up until its largest labels (mermaid's 16 px) reach `largest`; its smallest (gantt ticks,
  // commit ids, quadrant points: measured on the page) decide whether it reads.
  const scaleOf = scaleIn(area, largest / MERMAID_LABEL_PX);
  const textPx = (drawn: { labels: Parameters<typeof smallestLabelPx>[0]; width: number; height: number }) => smallestLabelPx(drawn.labels) * scaleOf(drawn);
  let diagram = await renderMermaid(source, theme, options.locale, { withoutTitle: options.withoutTitle, ganttWidth: options.ganttWidth });
  // A flowchart too wide or tall to read, or filling under FILL_SHARE of the slide (a wide flow on a
  // square slide), is also drawn in the other direction: kept when it is drawn larger (TURN_GAIN when only the fill is at stake).
  const unreadable = textPx(diagram) < MIN_READABLE_TEXT_PX;
  const turned = unreadable || scaleOf(diagram) < (largest / MERMAID_LABEL_PX) * FILL_SHARE ? turnedFlowchart(source) : undefined;
  if (turned) {
    const other = await renderMermaid(turned, theme, options.locale, { withoutTitle: options.withoutTitle, ganttWidth: options.ganttWidth });
    if (unreadable ? textPx(other) > textPx(diagram) + 0.01 : scaleOf(other) > scaleOf(diagram) * TURN_GAIN) diagram = other;
  }
  const drawn = diagram;
  const smallest = smallestLabelPx(drawn.labels);
  const cut = clippedInMermaid(drawn);
  return {
    svg: drawn.svg,
    width: drawn.width,
    height: drawn.height,
    maxScale: largest / MERMAID_LABEL_PX,
    findings: (scale) => [...smallLabels(smallest * scale, ['mermaid'], drawn, 'use fewer or shorter nodes, or split the diagram over two slides'), ...clipped(cut)],
  };
}

/**
 * A native whiteboard whose labels would draw under MIN_READABLE_TEXT_PX once fitted into the area
 * is also laid out wrapped into rows and turned; the one drawn largest wins (its findings say what stays small).
 */
async function boardDrawing(spec: WhiteboardSpec, theme: Theme, area: { width: number; height: number }, largest: number): Promise<EmbedDrawing> {
  const size = labelStyle(spec).size;
  const scaleOf = scaleIn(area, largest / size);
  const draw = async (direction: WhiteboardSpec['direction'], options: LayoutOptions = {}) => {
    const turned = { ...spec, direction };
    const layout = await layoutWhiteboard(turned, options);
    const drawn = drawWhiteboard(turned, layout, theme);
    return { ...drawn, clipped: clippedInBoard(turned, layout, drawn) };
  };
  let board = await draw(spec.direction);
  // Unreadable: also wrapped into rows and turned. Leaving much of the slide empty (a wide flow on a
  // square slide, a long thin chain): also turned, and a plain chain wrapped to the area's shape
  // (wrapping a branching graph sends edges the long way round).
  const unreadable = size * scaleOf(board) < MIN_READABLE_TEXT_PX;
  if (unreadable || scaleOf(board) < (largest / size) * FILL_SHARE) {
    const turned = await draw(spec.direction === 'LR' ? 'TB' : 'LR');
    const wrapped = unreadable ? [await draw(spec.direction, { wrapToAspect: WRAP_ASPECT })] : isChain(spec) ? [await draw(spec.direction, { wrapToAspect: area.width / area.height })] : [];
    const candidates = [...wrapped, turned];
    const margin = unreadable ? 1.01 : TURN_GAIN;
    board = candidates.reduce((best, candidate) => (scaleOf(candidate) > scaleOf(best) * margin ? candidate : best), board);
  }
  const drawn = board;
  return {
    svg: drawn.svg,
    width: drawn.width,
    height: drawn.height,
    maxScale: largest / size,
    findings: (scale) => [...smallLabels(size * scale, ['nodes'], drawn, `it is ${Math.round(drawn.width)} px wide; use fewer or shorter nodes, or a top-to-bottom direction`), ...clipped(drawn.clipped)],
  };
}

/** A plain chain: one path through every node, no frames. */
function isChain(spec: WhiteboardSpec): boolean {
  if (spec.groups.length || spec.edges.length !== spec.nodes.length - 1) return false;
  const from = new Set(spec.edges.map((edge) => edge.from));
  const to = new Set(spec.edges.map((edge) => edge.to));
  return from.size === spec.edges.length && to.size === spec.edges.length;
}
