import { afterAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { colord } from 'colord';
import { rasterize } from '@/lib/render/rasterize';
import { resolveTheme } from '@/lib/render/theme';
import { clippedInMermaid } from '@/lib/targets/whiteboard/clipped';
import { heldbackSet } from '@/lib/testing/heldback';
import { renderMermaid } from './index';
import { JOURNEY_MAX_WIDTH_PX, journeyLayout, journeyTasks } from './journey';
import { mermaidPool } from './pool';

afterAll(async () => {
  await mermaidPool().close();
});

const checkout = (heldbackSet.find((example) => example.name === 'wb-checkout-journey')!.spec as { mermaid: string }).mermaid;

describe('journey source', () => {
  it('reads the tasks, their sections and actors', () => {
    const tasks = journeyTasks(checkout);
    expect(tasks).toHaveLength(7);
    expect(tasks[4]).toEqual({ name: 'Pay with card', section: 'Checkout', actors: ['Shopper', 'Bank'] });
  });

  it('wraps long names into their boxes and leaves other diagrams alone', () => {
    const layout = journeyLayout(checkout)!;
    expect(layout.source).toContain('Search for<br>running shoes: 4: Shopper');
    expect(layout.source).toContain('Enter address: 2: Shopper');
    expect(journeyLayout('flowchart LR\n  A --> B')).toBeUndefined();
  });
});

describe('journey drawn (warm Chromium pool)', () => {
  it('seven tasks fit the canvas at a readable size, every name inside its box, the axis past the last box', async () => {
    const diagram = await renderMermaid(checkout, resolveTheme(undefined), undefined, { withoutTitle: true });
    // 1,700 px before: 10.4 px text on a 1,104 px canvas, two names out of their boxes.
    expect(diagram.width).toBeLessThanOrEqual(JOURNEY_MAX_WIDTH_PX);
    expect(clippedInMermaid(diagram)).toEqual([]);
    const boxed = diagram.labels.filter((label) => label.container);
    expect(boxed.map((label) => label.text)).toEqual(expect.arrayContaining(['Browse', 'Checkout', 'After', 'Search for', 'running shoes', 'Return a pair']));
    const rightmost = Math.max(...boxed.map((label) => label.container!.x + label.container!.width));
    expect(diagram.viewBox!.x + diagram.viewBox!.width).toBeGreaterThan(rightmost);
    // No blank band right of the drawing (mermaid counted its left margin twice).
    expect(diagram.viewBox!.x + diagram.viewBox!.width - rightmost).toBeLessThan(60);
  });

  it.each(['light', 'dark'] as const)('task and section names read on their boxes (%s)', async (mode) => {
    const diagram = await renderMermaid(checkout, resolveTheme({ mode, palette: 'glimpse' }), undefined, { withoutTitle: true });
    const { data, info } = await sharp(await rasterize(diagram.svg, { format: 'png', scale: 1 })).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const origin = diagram.viewBox!;
    const pixel = (x: number, y: number) => {
      const at = (Math.round(y - origin.y) * info.width + Math.round(x - origin.x)) * 3;
      return colord({ r: data[at]!, g: data[at + 1]!, b: data[at + 2]! });
    };
    for (const label of diagram.labels.filter((candidate) => candidate.container)) {
      const box = label.container!;
      const fill = pixel(box.x + box.width - 4, box.y + box.height - 4);
      let best = 1;
      for (let y = label.box.y; y < label.box.y + label.box.height; y += 1) for (let x = label.box.x; x < label.box.x + label.box.width; x += 1) best = Math.max(best, pixel(x, y).contrast(fill));
      // Before: the section names drawn in their boxes' own fill (1:1), the dark tasks' grey text about 3:1.
      expect(best, `${mode} "${label.text}"`).toBeGreaterThanOrEqual(7);
    }
  });
});
