import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { PNG } from 'pngjs';
import { renderSvg } from '@/lib/render/satori';
import { rasterize } from '@/lib/render/rasterize';
import { tint } from '@/lib/render/theme';
import { parseSpec } from '@/lib/spec/visual';
import { probeMisses, type Probe } from '@/lib/testing/pixel-probes';
import { isRough } from '@/lib/targets/shared/rough';
import { slidesExamples } from './examples';
import { isNegativeDelta, lineCount, logoBox, slideGeometry, TITLE, type Box } from './geometry';
import { heldbackSet } from '@/lib/testing/heldback';
import { bulletsGeometry, embedGeometry, heroGeometry, iconTextGeometry, quoteGeometry, statsGeometry, tableGeometry, timelineGeometry, twoColumnsGeometry } from './layout-geometry';
import { deckTheme } from './look';
import { slidesToPptx } from './pptx';
import { ASPECTS, type Slide, type SlidesSpec } from './schema';

/*
 * The PNG view and the PPTX export both place parts by the layout geometry. These tests pin each
 * side to it: the PPTX's shapes sit exactly in the geometry's boxes at its font sizes, and the PNG
 * has each solid part's colour just inside, not just outside, its box, and text in its boxes.
 * Change a number on one side only and one of them fails.
 */

/** A solid 2:1 picture, so the logo's box can be probed in the PNG. */
function solidPng(width: number, height: number, [r, g, b]: [number, number, number]): string {
  const png = new PNG({ width, height });
  for (let offset = 0; offset < png.data.length; offset += 4) png.data.set([r, g, b, 255], offset);
  return `data:image/png;base64,${PNG.sync.write(png).toString('base64')}`;
}
const LOGO = { uri: solidPng(80, 40, [225, 29, 72]), ratio: 2, color: '#E11D48' };

/** What the examples leave out: 1:1, a logo, two rows of stats, a long quote, headless columns, bullets beside an icon, timelines down the slide. */
const squareDeck = {
  kind: 'slides',
  title: 'Square deck',
  aspect: '1:1',
  look: 'bold',
  logo: LOGO.uri,
  slides: [
    { layout: 'section', title: 'Square deck' },
    { layout: 'stats', title: 'Five numbers', stats: ['12', '7%', '3.4k', '99', '1'].map((value, index) => ({ value, label: `Measure ${index + 1}`, delta: index % 2 ? '–2%' : '+1%' })) },
    { layout: 'quote', quote: 'A long quotation set smaller: '.repeat(8).trim(), author: 'Someone', role: 'Somewhere' },
    { layout: 'two-columns', title: 'No headings', left: { bullets: ['One', 'Two'] }, right: { bullets: [{ text: 'Three', sub: ['Three and a half'] }] } },
    { layout: 'icon-text', title: 'Bullets by an icon', icon: 'rocket', bullets: ['Fast', 'Offline'] },
    { layout: 'timeline', title: 'Steps', steps: [{ title: 'Plan' }, { title: 'Build' }, { title: 'Ship' }] },
    // On a square, timelines run down the slide (timelineGeometry): dates, titles and details beside the dots.
    { layout: 'timeline', title: 'Dated steps', style: 'timeline', steps: [{ label: 'Q1', title: 'Plan', text: 'Scope and budget' }, { label: 'Q2', title: 'Build', text: 'Two teams' }, { label: 'Q3', title: 'Ship', text: 'To everyone' }] },
    { layout: 'embed', visual: { kind: 'chart', type: 'bar', columns: { label: ['a', 'b'], value: [1, 2] } } },
  ],
};

const decks = [...slidesExamples, { name: 'deck-square', spec: squareDeck }].map((example) => ({ name: example.name, spec: parseSpec(example.spec) as SlidesSpec }));

/** A part the PPTX must draw: its box and, for text, its font size (slide pixels). */
interface Part {
  name: string;
  box: Box;
  size?: number;
}

