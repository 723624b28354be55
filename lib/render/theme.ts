import { colord, extend } from 'colord';
import mixPlugin from 'colord/plugins/mix';
import a11yPlugin from 'colord/plugins/a11y';
import { PALETTES } from '@/lib/spec/palettes';
import type { ThemeSpec } from '@/lib/spec/common';
import { extendSeries } from './series-colors';

extend([mixPlugin, a11yPlugin]);

/** Concrete colours every target draws with, resolved once per render from the spec's theme. */
export interface Theme {
  mode: 'light' | 'dark';
  background: string;
  surface: string;
  surfaceStrong: string;
  border: string;
  text: string;
  textMuted: string;
  primary: string;
  /** Text colour that reads on `primary`. */
  onPrimary: string;
  /** Series / accent colours in order (primary first): the palette, then distinct variants of it (SERIES_COLORS in all). */
  accents: string[];
  positive: string;
  negative: string;
  warning: string;
  info: string;
}

export function resolveTheme(spec: ThemeSpec | undefined): Theme {
  const mode = spec?.mode ?? 'light';
  const dark = mode === 'dark';
  const base = [...PALETTES[spec?.palette ?? 'glimpse']];
  const brand = [spec?.brand?.primary, spec?.brand?.secondary, spec?.brand?.accent].filter((value): value is string => Boolean(value));
  const raw = [...brand, ...base.slice(brand.length)];
  const background = spec?.background ?? (dark ? '#0B1120' : '#FFFFFF');
  // Dark mode lifts the palette; a colour still under 3:1 on the background is lifted until it reads (large text, marks).
  const backgroundIsDark = colord(background).isDark();
  const accents = extendSeries(raw.map((color) => (dark || backgroundIsDark ? lifted(color, background) : colord(color).toHex())), background);
  const text = backgroundIsDark ? '#F1F5F9' : '#0F172A';
  const primary = accents[0] ?? '#4F46E5';
  return {
    mode,
    background,
    surface: colord(background).mix(backgroundIsDark ? '#ffffff' : '#1e293b', backgroundIsDark ? 0.06 : 0.035).toHex(),
    surfaceStrong: colord(background).mix(backgroundIsDark ? '#ffffff' : '#1e293b', backgroundIsDark ? 0.12 : 0.08).toHex(),
    border: colord(background).mix(backgroundIsDark ? '#ffffff' : '#1e293b', backgroundIsDark ? 0.16 : 0.12).toHex(),
    text,
    textMuted: mutedText(text, background),
    primary,
    // White when it reads as body text (4.5:1), else whichever of white and ink reads better.
    onPrimary: colord(primary).contrast('#ffffff') >= 4.5 || colord(primary).contrast('#ffffff') >= colord(primary).contrast('#0F172A') ? '#FFFFFF' : '#0F172A',
    accents,
    positive: dark ? '#4ADE80' : '#15803D',
    negative: dark ? '#F87171' : '#B91C1C',
    warning: dark ? '#FBBF24' : '#B45309',
    info: dark ? '#60A5FA' : '#1D4ED8',
  };
}

/** `color` mixed toward white: 28 %, or more until it has 3:1 on `background` (WCAG large text and marks). */
function lifted(color: string, background: string): string {
  let amount = 0.28;
  let result = colord(color).mix('#ffffff', amount);
  while (result.contrast(background) < 3 && amount < 0.9) {
    amount += 0.06;
    result = colord(color).mix('#ffffff', amount);
  }
  return result.toHex();
}

/** Secondary text: the text colour 38 % toward the background, less where that would fall under 4.5:1. */
function mutedText(text: string, background: string): string {
  for (let amount = 0.38; amount > 0; amount -= 0.04) {
    const muted = colord(text).mix(background, amount);
    if (muted.contrast(background) >= 4.5) return muted.toHex();
  }
  return colord(text).toHex();
}

/** A translucent tint of `color` over the background, for soft fills behind accents. */
export function tint(theme: Theme, color: string, amount: number): string {
  return colord(theme.background).mix(color, amount).toHex();
}
