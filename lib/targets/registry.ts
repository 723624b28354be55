import { infographicTarget } from './infographic';
import { chartTarget } from './chart';
import { slidesTarget } from './slides';
import { whiteboardTarget } from './whiteboard';

/**
 * The ONLY list of render targets. The spec union, JSON Schema, docs, examples and routes all
 * derive from it.
 */
export const targets = [infographicTarget, chartTarget, slidesTarget, whiteboardTarget] as const;

export type Target = (typeof targets)[number];
export type VisualKind = Target['kind'];
