import { colord, extend } from 'colord';
import a11yPlugin from 'colord/plugins/a11y';
import { closestVision, MIN_SERIES_DELTA_E, shifted } from './color-distance';

extend([a11yPlugin]);

/** How many series colours a theme resolves: the palette, then variants of it (a chart has at most MAX_CHART_COLORS custom ones; series can be more). */
export const SERIES_COLORS = 24;

/** Lightness (OKLCH) and hue steps tried, in order, for a colour beyond the palette; the first that keeps apart from its neighbours wins. */
const VARIANT_STEPS: readonly (readonly [number, number])[] = [
  [0.14, 0], [0.1, 30], [0.1, -30], [0.2, 15], [-0.1, 0], [0.06, 60], [0.06, -60], [0.24, -20], [-0.14, 40], [0.3, 0],
];

/**
 * `colors` grown to `count`: series beyond the palette get a darker (light background) or lighter
 * (dark background) shifted variant of the colour `count` places back, chosen so it keeps
 * MIN_SERIES_DELTA_E from the series before it, from the palette colour after it, and from the colour
 * it varies, under every simulated vision, with 3:1 against the background.
 */
export function extendSeries(colors: readonly string[], background: string, count = SERIES_COLORS): string[] {
  const key = `${colors.join(',')}|${background}|${count}`;
  const known = remembered.get(key);
  if (known) return [...known];
  const result = grown(colors, background, count);
  if (remembered.size >= REMEMBERED) remembered.delete(remembered.keys().next().value as string);
  remembered.set(key, result);
  return [...result];
}

/** Themes resolve many times per render; the variants of a palette are worked out once. */
const REMEMBERED = 256;
const remembered = new Map<string, string[]>();

function grown(colors: readonly string[], background: string, count: number): string[] {
  const out = colors.map((color) => colord(color).toHex());
  if (out.length === 0) return out;
  const toward = colord(background).isDark() ? 1 : -1;
  const palette = [...out];
  for (let index = out.length; index < count; index += 1) {
    const base = palette[index % palette.length] as string;
    const round = Math.floor(index / palette.length);
    const previous = out[index - 1] as string;
    const next = palette[(index + 1) % palette.length] as string;
    const related = out.filter((_, other) => other % palette.length === index % palette.length);
    let best = { color: base, score: Number.NEGATIVE_INFINITY };
    for (let step = 0; step < VARIANT_STEPS.length; step += 1) {
      const [dl, dh] = VARIANT_STEPS[(step + round - 1) % VARIANT_STEPS.length] as readonly [number, number];
      const color = shifted(base, toward * dl, dh);
      if (colord(color).contrast(background) < 3) continue;
      const score = Math.min(...[previous, next, ...related].map((other) => closestVision(color, other).deltaE));
      if (score > best.score) best = { color, score };
      if (score >= MIN_SERIES_DELTA_E) break;
    }
    out.push(best.color);
  }
  return out;
}
