import { afterAll, describe, expect, it } from 'vitest';
import * as fontkit from 'fontkit';
import sharp from 'sharp';
import { render } from './render';
import { parseSpec } from '@/lib/spec/visual';
import { graphemes, emojiSvg } from './emoji';
import { missingGlyphs, planFonts } from './fonts';
import { textRuns } from './text-paths';
import { mermaidPool } from './mermaid/pool';

afterAll(async () => {
  await mermaidPool().close();
});

/** Twemoji 🍎's red (#DD2E44): no theme colour, text or hachure comes near it. */
const APPLE_RED = { r: 0xdd, g: 0x2e, b: 0x44 };

interface Band {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Pixels within 24 per channel of Twemoji apple red inside `band` (fractions of the image). */
async function appleRedPixels(png: Buffer, band: Band): Promise<number> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  let count = 0;
  for (let y = Math.floor(band.y * info.height); y < Math.min(info.height, (band.y + band.h) * info.height); y += 1) {
    for (let x = Math.floor(band.x * info.width); x < Math.min(info.width, (band.x + band.w) * info.width); x += 1) {
      const offset = (y * info.width + x) * 3;
      if (Math.abs((data[offset] ?? 0) - APPLE_RED.r) <= 24 && Math.abs((data[offset + 1] ?? 0) - APPLE_RED.g) <= 24 && Math.abs((data[offset + 2] ?? 0) - APPLE_RED.b) <= 24) count += 1;
    }
  }
  return count;
}

const png = async (input: unknown) => (await render(parseSpec(input), { format: 'png', scale: 1 })).body;
const chart = (extra: Record<string, unknown>) => ({ kind: 'chart', title: 'Fruit', type: 'bar', data: [{ label: 'Apples', value: 5 }, { label: 'Pears', value: 3 }], ...extra });

/** Every glyph the outlined-text path draws for `text` is a real glyph of its font, never .notdef (id 0). */
function notdefGlyphs(text: string, options: { locale?: string; hand?: boolean } = {}): string[] {
  return textRuns(text, { size: 16, weight: 700, ...options }).flatMap((run) => {
    const face = fontkit.create(run.data) as fontkit.Font;
    return face.layout(run.text).glyphs.filter((glyph) => glyph.id === 0).map(() => `${run.key}: ${run.text}`);
  });
}

describe('one glyph fallback chain', () => {
  it.each([
    ['rare Han in a Korean name', '李世乭'],
    ['Thai, Hebrew, Ethiopic and Cherokee (the last-resort font)', 'ก א ሀ Ꭰ'],
    ['symbols and CJK punctuation', '★ ☃ ♥ → 「數據」'],
  ])('draws %s with real glyphs, never .notdef', (_name, text) => {
    expect(notdefGlyphs(text)).toEqual([]);
    expect(notdefGlyphs(text, { hand: true })).toEqual([]);
    expect(missingGlyphs(text)).toEqual([]);
    expect(planFonts(text).uncovered).toEqual([]);
  });

  it('reports (and drops) only what no font or Twemoji has', () => {
    expect(missingGlyphs('ok \uffff \u{10fffd} 🍎 乭')).toEqual(['\uffff', '\u{10fffd}']);
    expect(textRuns('a\uffffb', { size: 16, weight: 400 }).map((run) => run.text).join('')).toBe('ab');
  });

  it('keeps ZWJ sequences, skin tones, flags and keycaps whole, each one Twemoji picture', () => {
    const clusters = graphemes('👩‍👩‍👧‍👦👍🏽🇹🇼1️⃣');
    expect(clusters).toEqual(['👩‍👩‍👧‍👦', '👍🏽', '🇹🇼', '1️⃣']);
    for (const cluster of clusters) expect(emojiSvg(cluster), cluster).toMatch(/^<svg/);
    expect(textRuns('👩‍👩‍👧‍👦👍🏽🇹🇼1️⃣', { size: 16, weight: 400 })).toEqual([]);
  });

  it('handwriting leaves a label with CJK in one font (no Caveat digits beside Noto)', () => {
    expect(new Set(textRuns('數據 2024', { size: 16, weight: 700, hand: true }).map((run) => run.key.split('-')[0]))).not.toContain('hand');
    // Spaces are Inter's by design (Caveat's are narrow); every visible run stays handwritten.
    expect(textRuns('Apples 2024', { size: 16, weight: 700, hand: true }).filter((run) => run.text.trim()).map((run) => run.key.split('-')[0])).toEqual(['hand', 'hand']);
  });
});

describe('emoji are colour Twemoji in every text path', () => {
  const title = { x: 0, y: 0, w: 1, h: 0.2 };
  it.each([
    ['chart axis labels', chart({ data: [{ label: '🍎 Apples', value: 5 }, { label: 'Pears', value: 3 }] }), { x: 0, y: 0.85, w: 1, h: 0.12 }],
    ['a chart legend', chart({ type: 'grouped-bar', data: [{ label: 'A', series: '🍎 2024', value: 5 }, { label: 'A', series: '2023', value: 3 }] }), { x: 0, y: 0.18, w: 1, h: 0.1 }],
    ['a chart axis title', chart({ yTitle: 'Count 🍎' }), { x: 0, y: 0.2, w: 0.08, h: 0.7 }],
    ['a chart title', chart({ title: 'Fruit 🍎' }), title],
  ])('%s', async (_name, spec, band) => {
    const image = await png(spec);
    expect(await appleRedPixels(image, band)).toBeGreaterThan(40);
    if (band !== title) expect(await appleRedPixels(image, title)).toBe(0);
  });

  it('whiteboard labels, sketch and clean', async () => {
    for (const style of ['sketch', 'clean']) {
      const image = await png({ kind: 'whiteboard', title: 'Board', style, nodes: [{ id: 'a', label: '🍎 Apples' }, { id: 'b', label: '李世乭 2024' }], edges: [{ from: 'a', to: 'b' }] });
      expect(await appleRedPixels(image, { x: 0, y: 0.3, w: 1, h: 0.7 }), style).toBeGreaterThan(40);
    }
  });

  it('mermaid labels', async () => {
    const image = await png({ kind: 'whiteboard', title: 'Mermaid', mermaid: 'flowchart LR\n A[李世乭] --> B[🍎 Apples]' });
    expect(await appleRedPixels(image, { x: 0, y: 0.3, w: 1, h: 0.7 })).toBeGreaterThan(40);
  });
});
