import { defineTarget } from '@/lib/targets/define-target';
import { infographicSpecSchema } from './schema';
import { renderInfographic } from './view';
import { infographicAlt } from './alt';
import { infographicExamples } from './examples';

export const infographicTarget = defineTarget({
  kind: 'infographic',
  description:
    'A single-canvas infographic: stat cards, icon lists, steps, timelines, comparisons, pros/cons, funnels, progress bars/rings, quotes, callouts, key-value tables and text.',
  schema: infographicSpecSchema,
  size: { width: 1200 },
  version: 3,
  render: renderInfographic,
  alt: infographicAlt,
  examples: infographicExamples,
});
