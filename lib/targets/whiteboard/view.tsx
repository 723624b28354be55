import type { ReactElement } from 'react';
import type { RenderContext } from '@/lib/targets/define-target';
import { canvasStyle, VisualFooter, VisualHeader } from '@/lib/targets/shared/header';
import { renderMermaid } from '@/lib/render/mermaid';
import { smallestLabelPx } from '@/lib/render/mermaid/labels';
import { drawWhiteboard } from './draw';
import { clippedInBoard, clippedInMermaid } from './clipped';
import { labelStyle, layoutNodeWidths, layoutWhiteboard, NODE_GAP_PX, type LayoutOptions } from './layout';
import { MIN_READABLE_TEXT_PX } from '@/lib/lint/finding';
import { MAX_HEIGHT } from '@/lib/limits';
import type { WhiteboardSpec } from './schema';


/**
 * The diagram drawn so its labels stay readable once it is scaled into the canvas: a native diagram
 * whose labels would shrink below MIN_READABLE_TEXT_PX in its direction (a long chain left to right)
 * is also laid out wrapped into rows, and turned; the most readable one that fits MAX_HEIGHT is drawn.
 */
async function readableDiagram(spec: WhiteboardSpec, context: RenderContext, contentWidth: number) {
  const scaleOf = (diagram: { width: number }) => Math.min(1, contentWidth / diagram.width);
  if (spec.mermaid) {
    let diagram = await renderMermaid(spec.mermaid, context.theme, spec.locale, { withoutTitle: true });
    // A flowchart too wide to read (a broad tree top to bottom) is also drawn in the other direction.
    // Its smallest label decides (mermaid draws most at 16 px; gantt ticks, commit ids, quadrant points smaller).
    const textPx = (drawn: typeof diagram) => smallestLabelPx(drawn.labels) * scaleOf(drawn);
    const turned = textPx(diagram) < MIN_READABLE_TEXT_PX ? turnedFlowchart(spec.mermaid) : undefined;
    if (turned) {
      const other = await renderMermaid(turned, context.theme, spec.locale, { withoutTitle: true });
      const room = (context.height ?? MAX_HEIGHT) - DIAGRAM_CHROME_PX;
      if (scaleOf(other) > scaleOf(diagram) + 0.01 && other.height * scaleOf(other) <= room) diagram = other;
    }
    return { diagram, textPx: textPx(diagram), title: diagram.title, clipped: clippedInMermaid(diagram) };
  }
  const size = labelStyle(spec).size;
  const draw = async (direction: WhiteboardSpec['direction'], options: LayoutOptions = {}) => {
    const turned = { ...spec, direction };
    const layout = await layoutWhiteboard(turned, options);
    const drawn = drawWhiteboard(turned, layout, context.theme);
    return { ...drawn, clipped: clippedInBoard(turned, layout, drawn) };
  };
  const first = await draw(spec.direction);
  if (size * scaleOf(first) >= MIN_READABLE_TEXT_PX) return { diagram: first, textPx: size * scaleOf(first), clipped: first.clipped };
  // Wrapped into rows first (it keeps the flow's direction and fills the canvas), then turned.
  const room = (context.height ?? MAX_HEIGHT) - DIAGRAM_CHROME_PX;
  const best = (candidates: Awaited<ReturnType<typeof draw>>[], start: Awaited<ReturnType<typeof draw>>) => candidates.filter((candidate) => candidate.height * scaleOf(candidate) <= room).reduce((chosen, candidate) => (scaleOf(candidate) > scaleOf(chosen) + 0.01 ? candidate : chosen), start);
  let diagram = best([await draw(spec.direction, { wrapToAspect: WRAP_ASPECT }), await draw(spec.direction === 'LR' ? 'TB' : 'LR')], first);
  if (size * scaleOf(diagram) >= MIN_READABLE_TEXT_PX) return { diagram, textPx: size * scaleOf(diagram), clipped: diagram.clipped };
  // A wide graph (forty nodes, branching): top to bottom with at most a few nodes per row, deeper
  // instead of wider: about half as many per row as would fit at a readable size (the edges'
  // bend points take room in the rows too), and one more.
  const nodeWidth = layoutNodeWidths(spec).reduce((sum, width) => sum + width, 0) / spec.nodes.length;
  const fit = Math.floor((contentWidth * (size / MIN_READABLE_TEXT_PX)) / (nodeWidth + NODE_GAP_PX));
  const bounded = [];
  for (const layerBound of [...new Set([Math.max(2, Math.ceil(fit / 2)), Math.max(3, Math.ceil(fit / 2) + 1)])]) bounded.push(await draw('TB', { layerBound }));
  diagram = best(bounded, diagram);
  return { diagram, textPx: size * scaleOf(diagram), clipped: diagram.clipped };
}

