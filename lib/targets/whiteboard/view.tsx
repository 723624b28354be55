import type { ReactElement } from 'react';
import type { RenderContext } from '@/lib/targets/define-target';
import { canvasStyle, VisualFooter, VisualHeader } from '@/lib/targets/shared/header';
import { renderMermaid } from '@/lib/render/mermaid';
import { drawWhiteboard } from './draw';
import { layoutWhiteboard } from './layout';
import type { WhiteboardSpec } from './schema';

/** The diagram (laid out by elkjs, drawn by rough.js) framed with the shared title and footer. */
export async function renderWhiteboard(spec: WhiteboardSpec, context: RenderContext): Promise<ReactElement> {
  const padding = context.width < 700 ? 32 : 48;
  const contentWidth = context.width - padding * 2;
  const diagram = spec.mermaid ? await renderMermaid(spec.mermaid, context.theme, spec.locale) : drawWhiteboard(spec, await layoutWhiteboard(spec), context.theme);
  const scale = Math.min(1, contentWidth / diagram.width);
  const width = Math.floor(diagram.width * scale);
  const height = Math.floor(diagram.height * scale);
  const source = `data:image/svg+xml;base64,${Buffer.from(diagram.svg).toString('base64')}`;
  return (
    <div style={canvasStyle(context, padding, context.height)}>
      <VisualHeader title={spec.title} subtitle={spec.subtitle} context={context} marginBottom={24} />
      <div style={{ display: 'flex', justifyContent: 'center', width: contentWidth }}>
        {/* eslint-disable-next-line @next/next/no-img-element -- satori draws <img> */}
        <img src={source} width={width} height={height} alt="" style={{ width, height }} />
      </div>
      <VisualFooter lines={spec.footer ? [spec.footer] : []} context={context} contentWidth={contentWidth} />
    </div>
  );
}
