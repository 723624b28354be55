import { defineTarget } from '@/lib/targets/define-target';
import { chartSpecSchema } from './schema';
import { renderChart } from './view';
import { chartAlt } from './alt';
import { chartExamples } from './examples';
import { chartTable } from './table';

export const chartTarget = defineTarget({
  kind: 'chart',
  description:
    'A chart of numeric data: bar, horizontal/grouped/stacked bar, line, multi-line, area, stacked area, pie, donut, scatter, bubble, histogram, heatmap, bar+line combo — or any Vega-Lite spec.',
  schema: chartSpecSchema,
  size: { width: 1200 },
  version: 5,
  render: renderChart,
  alt: chartAlt,
  examples: chartExamples,
  table: chartTable,
});
