import * as vega from 'vega';
import * as vegaLite from 'vega-lite';
import { GlimpseError } from '@/lib/errors';
import { measureText } from '@/lib/render/text-paths';
import { svgSize } from '@/lib/render/svg-meta';
import { outlineSvgText, stripExternalHrefs } from '@/lib/render/svg-text';
import { MAX_CHART_VIEWS } from '@/lib/limits';
import { tooManyViews } from './budgets';
import { isAllowedDataUrl } from './data-urls';
import { readScene, type Scene, type SceneNode as LaidNode, type SceneText } from './scene';
import { moveValueLabelsOffRules, placeEndLabels, placePointLabels } from './place-labels';

/*
 * Vega measures text to place labels and legends. Without a canvas it estimates (0.8em per
 * character, badly wrong for CJK); give it the same fonts we draw with instead.
 */
const metrics = (vega as unknown as { textMetrics: unknown }).textMetrics as { width: (item: { fontSize?: number; fontWeight?: string | number }, text: string) => number };
metrics.width = (item, text) =>
  measureText(String(text ?? ''), { size: Number(item.fontSize ?? 11), weight: item.fontWeight === 'bold' ? 700 : Number(item.fontWeight ?? 400) || 400 });

/** A Vega loader that refuses files and every URL outside the allowlist (a second line behind refusedUrls). */
function sandboxedLoader(refused: string[]) {
  const loader = vega.loader({ mode: 'http' });
  const sanitize = loader.sanitize.bind(loader);
  loader.sanitize = async (uri, options) => {
    if (!isAllowedDataUrl(uri)) {
      refused.push(uri);
      throw new Error(`data URL "${uri}" is not allowed`);
    }
    return sanitize(uri, options);
  };
  return loader;
}

interface SceneNode {
  marktype?: string;
  role?: string;
  items?: SceneNode[];
}

/** Views in a laid-out scenegraph: each repeat, facet or concat cell is a group mark with role "scope". */
function scopeCount(node: SceneNode): number {
  const own = node.marktype === 'group' && node.role === 'scope' ? (node.items?.length ?? 0) : 0;
  return own + (node.items ?? []).reduce((sum, child) => sum + scopeCount(child), 0);
}

export interface VegaSvg {
  svg: string;
  width: number;
  height: number;
  /** What the view drew (texts and data marks), for the chart's layout critic. */
  scene: Scene;
  /** Point labels left out for want of a free place beside their point. */
  hidden: SceneText[];
  /** Whether the lines' end labels were placed clear of each other (undefined: the chart has none). */
  endLabelsFit?: boolean;
}

/** Vega-Lite → Vega → SVG with outlined text. Errors from the user's spec become 400s naming `vegaLite`. */
export async function renderVegaLite(spec: Record<string, unknown>, config: Record<string, unknown>, options: { userSpec: boolean; locale?: string }): Promise<VegaSvg> {
  const warnings: string[] = [];
  const logger = { level: () => logger, error: (...args: unknown[]) => warnings.push(args.join(' ')), warn: (...args: unknown[]) => warnings.push(args.join(' ')), info: () => logger, debug: () => logger };
  let view: vega.View | undefined;
  const refused: string[] = [];
  try {
    const compiled = vegaLite.compile(spec as unknown as vegaLite.TopLevelSpec, { config: config as vegaLite.Config, logger: logger as never }).spec;
    view = new vega.View(vega.parse(compiled), { renderer: 'none', loader: sandboxedLoader(refused) as never, logLevel: vega.Error });
    await view.runAsync();
    // Facets over fields that transforms make are only known now: count the views laid out before drawing them.
    const views = scopeCount((view.scenegraph() as unknown as { root: SceneNode }).root);
    if (views > MAX_CHART_VIEWS) throw new GlimpseError('too_large', `vegaLite: ${tooManyViews(views)}`, { issues: [{ path: ['vegaLite'], message: tooManyViews(views) }] });
    // The SVG draws the view at its origin plus the padding: scene boxes are in the SVG's coordinates.
    const origin = view.origin() as [number, number];
    const padding = view.padding() as { left?: number; top?: number };
    const scene = readScene((view.scenegraph() as unknown as { root: LaidNode }).root, [origin[0] + (padding.left ?? 0), origin[1] + (padding.top ?? 0)]);
    const hidden = placePointLabels(scene);
    moveValueLabelsOffRules(scene);
    const endLabelsFit = placeEndLabels(scene);
    const svg = await view.toSVG();
    if (refused.length > 0) {
      const message = `data URL "${refused[0]}" is refused: only hosts in GLIMPSE_CHART_DATA_HOSTS may be loaded`;
      throw new GlimpseError('invalid_spec', message, { issues: [{ path: ['vegaLite'], message }] });
    }
    return { svg: stripExternalHrefs(outlineSvgText(svg, options.locale)), ...svgSize(svg), scene, hidden, ...(endLabelsFit === undefined ? {} : { endLabelsFit }) };
  } catch (error) {
    if (error instanceof GlimpseError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    if (!options.userSpec) throw new GlimpseError('render_failed', `chart compile failed: ${message}`, { cause: error });
    throw new GlimpseError('invalid_spec', `vegaLite: ${message}`, { issues: [{ path: ['vegaLite'], message }], cause: error });
  } finally {
    view?.finalize();
  }
}
