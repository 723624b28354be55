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
