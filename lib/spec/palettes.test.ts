import { colord, extend } from 'colord';
import a11yPlugin from 'colord/plugins/a11y';
import { describe, expect, it } from 'vitest';
import { closestVision, MIN_SERIES_DELTA_E, VISIONS, deltaE } from '@/lib/render/color-distance';
import { extendSeries, SERIES_COLORS } from '@/lib/render/series-colors';
import { resolveTheme } from '@/lib/render/theme';
import { PALETTE_NAMES, PALETTES } from './palettes';

extend([a11yPlugin]);

/** Adjacent pairs of `colors` (series i and i + 1) closer than the threshold under some vision. */
const collisions = (colors: readonly string[]) =>
  colors.slice(1).flatMap((color, index) => {
    const { deltaE: distance, vision } = closestVision(colors[index] as string, color);
    return distance < MIN_SERIES_DELTA_E ? [`${index}→${index + 1} ${colors[index]}/${color} ΔE ${distance.toFixed(1)} (${vision})`] : [];
  });

describe('palettes (issue 14: at least 8 series colours that stay distinct)', () => {
  it.each(PALETTE_NAMES)('%s has at least 8 colours, each 3:1 on white', (name) => {
    expect(PALETTES[name].length).toBeGreaterThanOrEqual(8);
    for (const color of PALETTES[name]) expect(colord(color).contrast('#FFFFFF')).toBeGreaterThanOrEqual(3);
  });

  it.each(PALETTE_NAMES.flatMap((name) => (['light', 'dark'] as const).map((mode) => [name, mode] as const)))('%s in %s mode: every adjacent pair of the first %i series is apart under every vision, and each mark has 3:1', (name, mode) => {
    const theme = resolveTheme({ palette: name, mode });
    const series = theme.accents.slice(0, SERIES_COLORS);
    expect(series).toHaveLength(SERIES_COLORS);
    expect(collisions(series)).toEqual([]);
    for (const color of series) expect(colord(color).contrast(theme.background)).toBeGreaterThanOrEqual(3);
  });

  /** Every pair of a palette's colours apart for normal vision; greys (mono) cannot be 15 apart eight times and keep 3:1 on both backgrounds. */
  const PAIR_DELTA_E = { colour: 15, mono: 11 };
  const closestPair = (colors: readonly string[]) => {
    let closest = { deltaE: Number.POSITIVE_INFINITY, pair: '' };
    colors.forEach((color, index) => colors.slice(index + 1).forEach((other) => {
      const distance = deltaE(color, other);
      if (distance < closest.deltaE) closest = { deltaE: distance, pair: `${color}/${other}` };
    }));
    return closest;
  };

  it.each(PALETTE_NAMES.flatMap((name) => (['light', 'dark'] as const).map((mode) => [name, mode] as const)))('%s in %s mode: every pair of its 8 colours is apart, not only neighbours (no three greens)', (name, mode) => {
    const palette = resolveTheme({ palette: name, mode }).accents.slice(0, 8);
    const closest = closestPair(palette);
    expect(closest.deltaE, closest.pair).toBeGreaterThanOrEqual(name === 'mono' ? PAIR_DELTA_E.mono : PAIR_DELTA_E.colour);
  });

  it('the old forest palette fails the pair measure: three greens (the test can fail)', () => {
    expect(closestPair(['#15803D', '#44403C', '#0284C7', '#065F46', '#D97706', '#0F766E', '#9A3412', '#65A30D']).deltaE).toBeLessThan(PAIR_DELTA_E.colour);
  });

  it.each(PALETTE_NAMES.flatMap((name) => (['light', 'dark'] as const).map((mode) => [name, mode] as const)))('%s in %s mode: the 9th series is no twin of the 1st or of any palette colour', (name, mode) => {
    const series = resolveTheme({ palette: name, mode }).accents;
    const ninth = series[8] as string;
    const closest = Math.min(...series.slice(0, 8).map((color) => deltaE(ninth, color)));
    expect(closest, ninth).toBeGreaterThanOrEqual(name === 'mono' ? 12 : 20);
  });

  it('a series beyond the palette does not repeat any colour before it', () => {
    for (const name of PALETTE_NAMES) {
      const series = resolveTheme({ palette: name, mode: 'light' }).accents;
      expect(new Set(series).size).toBe(series.length);
      // The 9th series is not the 1st again, and not its neighbour's colour.
      expect(series[8]).not.toBe(series[0]);
      expect(deltaE(series[8] as string, series[7] as string)).toBeGreaterThanOrEqual(MIN_SERIES_DELTA_E);
    }
  });

  it('custom colours are grown the same way: one blue for three series gives three distinct colours', () => {
    const series = extendSeries(['#2563EB'], '#FFFFFF', 3);
    expect(series[0]).toBe('#2563eb');
    expect(collisions(series)).toEqual([]);
  });

  it('the old palettes fail the measure (the test can fail): sunset had three oranges side by side under tritanopia', () => {
    expect(collisions(['#EA580C', '#DB2777', '#D97706', '#DC2626', '#9333EA', '#CA8A04']).length).toBeGreaterThan(0);
    expect(VISIONS).toContain('tritanopia');
  });
});
