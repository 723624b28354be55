import { afterAll, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { colord } from 'colord';
import { strFromU8, unzipSync } from 'fflate';
import { mermaidPool } from '@/lib/render/mermaid/pool';
import { render } from '@/lib/render/render';
import { rasterize } from '@/lib/render/rasterize';
import { resolveTheme } from '@/lib/render/theme';
import { parseSpec } from '@/lib/spec/visual';
import { embeddedSvgs, type Box } from '@/lib/testing/drawing';
import { drawWhiteboard } from '@/lib/targets/whiteboard/draw';
import { layoutWhiteboard } from '@/lib/targets/whiteboard/layout';
import { whiteboardSpecSchema } from '@/lib/targets/whiteboard/schema';
import { embedDrawing, placeEmbed } from './embed';
import { slideGeometry } from './geometry';
import { embedGeometry } from './layout-geometry';
import { deckTheme } from './look';
import { ASPECTS, type Slide, type SlidesSpec } from './schema';

/*
 * An embedded visual takes the deck's look, palette and mode unless its own spec sets them: read
 * from the pixels of the slide's PNG, the picture in the PPTX, and the embedded drawing's SVG.
 */

afterAll(async () => {
  await mermaidPool().close();
});

type EmbedSlide = Extract<Slide, { layout: 'embed' }>;
const bars = { kind: 'chart', type: 'bar', data: [{ label: 'North', value: 42 }, { label: 'South', value: 31 }, { label: 'East', value: 27 }, { label: 'West', value: 12 }] };
const board = { kind: 'whiteboard', nodes: [{ id: 'a', label: 'Ask' }, { id: 'b', label: 'Plan' }, { id: 'c', label: 'Answer' }], edges: [{ from: 'a', to: 'b' }, { from: 'b', to: 'c' }] };
const deck = (visual: Record<string, unknown>, extra: Record<string, unknown> = {}) => parseSpec({ kind: 'slides', title: 'Deck', slides: [{ layout: 'embed', title: 'Embedded', visual }], ...extra }) as SlidesSpec;
const slideOf = (spec: SlidesSpec) => spec.slides[0] as EmbedSlide;

/** Shares of the pixels in `box` near each colour (within 24 per channel), and of near-white ones. */
function shares(png: Buffer, box: Box, colours: string[]) {
  const image = PNG.sync.read(png);
  const wanted = colours.map((colour) => colord(colour).toRgb());
  const counts = colours.map(() => 0);
  let white = 0;
  let total = 0;
  for (let y = Math.ceil(box.y); y < Math.floor(box.y + box.height); y += 1) {
    for (let x = Math.ceil(box.x); x < Math.floor(box.x + box.width); x += 1) {
      const offset = (y * image.width + x) * 4;
      const [r = 0, g = 0, b = 0] = image.data.subarray(offset, offset + 3);
      wanted.forEach((want, index) => {
        if (Math.max(Math.abs(r - want.r), Math.abs(g - want.g), Math.abs(b - want.b)) <= 24) counts[index] = (counts[index] ?? 0) + 1;
      });
      if (r > 230 && g > 230 && b > 230) white += 1;
      total += 1;
    }
  }
  return { colours: counts.map((count) => count / total), white: white / total };
}

async function slidePng(spec: SlidesSpec) {
  const rendered = await render(spec, { format: 'svg', scale: 1 });
  const svg = rendered.body.toString('utf8');
  const [picture] = embeddedSvgs(svg);
  if (!picture) throw new Error('no picture on the embed slide');
  return { png: await rasterize(svg, { format: 'png', scale: 1 }), picture, svg: picture.svg };
}

describe('an embedded visual takes the deck\'s look, palette and mode', () => {
  it('a dark deck\'s chart is dark, in the deck\'s palette: its picture has the slide\'s background, no white box, bars in the palette\'s first colour', async () => {
    const spec = deck(bars, { theme: { mode: 'dark', palette: 'forest' } });
    const theme = deckTheme(spec.theme, spec.look);
    const { png, picture } = await slidePng(spec);
    const { colours, white } = shares(png, picture, [theme.background, theme.accents[0] ?? '']);
    expect(colours[0], 'share of the picture in the slide\'s background').toBeGreaterThan(0.5);
    expect(colours[1], 'share of the picture in the palette\'s first colour (the bars)').toBeGreaterThan(0.1);
    expect(white, 'share of near-white pixels').toBeLessThan(0.005);
    // Not the light default colours: the first light accent draws nothing.
    expect(shares(png, picture, [resolveTheme(undefined).accents[0] ?? '']).colours[0]).toBeLessThan(0.001);
  });

  it('a dark deck\'s whiteboard and mermaid diagram are drawn on the slide\'s background with light ink', async () => {
    for (const visual of [board, { kind: 'whiteboard', mermaid: 'flowchart LR\n  A[Ask] --> B[Plan] --> C[Answer]' }]) {
      const spec = deck(visual, { theme: { mode: 'dark' } });
      const theme = deckTheme(spec.theme, spec.look);
      const { png, picture } = await slidePng(spec);
      const { colours } = shares(png, picture, [theme.background, theme.text]);
      expect(colours[0], `${JSON.stringify(visual).slice(0, 40)}: background share`).toBeGreaterThan(0.3);
      expect(colours[1], `${JSON.stringify(visual).slice(0, 40)}: light ink share`).toBeGreaterThan(0.002);
      // No box of its own: the picture's rim is the slide's background all round.
      const rim = [{ ...picture, height: 3 }, { ...picture, y: picture.y + picture.height - 3, height: 3 }, { ...picture, width: 3 }, { ...picture, x: picture.x + picture.width - 3, width: 3 }];
      for (const strip of rim) expect(shares(png, strip, [theme.background]).colours[0]).toBeGreaterThan(0.95);
    }
  });

  it('a pie on a square slide is drawn whole beside its legend: the picture\'s rim is the slide\'s background', async () => {
    const spec = deck({ kind: 'chart', type: 'pie', data: [{ label: 'Search', value: 46 }, { label: 'Direct', value: 27 }, { label: 'Referral', value: 18 }, { label: 'Social', value: 9 }] }, { aspect: '1:1' });
    const theme = deckTheme(spec.theme, spec.look);
    const { png, picture } = await slidePng(spec);
    const { x, y, width, height } = picture;
    const rim = { left: { x, y, width: 3, height }, right: { x: x + width - 3, y, width: 3, height }, top: { x, y, width, height: 3 }, bottom: { x, y: y + height - 3, width, height: 3 } };
    for (const [side, strip] of Object.entries(rim)) expect(shares(png, strip, [theme.background]).colours[0], `the picture's ${side} edge`).toBeGreaterThan(0.98);
  });

  it('the deck\'s look reaches the chart (bold: no grid; editorial: dashed grid) unless the chart sets its own', async () => {
    const svgOf = async (spec: SlidesSpec) => (await embedDrawing(spec, slideOf(spec), { width: 1000, height: 500 })).svg;
    const grid = (svg: string) => ({ grid: svg.includes('role-axis-grid'), dashed: svg.includes('stroke-dasharray') });
    expect(grid(await svgOf(deck(bars)))).toEqual({ grid: true, dashed: false });
    expect(grid(await svgOf(deck(bars, { look: 'bold' })))).toEqual({ grid: false, dashed: false });
    expect(grid(await svgOf(deck(bars, { look: 'editorial' })))).toEqual({ grid: true, dashed: true });
    expect(grid(await svgOf(deck({ ...bars, look: 'clean' }, { look: 'editorial' })))).toEqual({ grid: true, dashed: false });
  });

  it('a whiteboard is drawn by hand in a sketch deck and cleanly in the others, unless it sets its style or look', async () => {
    const drawnAs = async (spec: SlidesSpec) => {
      const svg = (await embedDrawing(spec, slideOf(spec), { width: 1000, height: 500 })).svg;
      const theme = deckTheme(spec.theme, spec.look);
      const styles = await Promise.all(
        (['sketch', 'clean'] as const).map(async (style) => {
          const parsed = whiteboardSpecSchema.parse({ title: 'Embedded', ...slideOf(spec).visual, style });
          return drawWhiteboard(parsed, await layoutWhiteboard(parsed), theme).svg === svg ? style : undefined;
        }),
      );
      return styles.filter(Boolean);
    };
    expect(await drawnAs(deck(board))).toEqual(['clean']);
    expect(await drawnAs(deck(board, { look: 'sketch' }))).toEqual(['sketch']);
    expect(await drawnAs(deck({ ...board, style: 'sketch' }))).toEqual(['sketch']);
    expect(await drawnAs(deck({ ...board, look: 'sketch' }, { look: 'bold' }))).toEqual(['sketch']);
    expect(await drawnAs(deck({ ...board, look: 'clean' }, { look: 'sketch' }))).toEqual(['clean']);
  });

  it('a chart\'s own theme wins where it sets a field (its palette), the deck\'s mode stays', async () => {
    const spec = deck({ ...bars, theme: { palette: 'sunset' } }, { theme: { mode: 'dark', palette: 'forest' } });
    const own = deckTheme({ mode: 'dark', palette: 'sunset' }, spec.look);
    const { png, picture } = await slidePng(spec);
    const { colours } = shares(png, picture, [own.background, own.accents[0] ?? '', deckTheme(spec.theme, spec.look).accents[0] ?? '']);
    expect(colours[0]).toBeGreaterThan(0.5);
    expect(colours[1]).toBeGreaterThan(0.1);
    expect(colours[2]).toBeLessThan(0.001);
  });

  it('the PPTX picture is the same drawing: dark background, the palette\'s bars, at the PNG\'s box', async () => {
    const spec = deck(bars, { theme: { mode: 'dark', palette: 'forest' }, aspect: '4:3' });
    const theme = deckTheme(spec.theme, spec.look);
    const files = unzipSync(new Uint8Array((await render(spec, { format: 'pptx', scale: 1 })).body));
    const rels = strFromU8(files['ppt/slides/_rels/slide1.xml.rels'] ?? new Uint8Array());
    const target = /Type="[^"]*\/image" Target="\.\.\/(media\/[^"]+)"/.exec(rels)?.[1];
    const media = Buffer.from(files[`ppt/${target}`] ?? new Uint8Array());
    const { width, height } = PNG.sync.read(media);
    const { colours, white } = shares(media, { x: 0, y: 0, width, height }, [theme.background, theme.accents[0] ?? '']);
    expect(colours[0]).toBeGreaterThan(0.5);
    expect(colours[1]).toBeGreaterThan(0.1);
    expect(white).toBeLessThan(0.005);
    // Placed where the PNG draws it (EMU per slide pixel from the slide size).
    const xml = strFromU8(files['ppt/slides/slide1.xml'] ?? new Uint8Array());
    const emuPerPx = Number(/<p:sldSz cx="(\d+)"/.exec(strFromU8(files['ppt/presentation.xml'] ?? new Uint8Array()))?.[1]) / ASPECTS[spec.aspect].width;
    const [x, y, cx, cy] = (/<p:pic>[\s\S]*?<a:off x="(\d+)" y="(\d+)"\/>\s*<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(xml) ?? []).slice(1).map((value) => Number(value) / emuPerPx);
    const layout = embedGeometry(slideGeometry(spec, 0), slideOf(spec));
    const drawing = await embedDrawing(spec, slideOf(spec), { width: layout.area.w, height: layout.area.h }, slideGeometry(spec, 0).scale);
    const placed = placeEmbed(layout.area, drawing);
    for (const [got, want] of [[x, placed.x], [y, placed.y], [cx, placed.w], [cy, placed.h]] as const) expect(Math.abs((got ?? -1) - want)).toBeLessThan(1.5);
    // Sharp on the slide: at least twice the pixels it is shown at.
    expect(width).toBeGreaterThanOrEqual(placed.w * 2 - 2);
  });
});
