import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { render } from '@/lib/render/render';
import { resolveTheme } from '@/lib/render/theme';
import { parseSpec } from '@/lib/spec/visual';
import { MAX_ITEMS, MAX_LABEL_CHARS, MAX_TEXT_CHARS, MAX_TITLE_CHARS, MIN_WIDTH } from '@/lib/limits';
import { sectionExamples } from './examples';

const LONG_WORD = 'Supercalifragilisticexpialidocious'.repeat(3);
const longText = (max: number) => `${LONG_WORD} ${'lorem ipsum dolor '.repeat(80)}`.slice(0, max);
const label = longText(MAX_LABEL_CHARS);

/** Every section type filled (to its limits on wide canvases) with long unbreakable words. */
const stressSections = (text: string) => [
  { type: 'stats', items: Array.from({ length: 5 }, () => ({ value: 'x'.repeat(24), label, delta: 'y'.repeat(24), trend: 'up', icon: 'rocket' })) },
  { type: 'icon-list', items: Array.from({ length: 5 }, () => ({ icon: 'rocket', title: label, text })) },
  { type: 'steps', items: Array.from({ length: 5 }, () => ({ title: label, text: longText(300) })) },
  { type: 'timeline', items: Array.from({ length: 4 }, () => ({ date: 'z'.repeat(40), title: label, text: longText(300) })) },
  { type: 'comparison', left: { title: label, icon: 'server', items: [text] }, right: { title: label, items: [text] } },
  { type: 'pros-cons', pros: [text], cons: [text] },
  { type: 'funnel', items: Array.from({ length: MAX_ITEMS }, () => ({ label, value: 'v'.repeat(24) })) },
  { type: 'progress', style: 'bars', items: [{ label, value: 100 }] },
  { type: 'progress', style: 'rings', items: Array.from({ length: 5 }, () => ({ label, value: 55 })) },
  { type: 'quote', text, author: label, role: label },
  { type: 'callout', text },
  { type: 'key-value', rows: [{ key: label, value: text }] },
  { type: 'text', title: longText(MAX_TITLE_CHARS), text },
];

/** True when no pixel in the right-hand margin strip differs from the canvas background. */
async function rightMarginIsClean(png: Buffer, margin: number, background: string): Promise<{ clean: boolean; dirty: number }> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const [r, g, b] = [1, 3, 5].map((offset) => Number.parseInt(background.slice(offset, offset + 2), 16));
  let dirty = 0;
  for (let y = 0; y < info.height; y += 1) {
    for (let x = info.width - margin; x < info.width; x += 1) {
      const index = (y * info.width + x) * 3;
      const distance = Math.abs(data[index]! - r!) + Math.abs(data[index + 1]! - g!) + Math.abs(data[index + 2]! - b!);
      if (distance > 12) dirty += 1;
    }
  }
  return { clean: dirty === 0, dirty };
}

describe('text never leaves its box', () => {
  it.each([
    [MIN_WIDTH, 'light'],
    [700, 'dark'],
    [1200, 'light'],
  ] as const)('stress spec at width %s (%s) keeps the right margin empty', async (width, mode) => {
    // At the narrowest width full-length text makes some sections taller than MAX_HEIGHT (a 422, tested elsewhere).
    const text = longText(width < 700 ? 300 : MAX_TEXT_CHARS);
    for (const section of stressSections(text)) {
      const spec = parseSpec({ kind: 'infographic', title: longText(MAX_TITLE_CHARS), subtitle: text, footer: label, width, theme: { mode }, sections: [section] });
      const result = await render(spec, { format: 'png', scale: 1 }).catch((error: unknown) => {
        throw new Error(`${section.type} at ${width}px: ${String(error)}`);
      });
      // Canvas padding is 32px below 700px wide and 56px above; check all but 4px of it.
      const margin = width < 700 ? 28 : 52;
      const check = await rightMarginIsClean(result.body, margin, resolveTheme(spec.theme).background);
      expect(check, `${section.type} drew ${check.dirty} pixels into the margin`).toEqual({ clean: true, dirty: 0 });
    }
  });

  it('the checker catches a real overflow (a test that can fail)', async () => {
    // A wide stat card squeezed by a negative margin would leak; instead render a spec at 1200 and
    // look at a strip that does contain content (the cards), which must be reported dirty.
    const spec = parseSpec({ kind: 'infographic', title: 'x', width: 800, sections: [sectionExamples.stats] });
    const result = await render(spec, { format: 'png', scale: 1 });
    const check = await rightMarginIsClean(result.body, 800 - 100, resolveTheme(undefined).background);
    expect(check.clean).toBe(false);
  });
});
