import { heldbackCharts } from './charts';
import { heldbackInfographics } from './infographics';
import { heldbackDecks } from './slides';
import { heldbackWhiteboards } from './whiteboards';
import type { HeldbackSpec } from './types';

export type { HeldbackSpec } from './types';

/**
 * Issue 14's held-back set: realistic specs of the kind a model writes for everyday questions
 * (every kind, CJK and emoji, long labels, limits, dark mode, every palette, aspect and look),
 * written without looking at the stress set, reviewed by eye in docs/heldback-review.md.
 */
export const heldbackSet: HeldbackSpec[] = [...heldbackInfographics, ...heldbackCharts, ...heldbackDecks, ...heldbackWhiteboards];
