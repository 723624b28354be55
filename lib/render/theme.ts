import { colord, extend } from 'colord';
import mixPlugin from 'colord/plugins/mix';
import a11yPlugin from 'colord/plugins/a11y';
import { PALETTES } from '@/lib/spec/palettes';
import type { ThemeSpec } from '@/lib/spec/common';

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
  /** Series / accent colours in order (primary first). */
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
  const accents = raw.map((color) => (dark ? colord(color).mix('#ffffff', 0.28).toHex() : colord(color).toHex()));
  const background = spec?.background ?? (dark ? '#0B1120' : '#FFFFFF');
  const backgroundIsDark = colord(background).isDark();
  const text = backgroundIsDark ? '#F1F5F9' : '#0F172A';
  const primary = accents[0] ?? '#4F46E5';
  return {
    mode,
    background,
    surface: colord(background).mix(backgroundIsDark ? '#ffffff' : '#1e293b', backgroundIsDark ? 0.06 : 0.035).toHex(),
    surfaceStrong: colord(background).mix(backgroundIsDark ? '#ffffff' : '#1e293b', backgroundIsDark ? 0.12 : 0.08).toHex(),
    border: colord(background).mix(backgroundIsDark ? '#ffffff' : '#1e293b', backgroundIsDark ? 0.16 : 0.12).toHex(),
    text,
    textMuted: colord(text).mix(background, 0.38).toHex(),
    primary,
    onPrimary: colord(primary).isReadable('#ffffff', { size: 'large' }) ? '#FFFFFF' : '#0F172A',
    accents,
    positive: dark ? '#4ADE80' : '#15803D',
    negative: dark ? '#F87171' : '#B91C1C',
    warning: dark ? '#FBBF24' : '#B45309',
    info: dark ? '#60A5FA' : '#1D4ED8',
  };
}

/** A translucent tint of `color` over the background, for soft fills behind accents. */
export function tint(theme: Theme, color: string, amount: number): string {
  return colord(theme.background).mix(color, amount).toHex();
}