const FLOWCHART_HEADER = /^(\s*(?:%%[^\n]*\n\s*)*(?:flowchart|graph)[ \t]+)(TB|TD|BT|LR|RL)\b/;

/** A mermaid flowchart's source with its direction turned (TB ↔ LR), or undefined for any other diagram. */
export function turnedFlowchart(source: string): string | undefined {
  if (!FLOWCHART_HEADER.test(source)) return undefined;
  return source.replace(FLOWCHART_HEADER, (_whole, head: string, direction: string) => head + (direction === 'LR' || direction === 'RL' ? 'TB' : 'LR'));
}

/** The width:height a wrapped chain aims at: rows across a landscape canvas. */
const WRAP_ASPECT = 2;

const words = (text: string) => text.toLocaleLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
/**
 * Whether the diagram's own title says something the spec's does not: a word the spec's title
 * lacks ("Website relaunch" under "Website relaunch plan" says nothing more; it was drawn twice).
 */
export function saysMore(diagramTitle: string, title: string): boolean {
  const [own, spec] = [words(diagramTitle), words(title)];
  if (!own || spec.includes(own)) return false;
  const known = new Set(spec.split(' '));
  return own.split(' ').some((word) => !known.has(word));
}

/** Space between the header and the diagram. */
const HEADER_GAP_PX = 24;

/** Room the title, subtitle, footer and padding take around the diagram, at most. */
const DIAGRAM_CHROME_PX = 320;

/** The diagram (laid out by elkjs, drawn by rough.js) framed with the shared title and footer. */
export async function renderWhiteboard(spec: WhiteboardSpec, context: RenderContext): Promise<ReactElement> {
  const padding = context.width < 700 ? 32 : 48;
  const contentWidth = context.width - padding * 2;
  const { diagram, textPx, title: diagramTitle, clipped } = await readableDiagram(spec, context, contentWidth);
  // One title: the spec's. The diagram's own, where it says more, becomes the subtitle.
  const subtitle = spec.subtitle ?? (diagramTitle && saysMore(diagramTitle, spec.title) ? diagramTitle : undefined);
  if (textPx < MIN_READABLE_TEXT_PX) {
    context.report({
      rule: 'text-too-small',
      severity: 'error',
      path: spec.mermaid ? ['mermaid'] : ['nodes'],
      message: `labels draw at ${textPx.toFixed(1)} px (below ${MIN_READABLE_TEXT_PX} px): the diagram is ${Math.round(diagram.width)} px wide for ${contentWidth} px; use fewer or shorter nodes, or split it into several diagrams`,
    });
  }
  const scale = Math.min(1, contentWidth / diagram.width);
  const width = Math.floor(diagram.width * scale);
  const height = Math.floor(diagram.height * scale);
  if (clipped.length) {
    // Boxes on the canvas: the diagram is centred under the header, scaled by `scale`.
    const header = await context.measure(
      <div style={{ display: 'flex', flexDirection: 'column', width: contentWidth }}>
        <VisualHeader title={spec.title} subtitle={subtitle} context={context} marginBottom={0} />
      </div>,
    );
    const left = padding + (contentWidth - width) / 2;
    const top = padding + header.height + HEADER_GAP_PX;
    for (const finding of clipped) {
      const box = { x: Math.round(left + finding.box.x * scale), y: Math.round(top + finding.box.y * scale), width: Math.round(finding.box.width * scale), height: Math.round(finding.box.height * scale) };
      context.report({ rule: 'clipped', severity: 'error', path: finding.path, message: finding.message, box });
    }
  }
  const source = `data:image/svg+xml;base64,${Buffer.from(diagram.svg).toString('base64')}`;
  return (
    <div style={canvasStyle(context, padding, context.height)}>
      <VisualHeader title={spec.title} subtitle={subtitle} context={context} marginBottom={HEADER_GAP_PX} />
      <div style={{ display: 'flex', justifyContent: 'center', width: contentWidth }}>
        {/* eslint-disable-next-line @next/next/no-img-element -- satori draws <img> */}
        <img src={source} width={width} height={height} alt="" style={{ width, height }} />
      </div>
      <VisualFooter lines={spec.footer ? [spec.footer] : []} context={context} contentWidth={contentWidth} />
    </div>
  );
}
