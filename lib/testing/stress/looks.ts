import { HARD_CASES, LOOK_SAMPLES } from '@/lib/looks/gallery';
import { LOOK_NAMES } from '@/lib/looks/tokens';
import { stressInfographics } from './infographics';

/**
 * The looks stress set (issue 14): every look × target — the gallery's samples (an infographic,
 * a deck, a chart, a whiteboard in each look), its hard cases, and the infographic stress groups
 * drawn in each look (long labels, CJK, emoji, dark, every palette). No `error` wanted.
 */
export const stressLooks = [
  ...LOOK_SAMPLES.flatMap(({ samples }) => samples.filter((sample) => !sample.name.endsWith('section-slide'))).map((sample) => ({ name: `stress-look-${sample.name}`, spec: sample.spec })),
  ...HARD_CASES.map((sample) => ({ name: `stress-hard-${sample.name}`, spec: sample.spec })),
  ...LOOK_NAMES.filter((look) => look !== 'clean').flatMap((look) => stressInfographics.map((example) => ({ name: `${example.name}-${look}`, spec: { ...example.spec, look } }))),
];
