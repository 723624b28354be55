import { lookTokens, type LookTokens } from '@/lib/looks/tokens';
import { extendSeries } from '@/lib/render/series-colors';
import type { ReactElement } from 'react';
import { GlimpseError } from '@/lib/errors';
import { MIN_CHART_HEIGHT } from '@/lib/limits';
import { prefixSvgIds } from '@/lib/render/svg-text';
import type { RenderContext } from '@/lib/targets/define-target';
import type { Theme } from '@/lib/render/theme';
import { canvasStyle, VisualFooter, VisualHeader } from '@/lib/targets/shared/header';
import { fixedWords } from '@/lib/render/words';
import { compileCompact, type ChartSize, type VegaLiteSpec } from './compile';
import type { ChartSpec } from './schema';
import { vegaConfig } from './vega-config';
import { withTimeFormats } from './time-formats';
import { renderVegaLite } from './vega';
import { clippedTextFindings, overlapFindings, smallTextFindings, textsOverlap } from './critic';
import type { Scene } from './scene';
import { chartLocator } from './locate';
import type { LintFinding } from '@/lib/lint/finding';

const COMPOSITE_KEYS = ['facet', 'repeat', 'concat', 'hconcat', 'vconcat'];
/** How much larger than its own layout a composite Vega-Lite chart may be drawn. */
const MAX_COMPOSITE_GROWTH = 2;

function Frame({ spec, context, chart, padding }: { spec: ChartSpec; context: RenderContext; chart: ReactElement | null; padding: number }) {
  const contentWidth = context.width - padding * 2;
  const footer = [spec.source ? fixedWords(context.locale).source(spec.source) : undefined, spec.footer].filter((line): line is string => Boolean(line));
  return (
    <div style={canvasStyle(context, padding, chart ? context.height : undefined)}>
      <VisualHeader title={spec.title} subtitle={spec.subtitle} context={context} marginBottom={28} />
      {chart}
      <VisualFooter lines={footer} context={context} contentWidth={contentWidth} />
    </div>
  );
}

const isComposite = (vegaLite: VegaLiteSpec) => COMPOSITE_KEYS.some((key) => key in vegaLite);

/**
 * A user's Vega-Lite spec: a single view fills the plot area whatever size it asks for (a spec's
 * 480×300 is its own page's, not this canvas's); composites keep their layout and are scaled to fit.
 * Time axes it left unformatted get Glimpse's date formats.
 */
function sizedUserSpec(vegaLite: VegaLiteSpec, size: ChartSize): VegaLiteSpec {
  const formatted = withTimeFormats(vegaLite);
  if (isComposite(formatted)) return formatted;
  return { ...formatted, width: size.width, height: size.height, autosize: { type: 'fit', contains: 'padding' } };
}

/** Views of a user's hconcat/vconcat sized to share the plot area (other composites keep Vega-Lite's defaults). */
function compositeView(vegaLite: VegaLiteSpec, size: ChartSize): Record<string, number> | undefined {
  const across = Array.isArray(vegaLite.hconcat) ? vegaLite.hconcat.length : 1;
  const down = Array.isArray(vegaLite.vconcat) ? vegaLite.vconcat.length : 1;
  if (across === 1 && down === 1) return undefined;
  // Each view's axes and gaps take about this much beside it.
  const width = Math.max(120, Math.floor(size.width / across) - 90);
  const height = Math.max(120, Math.floor(size.height / down) - 70);
  return { continuousWidth: width, discreteWidth: width, continuousHeight: height, discreteHeight: height };
}

/** Discrete x labels of a user's spec: horizontal, turned 45° only when they collide so, 90° (some left out) when even that collides. */
const LABEL_ANGLES = [
  { labelAngle: 0, labelOverlap: false },
  { labelAngle: -45, labelAlign: 'right', labelBaseline: 'top', labelOverlap: false },
  { labelAngle: -90, labelAlign: 'right', labelBaseline: 'middle', labelOverlap: true },
];

const axisLabelsCollide = (scene: Scene) => {
  const labels = scene.texts.filter((text) => text.role === 'axis-label');
  return labels.some((label, index) => labels.slice(index + 1).some((other) => textsOverlap(label, other)));
};


