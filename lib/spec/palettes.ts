/** Named colour palettes: series/accent colours in order. Light-mode values; dark mode lightens them. */
export const PALETTES = {
  glimpse: ['#4F46E5', '#0D9488', '#D97706', '#E11D48', '#0284C7', '#7C3AED'],
  ocean: ['#0369A1', '#0891B2', '#0D9488', '#2563EB', '#4F46E5', '#0E7490'],
  sunset: ['#EA580C', '#DB2777', '#D97706', '#DC2626', '#9333EA', '#CA8A04'],
  forest: ['#15803D', '#0F766E', '#A16207', '#4D7C0F', '#047857', '#B45309'],
  mono: ['#1F2937', '#4B5563', '#6B7280', '#374151', '#9CA3AF', '#111827'],
} as const satisfies Record<string, readonly string[]>;

export type PaletteName = keyof typeof PALETTES;
export const PALETTE_NAMES = Object.keys(PALETTES) as [PaletteName, ...PaletteName[]];
