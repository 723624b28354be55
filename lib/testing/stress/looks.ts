import { HARD_CASES, LOOK_SAMPLES } from '@/lib/looks/gallery';
import { LOOK_NAMES } from '@/lib/looks/tokens';
import { stressInfographics } from './infographics';
import { englishDeck } from '@/lib/targets/slides/examples';

/**
 * The looks stress set (issue 14): every look × target — the gallery's samples (an infographic,
 * a deck, a chart, a whiteboard in each look), its hard cases, and the infographic stress groups
 * drawn in each look (long labels, CJK, emoji, dark, every palette). No `error` wanted.
 */
export const stressLooks = [
  ...LOOK_SAMPLES.flatMap(({ samples }) => samples.filter((sample) => !sample.name.endsWith('section-slide'))).map((sample) => ({ name: `stress-look-${sample.name}`, spec: sample.spec })),
  ...HARD_CASES.map((sample) => ({ name: `stress-hard-${sample.name}`, spec: sample.spec })),
  // Every slide layout drawn by hand, and a dark sketch deck (rough strokes on a dark background).
  { name: 'stress-look-sketch-deck', spec: { ...englishDeck, look: 'sketch' } },
  { name: 'stress-look-sketch-deck-dark', spec: { ...englishDeck, look: 'sketch', theme: { mode: 'dark' }, slides: englishDeck.slides.slice(0, 9) } },
  ...LOOK_NAMES.filter((look) => look !== 'clean').flatMap((look) => stressInfographics.map((example) => ({ name: `${example.name}-${look}`, spec: { ...example.spec, look } }))),
];
