import { infographicTarget } from './infographic';

/**
 * The ONLY list of render targets. The spec union, JSON Schema, docs, examples and routes all
 * derive from it. Planned kinds (their names are fixed): slides, chart, whiteboard.
 */
export const targets = [infographicTarget] as const;

export type Target = (typeof targets)[number];
export type VisualKind = Target['kind'];
