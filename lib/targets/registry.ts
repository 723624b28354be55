import { infographicTarget } from './infographic';
import { chartTarget } from './chart';

/**
 * The ONLY list of render targets. The spec union, JSON Schema, docs, examples and routes all
 * derive from it. Planned kinds (their names are fixed): slides, whiteboard.
 */
export const targets = [infographicTarget, chartTarget] as const;

export type Target = (typeof targets)[number];
export type VisualKind = Target['kind'];