/** A chart spec drawn at `size` with `theme`'s colours: SVG with outlined text and ids unique to this drawing. */
export async function renderChartSvg(spec: ChartSpec, theme: Theme, size: ChartSize, locale?: string, look: LookTokens = lookTokens(spec.look)) {
  const colors = spec.colors ? extendSeries(spec.colors, theme.background) : theme.accents;
  const config = vegaConfig(theme, colors, look);
  // A copy: Vega tags the data rows it ingests (a Symbol key), which must not reach the spec (a deck renders it again, per page and format).
  const compact = (endLabels: boolean) => compileCompact(spec as ChartSpec & { type: NonNullable<ChartSpec['type']> }, theme, size, look, { endLabels });
  let vegaLite = spec.vegaLite ? sizedUserSpec(structuredClone(spec.vegaLite), size) : compact(true);
  const view = spec.vegaLite ? compositeView(spec.vegaLite, size) : undefined;
  const draw = (axisXDiscrete: Record<string, unknown>) => renderVegaLite(vegaLite, { ...config, axisXDiscrete, ...(view ? { view: { ...(config.view as object), ...view } } : {}) }, { userSpec: Boolean(spec.vegaLite), locale: spec.locale ?? locale });
  let chart = await draw(LABEL_ANGLES[0] as Record<string, unknown>);
  // Lines named at their ends that could not be kept apart: the legend instead.
  if (chart.endLabelsFit === false) {
    vegaLite = compact(false);
    chart = await draw(LABEL_ANGLES[0] as Record<string, unknown>);
  }
  for (const angle of LABEL_ANGLES.slice(1)) if (spec.vegaLite && axisLabelsCollide(chart.scene)) chart = await draw(angle);
  const locator = chartLocator(spec);
  const findings: LintFinding[] = [
    ...overlapFindings(chart.scene, locator),
    ...clippedTextFindings(chart.scene, chart, locator),
    ...chart.hidden.map((label) => ({ rule: 'overlap', severity: 'warning' as const, path: locator.path(label), message: `the point label "${label.text}" is left out: every place beside its point is taken; shorten the labels or label fewer points` })),
  ];
  // Ids only need to be unique within one output document; a deterministic prefix keeps renders pure.
  return { svg: prefixSvgIds(chart.svg, `chart-${size.width}x${size.height}-`), width: chart.width, height: chart.height, findings, scene: chart.scene, locator };
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
  // Composite Vega-Lite keeps its own layout: drawn up to twice its size to fill the canvas.
  const grow = spec.vegaLite && isComposite(spec.vegaLite) ? MAX_COMPOSITE_GROWTH : 1;
  const scale = Math.min(grow, contentWidth / chart.width, context.height || grow > 1 ? plotHeight / chart.height : 1);
  const width = Math.floor(chart.width * scale);
  const height = Math.floor(chart.height * scale);
  const findings = [...chart.findings, ...smallTextFindings(chart.scene, scale, chart.locator)];
  if (findings.length > 0) {
    // The critic's boxes are the chart's own: move them to where the picture sits on the canvas.
    const header = await context.measure(
      <div style={canvasStyle(context, padding, undefined)}>
        <VisualHeader title={spec.title} subtitle={spec.subtitle} context={context} marginBottom={28} />
      </div>,
    );
    const left = padding + (contentWidth - width) / 2;
    const top = header.height - padding;
    for (const finding of findings) {
      const box = finding.box && { x: Math.round(left + finding.box.x * scale), y: Math.round(top + finding.box.y * scale), width: Math.round(finding.box.width * scale), height: Math.round(finding.box.height * scale) };
      context.report({ ...finding, ...(box ? { box } : {}) });
    }
  }
  const source = `data:image/svg+xml;base64,${Buffer.from(chart.svg).toString('base64')}`;
  const image = (
    <div style={{ display: 'flex', justifyContent: 'center', width: contentWidth }}>
      {/* eslint-disable-next-line @next/next/no-img-element -- satori draws <img> */}
      <img src={source} width={width} height={height} alt="" style={{ width, height }} />
    </div>
  );
  return <Frame spec={spec} context={context} chart={image} padding={padding} />;
}
