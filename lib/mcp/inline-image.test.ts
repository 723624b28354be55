import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { MAX_MCP_IMAGE_BYTES, MIN_SCALE } from '@/lib/limits';
import { render, type RenderOptions } from '@/lib/render/render';
import { parseSpec } from '@/lib/spec/visual';
import { inlinePng } from './inline-image';

const CARD = parseSpec({ kind: 'infographic', title: 'Inline cap', width: 800, sections: [{ type: 'stats', items: [{ value: '42%', label: 'Adoption', icon: 'rocket' }] }] });

function drawing(spec: ReturnType<typeof parseSpec>) {
  const calls: RenderOptions[] = [];
  return { calls, draw: (options: RenderOptions) => (calls.push(options), render(spec, options)) };
}

describe('inlinePng: the MAX_MCP_IMAGE_BYTES cap at its edge', () => {
  it('keeps a PNG of exactly the cap at scale 1, and redraws one byte over it smaller', async () => {
    const full = await render(CARD, { format: 'png', scale: 1 });
    const atCap = await inlinePng(drawing(CARD).draw, undefined, full.body.byteLength);
    expect(atCap.scale).toBe(1);
    expect(atCap.png?.equals(full.body)).toBe(true);
    expect([atCap.width, atCap.fullWidth]).toEqual([800, 800]);

    const over = drawing(CARD);
    const under = await inlinePng(over.draw, undefined, full.body.byteLength - 1);
    expect(under.scale).toBeLessThan(1);
    expect(under.png!.byteLength).toBeLessThanOrEqual(full.body.byteLength - 1);
    const metadata = await sharp(under.png).metadata();
    expect(metadata.format).toBe('png');
    expect(metadata.width).toBe(under.width);
    expect(under.width).toBe(Math.round(800 * under.scale));
    // The full-size drawing's size and alt text are kept for the links and the text block.
    expect([under.fullWidth, under.fullHeight, under.alt]).toEqual([full.width, full.height, full.alt]);
    expect(over.calls.map((call) => call.scale)).toEqual([1, under.scale]);
  });

  it('gives no PNG when even MIN_SCALE is over the cap', async () => {
    const tiny = drawing(CARD);
    const none = await inlinePng(tiny.draw, undefined, 100);
    expect(none.png).toBeUndefined();
    expect(tiny.calls.at(-1)?.scale).toBeGreaterThanOrEqual(MIN_SCALE);
    expect(none.fullWidth).toBe(800);
  });

  it('by default caps at MAX_MCP_IMAGE_BYTES: a big sketchy whiteboard is drawn smaller to fit', async () => {
    const nodes = Array.from({ length: 60 }, (_, index) => ({ id: `n${index}`, label: `Node ${index}`, shape: (['box', 'circle', 'diamond', 'cloud', 'cylinder'] as const)[index % 5], color: (['#e11d48', '#0284c7', '#15803d', '#d97706'] as const)[index % 4] }));
    const edges = nodes.slice(1).map((node, index) => ({ from: `n${Math.floor(index / 3)}`, to: node.id }));
    const board = parseSpec({ kind: 'whiteboard', title: 'Big board', width: 3000, style: 'sketch', nodes, edges });
    const big = drawing(board);
    const inline = await inlinePng(big.draw, undefined);
    // Drawn at scale 1 first (over the cap: ~630 KB), then smaller.
    expect(big.calls[0]?.scale).toBe(1);
    expect(inline.scale).toBeLessThan(1);
    expect(inline.png!.byteLength).toBeLessThanOrEqual(MAX_MCP_IMAGE_BYTES);
    expect((await sharp(inline.png).metadata()).width).toBe(inline.width);
  });
});
