import type { Locator } from './critic';
import type { SceneMark, SceneText } from './scene';
import type { ChartSpec } from './schema';

/** Every compact row carries its index, so a mark or label can name the row it came from. */
export const ROW = '__glimpse_row';

type Path = (string | number)[];

const ANNOTATION = /^annotation_(\d+)_/;
const USER_LAYER = /^layer_(\d+)_/;

const DESCRIPTIONS: Record<string, string> = {
  'axis-label': 'axis label',
  'axis-title': 'axis title',
  'legend-label': 'legend label',
  'legend-title': 'legend title',
  title: 'title',
};

/** Where a chart's text runs and marks come from in its spec (compact layers are named in compile.ts). */
export function chartLocator(spec: ChartSpec): Locator {
  const dataKey = spec.columns ? 'columns' : 'data';
  const rowPath = (what: SceneText | SceneMark, field?: string): Path => {
    const row = what.datum[ROW];
    if (typeof row !== 'number') return [dataKey];
    return dataKey === 'columns' ? ['columns', field ?? Object.keys(spec.columns ?? {})[0] ?? 'label', row] : ['data', row, ...(field ? [field] : [])];
  };
  if (spec.vegaLite) {
    return {
      path: (what) => {
        const layer = USER_LAYER.exec(what.name);
        if (layer) return ['vegaLite', 'layer', Number(layer[1])];
        return 'role' in what && what.role !== 'mark' ? ['vegaLite', 'encoding'] : ['vegaLite'];
      },
      describe: (text) => DESCRIPTIONS[text.role] ?? 'text',
    };
  }
  return {
    path: (what) => {
      const annotation = ANNOTATION.exec(what.name);
      if (annotation) return ['annotations', Number(annotation[1]), ...('role' in what && what.name.endsWith('label_marks') ? ['label'] : [])];
      if (!('role' in what)) return rowPath(what);
      if (what.role === 'axis-title') {
        if (what.text === spec.xTitle) return ['xTitle'];
        if (what.text === spec.yTitle) return ['yTitle'];
        if (what.text === spec.lineTitle) return ['lineTitle'];
        return [dataKey];
      }
      if (what.name.startsWith('point_labels')) return rowPath(what, 'label');
      if (what.role === 'mark') return ['labels'];
      return [dataKey];
    },
    describe: (text) => {
      if (text.role !== 'mark') return DESCRIPTIONS[text.role] ?? 'text';
      if (ANNOTATION.test(text.name)) return 'annotation label';
      return text.name.startsWith('point_labels') ? 'point label' : 'value label';
    },
  };
}
