import { describe, expect, it } from 'vitest';
import { resolveTheme } from '@/lib/render/theme';
import { trendOf } from './trend';

const theme = resolveTheme(undefined);

describe('a stat trend: the arrow follows the delta, the colour follows good/bad', () => {
  it('"-0.4 pts" marked up draws a down arrow (the defect: a green up arrow beside a fall)', () => {
    expect(trendOf({ delta: '-0.4 pts', trend: 'up' }, theme).arrow).toBe('down');
    expect(trendOf({ delta: '−0.4 pts' }, theme)).toEqual({ arrow: 'down', color: theme.negative });
  });

  it('with `good: down` a fall is green and a rise red (churn, costs, latency)', () => {
    expect(trendOf({ delta: '-0.4 pts', trend: 'down', good: 'down' }, theme)).toEqual({ arrow: 'down', color: theme.positive });
    expect(trendOf({ delta: '+12 ms', good: 'down' }, theme)).toEqual({ arrow: 'up', color: theme.negative });
    expect(trendOf({ delta: '+3%', good: 'up' }, theme)).toEqual({ arrow: 'up', color: theme.positive });
  });

  it('without `good`, trend still says good or bad as the schema always did; flat and unsigned are muted', () => {
    expect(trendOf({ delta: '-0.4 pts', trend: 'up' }, theme).color).toBe(theme.positive);
    expect(trendOf({ delta: '12 ms', trend: 'down' }, theme)).toEqual({ arrow: 'down', color: theme.negative });
    expect(trendOf({ delta: 'same', trend: 'flat' }, theme)).toEqual({ arrow: 'flat', color: theme.textMuted });
    expect(trendOf({ delta: 'n/a' }, theme)).toEqual({ arrow: undefined, color: theme.textMuted });
  });
});

describe('progress tracks', () => {
  it('every palette colour\'s track shows in dark mode (it was a 15 % tint: about 1.1:1 on the dark background)', async () => {
    const { colord } = await import('colord');
    const { trackColor, MIN_TRACK_CONTRAST } = await import('./progress');
    const { tint } = await import('@/lib/render/theme');
    const dark = resolveTheme({ mode: 'dark', palette: 'glimpse' });
    const before = colord(tint(dark, dark.accents[0] as string, 0.15)).contrast(dark.background);
    expect(before).toBeLessThan(MIN_TRACK_CONTRAST);
    for (const color of dark.accents) expect(colord(trackColor(dark, color)).contrast(dark.background)).toBeGreaterThanOrEqual(MIN_TRACK_CONTRAST);
    // And it stays a soft track, well below the bar's own 3:1.
    for (const color of dark.accents) expect(colord(trackColor(dark, color)).contrast(dark.background)).toBeLessThan(2.2);
  });
});
