import { differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, filterDeficiencyTrit, formatHex, oklch, parse, type Color } from 'culori';

/**
 * How far apart two series colours look, as CIEDE2000 ΔE, for normal vision and under the three
 * dichromacies (Machado et al. 2009 matrices at full severity, as culori implements them).
 */

/** Adjacent series colours closer than this (ΔE2000, under any vision) are a `palette-collision`. */
export const MIN_SERIES_DELTA_E = 10;

export const VISIONS = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'] as const;
export type Vision = (typeof VISIONS)[number];

const SIMULATE: Record<Vision, (color: Color) => Color> = {
  normal: (color) => color,
  protanopia: filterDeficiencyProt(1),
  deuteranopia: filterDeficiencyDeuter(1),
  tritanopia: filterDeficiencyTrit(1),
};

const deltaE2000 = differenceCiede2000();

function parsed(hex: string): Color {
  const color = parse(hex);
  if (!color) throw new Error(`not a colour: ${hex}`);
  return color;
}

/** ΔE2000 between `a` and `b` as seen with `vision`. */
export function deltaE(a: string, b: string, vision: Vision = 'normal'): number {
  const simulate = SIMULATE[vision];
  return deltaE2000(simulate(parsed(a)), simulate(parsed(b)));
}

/** The smallest ΔE2000 between `a` and `b` over every vision, and which vision it is. */
export function closestVision(a: string, b: string): { deltaE: number; vision: Vision } {
  let closest = { deltaE: Number.POSITIVE_INFINITY, vision: 'normal' as Vision };
  for (const vision of VISIONS) {
    const distance = deltaE(a, b, vision);
    if (distance < closest.deltaE) closest = { deltaE: distance, vision };
  }
  return closest;
}

/** `hex` moved in OKLCH: lightness by `dl` (0–1 scale), hue by `dh` degrees. */
export function shifted(hex: string, dl: number, dh: number): string {
  const color = oklch(parsed(hex));
  const l = Math.min(0.97, Math.max(0.05, (color.l ?? 0.5) + dl));
  return formatHex({ ...color, l, h: ((color.h ?? 0) + dh + 360) % 360 });
}