/** Every shape the PPTX draws on slide `index`, as the geometry places it. */
function pptxParts(spec: SlidesSpec, index: number): Part[] {
  const geometry = slideGeometry(spec, index);
  const slide = spec.slides[index] as Slide;
  const parts: Part[] = [];
  const add = (name: string, box: Box | undefined, size = (box as { size?: number } | undefined)?.size) => box && parts.push({ name, box, size });
  const hero = slide.layout === 'title' || slide.layout === 'section';
  const { look } = deckTheme(spec.theme, spec.look);
  if (look === 'bold' && !hero) add('bold bar', geometry.boldBar);
  if (look === 'paper') add('paper rule', geometry.paperRule);
  if (spec.logo) add('logo', logoBox(geometry, LOGO.ratio));
  if (geometry.footer.text) add('footer', geometry.footer.left, geometry.footer.size);
  add('page number', geometry.footer.right, geometry.footer.size);
  switch (slide.layout) {
    case 'title':
    case 'section': {
      const layout = heroGeometry(geometry, slide);
      add('bar', layout.bar);
      add('title', layout.title);
      add('subtitle', layout.subtitle);
      add('byline', layout.byline);
      break;
    }
    case 'bullets': {
      const layout = bulletsGeometry(geometry, slide);
      add('title', layout.title);
      add('bullets', layout.list);
      break;
    }
    case 'two-columns': {
      const layout = twoColumnsGeometry(geometry, slide);
      add('title', layout.title);
      layout.columns.forEach((column, side) => Object.entries({ heading: column.heading, underline: column.underline, bullets: column.list }).forEach(([part, box]) => add(`column ${side} ${part}`, box)));
      break;
    }
    case 'icon-text': {
      const layout = iconTextGeometry(geometry, slide);
      Object.entries({ title: layout.title, art: layout.art, icon: slide.image ? undefined : layout.icon, text: layout.text, bullets: layout.bullets }).forEach(([part, box]) => add(part, box));
      break;
    }
    case 'stats': {
      const layout = statsGeometry(geometry, slide);
      add('title', layout.title);
      layout.cells.forEach((cell, stat) => Object.entries({ bar: cell.bar, value: cell.value, label: cell.label, delta: cell.delta }).forEach(([part, box]) => add(`stat ${stat} ${part}`, box)));
      break;
    }
    case 'quote': {
      const layout = quoteGeometry(geometry, slide);
      Object.entries({ mark: layout.mark, quote: layout.quote, author: layout.author, role: layout.role }).forEach(([part, box]) => add(part, box));
      break;
    }
    case 'table': {
      const layout = tableGeometry(geometry, slide);
      add('title', layout.title);
      add('table', layout.box);
      break;
    }
    case 'timeline': {
      const layout = timelineGeometry(geometry, slide);
      add('title', layout.title);
      layout.connectors.forEach((line, index) => add(`connector ${index}`, { ...line, x: layout.row.x + line.x, y: layout.row.y + line.y }));
      layout.steps.forEach((step, index) => {
        add(`dot ${index}`, step.dot);
        if (slide.style === 'process') add(`number ${index}`, step.dot, layout.sizes.number);
        Object.entries({ label: step.label, title: step.title, text: step.text }).forEach(([part, box]) => add(`step ${index} ${part}`, box));
      });
      break;
    }
    case 'embed': {
      // The picture's box depends on the chart drawn; its area is what both sides share.
      const layout = embedGeometry(geometry, slide);
      add('title', layout.title);
      break;
    }
    default: {
      const unreachable: never = slide;
      return unreachable;
    }
  }
  return parts;
}

interface Shape {
  box: Box;
  size?: number;
  xml: string;
}

/** Each shape, picture and table of a slide: its frame in EMU and its first run's font size in points. */
function shapes(xml: string): Shape[] {
  return [...xml.matchAll(/<p:(sp|pic|graphicFrame)>([\s\S]*?)<\/p:\1>/g)].map(([, , body = '']) => {
    const [, x, y, w, h] = /<a:off x="(\d+)" y="(\d+)"\s*\/>\s*<a:ext cx="(\d+)" cy="(\d+)"/.exec(body) ?? [];
    const size = /\bsz="(\d+)"/.exec(body)?.[1];
    return { box: { x: Number(x), y: Number(y), w: Number(w), h: Number(h) }, size: size === undefined ? undefined : Number(size) / 100, xml: body };
  });
}

describe('negative deltas (one rule for PNG and PPTX colours)', () => {
  it.each([
    ['-3%', true],
    ['−3%', true],
    ['–3', true],
    ['  -0.5 pt', true],
    ['－3', true],
    ['+3', false],
    ['3', false],
    ['+12%', false],
    ['—', false],
  ])('%j is negative: %s', (delta, negative) => {
    expect(isNegativeDelta(delta)).toBe(negative);
  });
});

/** A deck's PPTX: its files, and the EMU per slide pixel its slide size gives. */
async function openPptx(spec: SlidesSpec) {
  const files = unzipSync(new Uint8Array(await slidesToPptx(spec)));
  const read = (name: string) => strFromU8(files[name] ?? new Uint8Array());
  const slideWidth = Number(/<p:sldSz cx="(\d+)"/.exec(read('ppt/presentation.xml'))?.[1]);
  return { read, emuPerPx: slideWidth / ASPECTS[spec.aspect].width };
}

