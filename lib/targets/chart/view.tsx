import { lookTokens, type LookTokens } from '@/lib/looks/tokens';
import { extendSeries } from '@/lib/render/series-colors';
import type { ReactElement } from 'react';
import { GlimpseError } from '@/lib/errors';
import { MIN_CHART_HEIGHT } from '@/lib/limits';
import { prefixSvgIds } from '@/lib/render/svg-text';
import type { RenderContext } from '@/lib/targets/define-target';
import type { Theme } from '@/lib/render/theme';
import { canvasStyle, VisualFooter, VisualHeader } from '@/lib/targets/shared/header';
import { compileCompact, type ChartSize, type VegaLiteSpec } from './compile';
import type { ChartSpec } from './schema';
import { vegaConfig } from './vega-config';
import { renderVegaLite } from './vega';

const COMPOSITE_KEYS = ['facet', 'repeat', 'concat', 'hconcat', 'vconcat'];

function Frame({ spec, context, chart, padding }: { spec: ChartSpec; context: RenderContext; chart: ReactElement | null; padding: number }) {
  const contentWidth = context.width - padding * 2;
  const footer = [spec.source ? `Source: ${spec.source}` : undefined, spec.footer].filter((line): line is string => Boolean(line));
  return (
    <div style={canvasStyle(context, padding, chart ? context.height : undefined)}>
      <VisualHeader title={spec.title} subtitle={spec.subtitle} context={context} marginBottom={28} />
      {chart}
      <VisualFooter lines={footer} context={context} contentWidth={contentWidth} />
    </div>
  );
}

/** A user's Vega-Lite spec: single views without a size fill the plot area; composites keep their own layout. */
function sizedUserSpec(vegaLite: VegaLiteSpec, size: ChartSize): VegaLiteSpec {
  const composite = COMPOSITE_KEYS.some((key) => key in vegaLite);
  if (composite || 'width' in vegaLite || 'height' in vegaLite) return vegaLite;
  return { ...vegaLite, width: size.width, height: size.height, autosize: { type: 'fit', contains: 'padding' } };
}


/** A chart spec drawn at `size` with `theme`'s colours: SVG with outlined text and ids unique to this drawing. */
export async function renderChartSvg(spec: ChartSpec, theme: Theme, size: ChartSize, locale?: string, look: LookTokens = lookTokens(spec.look)) {
  const colors = spec.colors ? extendSeries(spec.colors, theme.background) : theme.accents;
  const config = vegaConfig(theme, colors, look);
  const vegaLite = spec.vegaLite ? sizedUserSpec(spec.vegaLite, size) : compileCompact(spec as ChartSpec & { type: NonNullable<ChartSpec['type']> }, theme, size);
  const chart = await renderVegaLite(vegaLite, config, { userSpec: Boolean(spec.vegaLite), locale: spec.locale ?? locale });
  // Ids only need to be unique within one output document; a deterministic prefix keeps renders pure.
  return { ...chart, svg: prefixSvgIds(chart.svg, `chart-${size.width}x${size.height}-`) };
}

export async function renderChart(spec: ChartSpec, context: RenderContext): Promise<ReactElement> {
  const padding = context.width < 700 ? 32 : 48;
  const contentWidth = context.width - padding * 2;
  let plotHeight = Math.round(Math.min(640, Math.max(260, contentWidth * 0.52)));
  if (context.height) {
    const chrome = await context.measure(<Frame spec={spec} context={context} chart={null} padding={padding} />);
    plotHeight = Math.floor(context.height - chrome.height);
    if (plotHeight < MIN_CHART_HEIGHT) {
      const message = `height ${context.height}px leaves ${plotHeight}px for the chart (at least ${MIN_CHART_HEIGHT}px, MIN_CHART_HEIGHT); raise height or shorten the title`;
      throw new GlimpseError('content_overflow', message, { issues: [{ path: ['height'], message }] });
    }
  }
  const size = { width: contentWidth, height: plotHeight };
  const chart = await renderChartSvg(spec, context.theme, size);
  const scale = Math.min(1, contentWidth / chart.width, context.height ? plotHeight / chart.height : 1);
  const width = Math.floor(chart.width * scale);
  const height = Math.floor(chart.height * scale);
  const source = `data:image/svg+xml;base64,${Buffer.from(chart.svg).toString('base64')}`;
  const image = (
    <div style={{ display: 'flex', justifyContent: 'center', width: contentWidth }}>
      {/* eslint-disable-next-line @next/next/no-img-element -- satori draws <img> */}
      <img src={source} width={width} height={height} alt="" style={{ width, height }} />
    </div>
  );
  return <Frame spec={spec} context={context} chart={image} padding={padding} />;
}
