import { MIN_READABLE_TEXT_PX } from '@/lib/lint/finding';
import type { Theme } from '@/lib/render/theme';
import { renderMermaid } from '@/lib/render/mermaid';
import { renderChartSvg } from '@/lib/targets/chart/view';
import { drawWhiteboard } from '@/lib/targets/whiteboard/draw';
import { labelStyle, layoutWhiteboard, type LayoutOptions } from '@/lib/targets/whiteboard/layout';
import type { WhiteboardSpec } from '@/lib/targets/whiteboard/schema';
import { embeddedVisual, type Slide } from './schema';

/** The width:height a wrapped chain aims at inside a slide. */
const WRAP_ASPECT = 2;

/**
 * The chart or whiteboard of an embed slide as SVG sized for the slide (used by the slide view and the PPTX).
 * A native whiteboard whose labels would draw under MIN_READABLE_TEXT_PX once scaled into `size` is
 * also laid out wrapped into rows and turned; the one drawn largest wins (the critic reports what stays small).
 */
export async function embedSvg(slide: Extract<Slide, { layout: 'embed' }>, theme: Theme, size: { width: number; height: number }, locale?: string) {
  const visual = embeddedVisual(slide);
  if (visual.kind === 'chart') return renderChartSvg(visual.spec, theme, size, locale);
  if (visual.spec.mermaid) return renderMermaid(visual.spec.mermaid, theme, locale);
  return readableBoard(visual.spec, theme, size);
}

async function readableBoard(spec: WhiteboardSpec, theme: Theme, size: { width: number; height: number }) {
  const scaleOf = (drawing: { width: number; height: number }) => Math.min(1, size.width / drawing.width, size.height / drawing.height);
  const draw = async (direction: WhiteboardSpec['direction'], options: LayoutOptions = {}) => {
    const turned = { ...spec, direction };
    return drawWhiteboard(turned, await layoutWhiteboard(turned, options), theme);
  };
  const first = await draw(spec.direction);
  if (labelStyle(spec).size * scaleOf(first) >= MIN_READABLE_TEXT_PX) return first;
  const candidates = [await draw(spec.direction, { wrapToAspect: WRAP_ASPECT }), await draw(spec.direction === 'LR' ? 'TB' : 'LR')];
  return candidates.reduce((best, candidate) => (scaleOf(candidate) > scaleOf(best) + 0.01 ? candidate : best), first);
}
