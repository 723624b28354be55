/**
 * Named colour palettes: series/accent colours in order. Light-mode values; dark mode lifts them
 * (lib/render/theme.ts). Each has 8 colours ordered so that neighbours — and the last and the first,
 * where a 9th series starts over — stay apart by at least MIN_SERIES_DELTA_E (CIEDE2000) for normal
 * vision and under simulated protanopia, deuteranopia and tritanopia, in light and in dark mode, and
 * each has 3:1 on a white background. Every pair of a palette, not only neighbours, is ΔE2000 15 or
 * more apart for normal vision in both modes (mono, tinted greys, 11): a legend of any three series
 * reads (lib/spec/palettes.test.ts measures all of it).
 */
export const PALETTES = {
  glimpse: ['#4F46E5', '#0D9488', '#D97706', '#BE185D', '#0284C7', '#65A30D', '#255940', '#704000'],
  ocean: ['#0369A1', '#B45309', '#1E293B', '#0D9488', '#8C0057', '#7B9200', '#8B5CF6', '#E11D48'],
  sunset: ['#EA580C', '#A21CAF', '#AE7C00', '#3730A3', '#9F1239', '#6F81C8', '#6E8200', '#44403C'],
  forest: ['#15803D', '#44403C', '#0284C7', '#6E1895', '#D97706', '#8F7CA9', '#9A3412', '#DB4781'],
  mono: ['#1F2937', '#70886F', '#273219', '#99757B', '#422426', '#8B7F62', '#0A3537', '#64748B'],
} as const satisfies Record<string, readonly string[]>;

export type PaletteName = keyof typeof PALETTES;
export const PALETTE_NAMES = Object.keys(PALETTES) as [PaletteName, ...PaletteName[]];
