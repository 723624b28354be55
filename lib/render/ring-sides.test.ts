import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { clipToConvex, FLATTEN_TOLERANCE, flattenLoops, isConvex, parsePoints, ringUnderPolygon, signedArea, type Point } from './ring-sides';

const BOX = 'M101,203 h295 a16,16 0 0 1 16,16 v136 a16,16 0 0 1 -16,16 h-295 a16,16 0 0 1 -16,-16 v-136 a16,16 0 0 1 16,-16';
const RING = `${BOX} M101,208 h295 a15,11 0 0 1 15,11 v136 a15,15 0 0 1 -15,15 h-295 a15,15 0 0 1 -15,-15 v-136 a15,11 0 0 1 15,-11`;
const TOP: Point[] = [[85, 203], [412, 203], [384, 343], [113, 343]];

/** Pixels of an SVG drawn by resvg (RGBA). */
function pixels(body: string): Uint8Array {
  return new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" width="500" height="400" viewBox="0 0 500 400"><rect width="500" height="400" fill="#fff"/>${body}</svg>`, { font: { loadSystemFonts: false } }).render().pixels;
}

describe('ring sides', () => {
  it('flattens corner arcs within FLATTEN_TOLERANCE of the ellipse, and refuses what it does not know', () => {
    const [outer] = flattenLoops(BOX)!;
    // The top-right corner: centre (396, 219), radius 16.
    const corner = outer!.filter(([x, y]) => x > 396 && y < 219);
    expect(corner.length).toBeGreaterThan(3);
    for (const [x, y] of corner) expect(Math.abs(Math.hypot(x - 396, y - 219) - 16)).toBeLessThan(1e-9);
    const chord = Math.max(...corner.slice(1).map(([x, y], index) => Math.hypot(x - corner[index]![0], y - corner[index]![1])));
    expect(16 * (1 - Math.cos(Math.asin(chord / 32)))).toBeLessThanOrEqual(FLATTEN_TOLERANCE);
    expect(flattenLoops('M0,0 C1,2 3,4 5,6')).toBeUndefined();
    expect(flattenLoops('M0,0 a16,16 0 0 1 10,16')).toBeUndefined();
  });

  it('tells convex polygons from others, and clips a square to a triangle', () => {
    expect(isConvex(TOP)).toBe(true);
    expect(isConvex(parsePoints('412,203 412,371 85,371 85,203 113,343 384,343')!)).toBe(false);
    const clipped = clipToConvex([[0, 0], [10, 0], [10, 10], [0, 10]], [[0, 0], [10, 0], [0, 10]]);
    expect(Math.abs(signedArea(clipped))).toBeCloseTo(50, 9);
  });

  it('the top of a stat box drawn without a clip covers the pixels the clipped ring did', () => {
    const clipped = pixels(`<defs><clipPath id="top"><polygon points="${TOP.join(' ')}"/></clipPath></defs><path clip-path="url(#top)" fill="#4f46e5" fill-rule="evenodd" d="${RING}"/>`);
    const cut = pixels(`<path fill="#4f46e5" fill-rule="evenodd" d="${ringUnderPolygon(RING, TOP)}"/>`);
    let differing = 0;
    let largest = 0;
    let painted = 0;
    let inkClipped = 0;
    let inkCut = 0;
    for (let index = 0; index < clipped.length; index += 4) {
      const delta = Math.max(...[0, 1, 2].map((channel) => Math.abs(clipped[index + channel]! - cut[index + channel]!)));
      if (clipped[index] !== 255) painted += 1;
      if (delta > 8) differing += 1;
      largest = Math.max(largest, delta);
      inkClipped += 255 - clipped[index]!;
      inkCut += 255 - cut[index]!;
    }
    // ~1,700 pixels of bar. Only the anti-aliasing of the corner curves differs (tiny-skia flattens
    // the arcs its own way; ours are chords within 0.05 px): a few dozen edge pixels, by < 10 %.
    expect(painted).toBeGreaterThan(1_500);
    expect(differing).toBeLessThanOrEqual(painted * 0.03);
    expect(largest).toBeLessThan(26);
    expect(Math.abs(inkCut - inkClipped) / inkClipped).toBeLessThan(0.005);
  });
});
