/**
 * Named colour palettes: series/accent colours in order. Light-mode values; dark mode lifts them
 * (lib/render/theme.ts). Each has 8 colours ordered so that neighbours — and the last and the first,
 * where a 9th series starts over — stay apart by at least MIN_SERIES_DELTA_E (CIEDE2000) for normal
 * vision and under simulated protanopia, deuteranopia and tritanopia, in light and in dark mode, and
 * each has 3:1 on a white background (lib/spec/palettes.test.ts measures all of it).
 */
export const PALETTES = {
  glimpse: ['#4F46E5', '#0D9488', '#D97706', '#BE185D', '#0284C7', '#65A30D', '#7E22CE', '#C2410C'],
  ocean: ['#0369A1', '#B45309', '#1E293B', '#0D9488', '#3730A3', '#065F46', '#8B5CF6', '#E11D48'],
  sunset: ['#EA580C', '#A21CAF', '#EF4444', '#3730A3', '#9F1239', '#8B5CF6', '#A16207', '#44403C'],
  forest: ['#15803D', '#44403C', '#0284C7', '#065F46', '#D97706', '#0F766E', '#9A3412', '#65A30D'],
  mono: ['#1F2937', '#6B7280', '#111827', '#78716C', '#374151', '#8A8A8A', '#292524', '#64748B'],
} as const satisfies Record<string, readonly string[]>;

export type PaletteName = keyof typeof PALETTES;
export const PALETTE_NAMES = Object.keys(PALETTES) as [PaletteName, ...PaletteName[]];
