import { afterAll, describe, expect, it } from 'vitest';
import { mermaidPool } from '@/lib/render/mermaid/pool';
import { GANTT_TICK_PX } from '@/lib/render/mermaid/page-script';
import { parseSpec } from '@/lib/spec/visual';
import { embedDrawing, placeEmbed } from './embed';
import { slideGeometry } from './geometry';
import { embedGeometry } from './layout-geometry';
import type { Slide, SlidesSpec } from './schema';

/*
 * An embedded mermaid diagram fills the slide's body as far as its shape allows, and the critic
 * reads its smallest label (gantt ticks, commit ids: 14 px in mermaid's units), not 16 px for all.
 */

afterAll(async () => {
  await mermaidPool().close();
});

const deck = (mermaid: string, aspect: '16:9' | '4:3' | '1:1' = '16:9') => parseSpec({ kind: 'slides', title: 'Deck', aspect, slides: [{ layout: 'embed', title: 'Embedded', visual: { kind: 'whiteboard', mermaid } }] }) as SlidesSpec;

/** The embed slide's drawing, where it is placed, and its scale there (slide pixels at scale 1). */
async function placed(spec: SlidesSpec) {
  const slide = spec.slides[0] as Extract<Slide, { layout: 'embed' }>;
  const geometry = slideGeometry(spec, 0);
  const { area } = embedGeometry(geometry, slide);
  const drawing = await embedDrawing(spec, slide, { width: area.w, height: area.h }, geometry.scale);
  const picture = placeEmbed(area, drawing);
  return { drawing, picture, area, scale: picture.w / drawing.width };
}

const gantt = 'gantt\n  dateFormat YYYY-MM-DD\n  section Build\n  Design :a1, 2027-01-04, 10d\n  Build :a2, after a1, 20d\n  section Ship\n  Beta :b1, after a2, 10d\n  Launch :milestone, after b1, 0d';

describe('embedded mermaid on a slide', () => {
  it('the critic reads the smallest label: a gantt drawn at 0.8 has 11.2 px ticks (its 16 px names would pass)', async () => {
    const { drawing } = await placed(deck(gantt));
    const small = drawing.findings(0.8).filter((finding) => finding.rule === 'text-too-small');
    expect(small.map((finding) => finding.path)).toEqual([['mermaid']]);
    expect(small[0]?.message).toContain(`${(GANTT_TICK_PX * 0.8).toFixed(1)} px`);
    expect(drawing.findings(1).filter((finding) => finding.rule === 'text-too-small')).toEqual([]);
  });

  it.each(['4:3', '1:1'] as const)('a gantt on a %s slide is drawn as wide as the body, its ticks at 14 px (not shrunk from 1,100 px to ~11 px)', async (aspect) => {
    const { drawing, picture, area, scale } = await placed(deck(gantt, aspect));
    expect(picture.w).toBeGreaterThanOrEqual(area.w - 2);
    expect(GANTT_TICK_PX * scale).toBeGreaterThanOrEqual(GANTT_TICK_PX - 0.1);
    expect(drawing.findings(scale)).toEqual([]);
  });

  it('a left-to-right chain on a square slide is turned to fill it: labels twice as large, the picture a larger share of the body (was a 69 px strip)', async () => {
    const chain = 'flowchart LR\n  A[Collect feedback] --> B[Group themes] --> C[Rank by impact] --> D[Plan the quarter]';
    const { drawing, picture, area, scale } = await placed(deck(chain, '1:1'));
    const share = (picture.w * picture.h) / (area.w * area.h);
    // Before: drawn left to right, 918 × 69 px (8 % of the body), labels 16.8 px.
    expect(picture.h).toBeGreaterThan(picture.w);
    expect(share).toBeGreaterThan(0.3);
    expect(16 * scale).toBeGreaterThanOrEqual(28);
    expect(scale).toBeLessThanOrEqual(drawing.maxScale + 1e-9);
  });

  it('a chain as wide in both directions keeps the writer\'s direction (turning gains under TURN_GAIN)', async () => {
    const chain = 'flowchart TB\n  A[Collect feedback] --> B[Group themes] --> C[Rank by impact] --> D[Plan the quarter] --> E[Ship]';
    const { picture } = await placed(deck(chain));
    expect(picture.h).toBeGreaterThan(picture.w);
  });
});
