import { afterAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { colord } from 'colord';
import { rasterize } from '@/lib/render/rasterize';
import { resolveTheme } from '@/lib/render/theme';
import { clippedInMermaid } from '@/lib/targets/whiteboard/clipped';
import { heldbackSet } from '@/lib/testing/heldback';
import { renderMermaid } from './index';
import { render } from '@/lib/render/render';
import { parseSpec } from '@/lib/spec/visual';
import { JOURNEY_MAX_WIDTH_PX, journeyLayout, journeyRows, journeyTasks, MAX_ROW_TASKS, rowColours } from './journey';
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

const NAMES = ['Hear about us', 'Visit the website', 'Read reviews', 'Sign up for a trial', 'Import data', 'Invite the team', 'First report', 'Talk to sales', 'Negotiate the contract', 'Pay the first invoice', 'Onboarding call', 'Renew after a year'];
/** Twelve tasks in four sections of three; Sales joins every fourth. */
const lifecycle = `journey\n  title Customer lifecycle${NAMES.map((name, index) => `${index % 3 ? '' : `\n  section ${['Discover', 'Try', 'Buy', 'Stay'][index / 3]}`}\n    ${name}: ${(index % 5) + 1}: Customer${index % 4 === 1 ? ', Sales' : ''}`).join('')}`;

describe('a long journey in rows', () => {
  it('splits at sections, at most MAX_ROW_TASKS a row; a section longer than a row goes on under its name', () => {
    expect(journeyRows(checkout)).toEqual([checkout]);
    const rows = journeyRows(lifecycle);
    expect(rows.map((row) => journeyTasks(row).map((task) => task.section))).toEqual([
      ['Discover', 'Discover', 'Discover', 'Try', 'Try', 'Try'],
      ['Buy', 'Buy', 'Buy', 'Stay', 'Stay', 'Stay'],
    ]);
    expect(rows[0]).toContain('title Customer lifecycle');
    expect(rows[1]).not.toContain('title');
    const long = `journey\n  section Everything${NAMES.map((name) => `\n    ${name}: 3: Me`).join('')}`;
    expect(journeyRows(long).map((row) => journeyTasks(row).map((task) => task.section ?? '')).map((row) => row.length)).toEqual([MAX_ROW_TASKS, NAMES.length - MAX_ROW_TASKS]);
    expect(journeyRows(long).every((row) => row.includes('section Everything'))).toBe(true);
  });

  it('an actor keeps its colour in every row (mermaid colours each diagram\'s actors in sorted order)', () => {
    expect(rowColours(['journey\n  a: 1: Zoe, Bob', 'journey\n  b: 1: Zoe'], ['#111111', '#222222'])).toEqual([['#111111', '#222222'], ['#222222']]);
  });

  it('twelve tasks draw in two rows with no finding (one row: 10.9 px text)', async () => {
    const rendered = await render(parseSpec({ kind: 'whiteboard', title: 'Customer lifecycle', mermaid: lifecycle }), { format: 'png', scale: 1 });
    expect(rendered.findings ?? []).toEqual([]);
    const diagram = await renderMermaid(lifecycle, resolveTheme(undefined), undefined, { withoutTitle: true });
    expect(diagram.width).toBeLessThanOrEqual(JOURNEY_MAX_WIDTH_PX);
    expect(clippedInMermaid(diagram)).toEqual([]);
    const rowOf = (text: string) => diagram.labels.find((label) => label.text === text)!.box.y;
    expect(rowOf('Buy')).toBeGreaterThan(rowOf('Discover') + 300);
    // The rows' boxes line up.
    const left = (text: string) => diagram.labels.find((label) => label.text === text)!.container!.x;
    expect(left('First report')).toBeCloseTo(left('Hear about us'), 0);
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
