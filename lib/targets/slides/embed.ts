import type { Theme } from '@/lib/render/theme';
import { renderMermaid } from '@/lib/render/mermaid';
import { renderChartSvg } from '@/lib/targets/chart/view';
import { drawWhiteboard } from '@/lib/targets/whiteboard/draw';
import { layoutWhiteboard } from '@/lib/targets/whiteboard/layout';
import { embeddedVisual, type Slide } from './schema';

/** The chart or whiteboard of an embed slide as SVG sized for the slide (used by the slide view and the PPTX). */
export async function embedSvg(slide: Extract<Slide, { layout: 'embed' }>, theme: Theme, size: { width: number; height: number }, locale?: string) {
  const visual = embeddedVisual(slide);
  if (visual.kind === 'chart') return renderChartSvg(visual.spec, theme, size, locale);
  if (visual.spec.mermaid) return renderMermaid(visual.spec.mermaid, theme, locale);
  return drawWhiteboard(visual.spec, await layoutWhiteboard(visual.spec), theme);
}
