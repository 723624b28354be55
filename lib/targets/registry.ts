import { infographicTarget } from './infographic';
import { chartTarget } from './chart';
import { slidesTarget } from './slides';

/**
 * The ONLY list of render targets. The spec union, JSON Schema, docs, examples and routes all
 * derive from it. Planned kind (its name is fixed): whiteboard.
 */
export const targets = [infographicTarget, chartTarget, slidesTarget] as const;

export type Target = (typeof targets)[number];
export type VisualKind = Target['kind'];