describe('PPTX shapes sit in the layout geometry', () => {
  it.each(decks.map((deck) => [deck.name, deck.spec] as const))('%s: every shape at its geometry box and font size, and nothing else', async (_name, spec) => {
    const { read, emuPerPx } = await openPptx(spec);
    const pointsPerPx = (emuPerPx / 914400) * 72;
    const emu = (box: Box) => ({ x: box.x * emuPerPx, y: box.y * emuPerPx, w: box.w * emuPerPx, h: box.h * emuPerPx });
    const same = (a: Box, b: Box) => (['x', 'y', 'w', 'h'] as const).every((key) => Math.abs(a[key] - b[key]) <= 2);
    spec.slides.forEach((slide, index) => {
      const unmatched = shapes(read(`ppt/slides/slide${index + 1}.xml`));
      const missing: string[] = [];
      for (const part of pptxParts(spec, index)) {
        const at = unmatched.findIndex((shape) => same(shape.box, emu(part.box)) && (part.size === undefined || Math.abs((shape.size ?? 0) - part.size * pointsPerPx) <= 0.1));
        if (at === -1) missing.push(`${part.name} ${JSON.stringify(part.box)}${part.size === undefined ? '' : ` at ${part.size}px`}`);
        else unmatched.splice(at, 1);
      }
      // Left over: the embed's picture only, which must lie inside the geometry's area.
      const extra = unmatched.filter((shape) => {
        if (slide.layout !== 'embed') return true;
        const area = emu(embedGeometry(slideGeometry(spec, index), slide).area);
        // Fitted and centred in its area (embed.ts placeEmbed), as in the PNG.
        const inside = shape.box.y >= area.y - 2 && shape.box.y + shape.box.h <= area.y + area.h + 2 && shape.box.x >= area.x - 2 && shape.box.x + shape.box.w <= area.x + area.w + 2;
        return !(shape.xml.includes('<p:blipFill>') && inside);
      });
      expect({ slide: index + 1, missing, extra: extra.map((shape) => shape.box) }).toEqual({ slide: index + 1, missing: [], extra: [] });
    });
  });

  it('table rows are as tall as the geometry says', async () => {
    const spec = decks[0]?.spec;
    if (!spec) throw new Error('no example deck');
    const index = spec.slides.findIndex((slide) => slide.layout === 'table');
    const layout = tableGeometry(slideGeometry(spec, index), spec.slides[index] as Extract<Slide, { layout: 'table' }>);
    const { read, emuPerPx } = await openPptx(spec);
    const rows = [...read(`ppt/slides/slide${index + 1}.xml`).matchAll(/<a:tr h="(\d+)"/g)].map((match) => Number(match[1]) / emuPerPx);
    expect(rows.map(Math.round)).toEqual(layout.rows.map(Math.round));
  });
});

/** Where the PNG must show the geometry (text probes skip a gap bordered by darker text, whose antialiased edges hold every lighter grey). */
function pngProbes(spec: SlidesSpec, index: number): Probe[] {
  const geometry = slideGeometry(spec, index);
  const theme = deckTheme(spec.theme, spec.look);
  const slide = spec.slides[index] as Slide;
  const probes: Probe[] = [];
  // The sketch look draws its parts by hand (lib/render/rough-marks.ts): strokes in the box, not edge to edge (bullet dots stay round).
  const rough = isRough(theme.tokens);
  const probe = (name: string, box: Box, color: string, kind: Probe['kind'] = 'solid') => probes.push({ name, box, color, kind: rough && name !== 'first bullet' ? 'drawn' : kind });
  const text = (name: string, box: Box | undefined, color: string, above: number, below: number) => box && probes.push({ name, box, color, kind: 'text', clear: { above, below } });
  const accent = (index: number) => theme.accents[index % theme.accents.length] ?? theme.primary;
  const hero = slide.layout === 'title' || slide.layout === 'section';
  if (theme.look === 'bold' && !hero) probe('bold bar', geometry.boldBar, theme.primary);
  if (theme.look === 'paper') probe('paper rule', geometry.paperRule, tint(theme, theme.text, 0.25));
  if (spec.logo) probe('logo', logoBox(geometry, LOGO.ratio), LOGO.color);
  switch (slide.layout) {
    case 'title':
    case 'section': {
      const layout = heroGeometry(geometry, slide);
      probe('bar', layout.bar, theme.look === 'bold' ? theme.heroText : theme.primary);
      text('title', layout.title, theme.heroText, layout.gap, layout.gap);
      text('subtitle', layout.subtitle, theme.heroMuted, 0, layout.gap);
      break;
    }
    case 'bullets': {
      // The first bullet's dot (parts.tsx): 0.38 of the size across, half a size down.
      const { list } = bulletsGeometry(geometry, slide);
      probe('first bullet', { x: list.x, y: list.y + list.size * 0.5, w: list.size * 0.38, h: list.size * 0.38 }, theme.primary);
      break;
    }
    case 'two-columns':
      twoColumnsGeometry(geometry, slide).columns.forEach((column, side) => column.underline && probe(`rule ${side}`, column.underline, accent(side)));
      break;
    case 'icon-text':
      if (!slide.image) probe('art', iconTextGeometry(geometry, slide).art, tint(theme, theme.primary, 0.12), 'hollow');
      break;
    case 'stats':
      statsGeometry(geometry, slide).cells.forEach((cell, stat) => probe(`bar ${stat}`, cell.bar, accent(stat)));
      break;
    case 'table': {
      const layout = tableGeometry(geometry, slide);
      const { x, y, w } = layout.box;
      probe('header row', { x: x + layout.border, y: y + layout.border, w: w - layout.border * 2, h: layout.rows[0] ?? 0 }, theme.primary, 'hollow');
      break;
    }
    case 'timeline': {
      const layout = timelineGeometry(geometry, slide);
      layout.steps.forEach((step, index) => probe(`dot ${index}`, step.dot, accent(index), 'hollow'));
      layout.connectors.forEach((line, index) => probe(`connector ${index}`, { ...line, x: layout.row.x + line.x, y: layout.row.y + line.y }, tint(theme, theme.primary, rough ? 0.45 : 0.35)));
      layout.steps.forEach((step, index) => text(`step ${index} title`, step.title, theme.text, layout.stackGap, step.text ? layout.stackGap : 0));
      break;
    }
    case 'quote': {
      const layout = quoteGeometry(geometry, slide);
      text('quote', layout.quote, theme.text, layout.gap, layout.gap);
      text('role', layout.role, theme.textMuted, 0, layout.gap);
      break;
    }
    case 'embed':
      break;
    default: {
      const unreachable: never = slide;
      return unreachable;
    }
  }
  return probes;
}

