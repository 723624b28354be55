import { colord, extend } from 'colord';
import a11yPlugin from 'colord/plugins/a11y';
import { closestVision, deltaE, MIN_SERIES_DELTA_E, shifted } from './color-distance';

extend([a11yPlugin]);

/** How many series colours a theme resolves: the palette, then variants of it (a chart has at most MAX_CHART_COLORS custom ones; series can be more). */
export const SERIES_COLORS = 24;

/** Lightness (OKLCH) and hue steps tried, in order, for a colour beyond the palette; the first that keeps apart from its neighbours wins. */
const VARIANT_STEPS: readonly (readonly [number, number])[] = [
  [0.14, 0], [0.1, 30], [0.1, -30], [0.2, 15], [-0.1, 0], [0.06, 60], [0.06, -60], [0.24, -20], [-0.14, 40], [0.3, 0], [0.08, 90], [0.08, -90], [0.14, 150], [0.14, -150],
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
    const previous = out[index - 1] as string;
    const next = palette[(index + 1) % palette.length] as string;
    const related = out.filter((_, other) => other % palette.length === index % palette.length);
    // Of the variants that keep apart from their neighbours under every vision (and leave the next
    // series a variant that keeps apart from them), the one farthest for normal vision from every
    // colour before it: a 9th series is no darker twin of the 1st.
    const variants = (of: string, at: number) =>
      VARIANT_STEPS.map((_, step) => VARIANT_STEPS[(step + Math.floor(at / palette.length) - 1) % VARIANT_STEPS.length] as readonly [number, number])
        .map(([dl, dh]) => shifted(of, toward * dl, dh))
        .filter((color) => colord(color).contrast(background) >= 3);
    const leavesRoom = (color: string) => {
      if (index + 1 >= count) return true;
      const others = [color, palette[(index + 2) % palette.length] as string, ...out.filter((_, other) => other % palette.length === (index + 1) % palette.length)];
      return variants(next, index + 1).some((variant) => others.every((other) => closestVision(variant, other).deltaE >= MIN_SERIES_DELTA_E));
    };
    let best = { color: base, score: Number.NEGATIVE_INFINITY, room: false, spread: Number.NEGATIVE_INFINITY };
    for (const color of variants(base, index)) {
      const score = Math.min(MIN_SERIES_DELTA_E, ...[previous, next, ...related].map((other) => closestVision(color, other).deltaE));
      if (score < best.score) continue;
      const room = score >= MIN_SERIES_DELTA_E && leavesRoom(color);
      const spread = Math.min(...out.map((other) => deltaE(color, other)));
      if (score > best.score || (room && !best.room) || (room === best.room && spread > best.spread)) best = { color, score, room, spread };
    }
    out.push(best.color);
  }
  return out;
}