describe('the PNG draws the layout geometry', () => {
  const cases = decks.filter((deck) => deck.name !== 'deck-midnight').flatMap((deck) => deck.spec.slides.map((_, index) => [`${deck.name}-${index + 1}`, deck.spec, index] as const));
  it.each(cases.filter(([, spec, index]) => pngProbes(spec, index).length > 0))('%s: solid parts fill their geometry boxes edge to edge; text sits in its boxes', async (_name, spec, index) => {
    const png = PNG.sync.read(await rasterize((await renderSvg(spec, index)).svg, { format: 'png', scale: 1 }));
    const misses = pngProbes(spec, index).flatMap((probe) => probeMisses(png, probe));
    expect(misses).toEqual([]);
  });
});

describe('title slides fill their slide (issue 14: deck-roadmap-6 had a 52 px title, 37 % of the slide used)', () => {
  const heroes = heldbackSet
    .filter((example) => example.name.startsWith('deck-'))
    .flatMap((example) => {
      const spec = parseSpec(example.spec) as SlidesSpec;
      return spec.slides.flatMap((slide, index) => (slide.layout === 'title' || slide.layout === 'section' ? [{ name: `${example.name} ${index + 1}`, spec, slide, index }] : []));
    });

  it.each(heroes.map((hero) => [hero.name, hero] as const))('%s: the title is set large (96 reference px when it fits three lines), the stack centred and inside the slide', (_name, { spec, slide, index }) => {
    const geometry = slideGeometry(spec, index);
    const layout = heroGeometry(geometry, slide);
    const last = layout.byline ?? layout.subtitle ?? layout.title;
    const stack = { top: layout.bar.y, bottom: last.y + last.h };
    expect(stack.top).toBeGreaterThanOrEqual(geometry.body.y);
    expect(stack.bottom).toBeLessThanOrEqual(geometry.body.y + geometry.body.h);
    expect(Math.abs((stack.top + stack.bottom) / 2 - (geometry.body.y + geometry.body.h / 2))).toBeLessThanOrEqual(1);
    expect(layout.title.size).toBeGreaterThanOrEqual(geometry.at(52));
    if (lineCount(geometry, slide.title, { size: geometry.at(96), ...TITLE }, geometry.body.w) <= 3) expect(layout.title.size).toBe(geometry.at(96));
  });

  it('deck-roadmap-6: a 96 px title and the stack half the slide\'s body, not a 52 px title in 37 % of it', () => {
    const roadmap = heroes.find((hero) => hero.name === 'deck-roadmap-6 1');
    if (!roadmap) throw new Error('no roadmap deck');
    const geometry = slideGeometry(roadmap.spec, 0);
    const layout = heroGeometry(geometry, roadmap.slide as Extract<Slide, { layout: 'title' }>);
    expect(layout.title.size).toBe(96);
    const last = layout.byline ?? layout.title;
    expect((last.y + last.h - layout.bar.y) / geometry.body.h).toBeGreaterThan(0.45);
  });
});
