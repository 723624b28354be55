import path from 'node:path';
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { unzipSync, strFromU8 } from 'fflate';
import { GlimpseError } from '@/lib/errors';
import { MAX_SLIDES, MAX_TABLE_COLUMNS } from '@/lib/limits';
import { lintSpec } from '@/lib/lint';
import { render } from '@/lib/render/render';
import { measureText } from '@/lib/render/text-paths';
import { renderSvg } from '@/lib/render/satori';
import { rasterize } from '@/lib/render/rasterize';
import { parseSpec } from '@/lib/spec/visual';
import { embeddedSvgs, inkPixels } from '@/lib/testing/drawing';
import { compareGolden } from '@/lib/testing/golden';
import { dataUri, padJpeg, padPng, padSvg, pngHeader, solidPicture, solidSvg } from '@/lib/testing/pictures';
import { itEnforcesEdges, type Edge } from '@/lib/testing/edges';
import { readPdf } from '@/lib/testing/pdf';
import { thrownGlimpseError } from '@/lib/testing/errors';
import { englishDeck, japaneseDeck, slidesExamples } from './examples';

const GOLDEN_DIR = path.join(import.meta.dirname, '__goldens__');
const deck = (slides: unknown[], extra: Record<string, unknown> = {}) => ({ kind: 'slides', title: 'Deck', slides, ...extra });

const parseError = (input: unknown) => thrownGlimpseError(() => parseSpec(input));

describe('slides goldens (every layout, four looks, 16:9 and 4:3, Japanese)', () => {
  const cases = slidesExamples.flatMap((example) => {
    const spec = parseSpec(example.spec);
    const pages = spec.kind === 'slides' ? spec.slides.length : 1;
    return Array.from({ length: pages }, (_, page) => [`${example.name}-${page + 1}`, example.spec, page] as const);
  });
  it.each(cases)('%s matches its golden PNG', async (name, input, page) => {
    const spec = parseSpec(input);
    const svg = await renderSvg(spec, page);
    const png = await rasterize(svg.svg, { format: 'png', scale: 1 });
    const golden = compareGolden(png, path.join(GOLDEN_DIR, `${name}.png`));
    expect(golden.ok, golden.message).toBe(true);
  });
});

describe('slides schema', () => {
  it.each([
    ['no slides', deck([]), ['slides']],
    [`more than ${MAX_SLIDES} slides`, deck(Array.from({ length: MAX_SLIDES + 1 }, () => ({ layout: 'section', title: 'x' }))), ['slides']],
    ['unknown layout', deck([{ layout: 'video', title: 'x' }]), ['slides', 0, 'layout']],
    ['nested too deep', deck([{ layout: 'bullets', title: 'x', bullets: [{ text: 'a', sub: [{ text: 'b', sub: ['c'] }] }] }]), ['slides', 0, 'bullets', 0, 'sub', 0]],
    [`a table row of more than ${MAX_TABLE_COLUMNS} cells`, deck([{ layout: 'table', title: 'x', columns: ['a', 'b'], rows: [Array.from({ length: MAX_TABLE_COLUMNS + 1 }, () => '1')] }]), ['slides', 0, 'rows', 0]],
    ['embed of another kind', deck([{ layout: 'embed', visual: { kind: 'slides' } }]), ['slides', 0, 'visual', 'kind']],
    ['invalid embedded whiteboard', deck([{ layout: 'embed', visual: { kind: 'whiteboard', nodes: [{ id: 'a', label: 'A' }, { id: 'a', label: 'B' }] } }]), ['slides', 0, 'visual', 'nodes', 1, 'id']],
    ['invalid embedded chart', deck([{ layout: 'embed', visual: { kind: 'chart', type: 'bar', data: [{ label: 'a', value: 'x' }] } }]), ['slides', 0, 'visual', 'data', 0, 'value']],
    ['remote logo', deck([{ layout: 'section', title: 'x' }], { logo: 'https://example.com/logo.png' }), ['logo']],
  ])('rejects %s', (_name, input, path) => {
    expect(parseError(input).issues.map((issue) => issue.path)).toContainEqual(path);
  });
});

describe('uneven tables', () => {
  const table = (columns: string[], rows: string[][]) => {
    const spec = parseSpec(deck([{ layout: 'table', title: 'x', columns, rows }]));
    const slide = spec.kind === 'slides' ? spec.slides[0] : undefined;
    return { slide: slide?.layout === 'table' ? { columns: slide.columns, rows: slide.rows } : undefined, findings: lintSpec(spec) };
  };

  it('a short row ends in blank cells', () => {
    const { slide, findings } = table(['Plan', 'Price', 'Seats'], [['Free', '$0', '1'], ['Pro', '$10']]);
    expect(slide).toEqual({ columns: ['Plan', 'Price', 'Seats'], rows: [['Free', '$0', '1'], ['Pro', '$10', '']] });
    expect(findings.map((finding) => [finding.rule, finding.path])).toEqual([['uneven-table', ['slides', 0, 'rows', 1]]]);
  });

  it('rows all one longer than the headings get a blank heading over the row labels', () => {
    const { slide } = table(['Free', 'Pro'], [['Price', '$0', '$10'], ['Seats', '1', '10']]);
    expect(slide?.columns).toEqual(['', 'Free', 'Pro']);
  });

  it('rows of mixed lengths make the table as wide as the longest, blanks at the end', () => {
    const { slide } = table(['a', 'b'], [['1', '2', '3'], ['4']]);
    expect(slide).toEqual({ columns: ['a', 'b', ''], rows: [['1', '2', '3'], ['4', '', '']] });
  });

  it('an even table is left alone and draws no finding', () => {
    expect(table(['a', 'b'], [['1', '2']])).toEqual({ slide: { columns: ['a', 'b'], rows: [['1', '2']] }, findings: [] });
  });
});

const repeat = <T,>(count: number, item: T): T[] => Array.from({ length: count }, () => item);
const one = (slide: Record<string, unknown>) => deck([slide]);
/** Real pictures of exactly `bytes` bytes (the schema reads their headers; an SVG is sanitised). */
const SMALL_PNG = await solidPicture('png', 4, 4, [1, 2, 3]);
const SMALL_JPEG = await solidPicture('jpeg', 4, 4, [1, 2, 3]);
const picture = (bytes: number, type: 'png' | 'jpeg' | 'svg+xml' = 'png') =>
  dataUri(type, type === 'png' ? padPng(SMALL_PNG, bytes) : type === 'jpeg' ? padJpeg(SMALL_JPEG, bytes) : padSvg(solidSvg([1, 2, 3]), bytes));
/** A PNG header claiming `pixels` pixels (one row): the schema refuses it before anything decodes it. */
const claimedPixels = (pixels: number) => deck([{ layout: 'section', title: 'x' }], { logo: dataUri('png', pngHeader(pixels, 1)) });
/** A table slide of `columns` columns and `rows` rows, every row as wide as the header. */
const table = (columns: number, rows = 1) => one({ layout: 'table', title: 'x', columns: repeat(columns, 'h'), rows: repeat(rows, repeat(columns, 'c')) });

const slideEdges: Edge[] = [
  { limit: 'MAX_SLIDES', what: 'slides', build: (count) => deck(repeat(count, { layout: 'section', title: 'x' })), path: ['slides'] },
  { limit: 'MAX_BULLETS', what: 'bullets on a slide', build: (count) => one({ layout: 'bullets', title: 'x', bullets: repeat(count, 'b') }), path: ['slides', 0, 'bullets'] },
  { limit: 'MAX_BULLETS', what: 'bullets in a column', build: (count) => one({ layout: 'two-columns', title: 'x', left: { bullets: repeat(count, 'b') }, right: { bullets: ['b'] } }), path: ['slides', 0, 'left', 'bullets'] },
  { limit: 'MAX_SUB_BULLETS', what: 'nested bullets', build: (count) => one({ layout: 'bullets', title: 'x', bullets: [{ text: 'b', sub: repeat(count, 's') }] }), path: ['slides', 0, 'bullets', 0, 'sub'] },
  { limit: 'MAX_LINE_CHARS', what: 'characters of a bullet', build: (length) => one({ layout: 'bullets', title: 'x', bullets: ['b'.repeat(length)] }), path: ['slides', 0, 'bullets', 0] },
  { limit: 'MAX_LINE_CHARS', what: 'characters of a step detail', build: (length) => one({ layout: 'timeline', title: 'x', steps: [{ title: 'a', text: 't'.repeat(length) }, { title: 'b' }] }), path: ['slides', 0, 'steps', 0, 'text'] },
  { limit: 'MAX_SLIDE_SUBTITLE_CHARS', what: 'characters of a title-slide subtitle', build: (length) => one({ layout: 'title', title: 'x', subtitle: 's'.repeat(length) }), path: ['slides', 0, 'subtitle'] },
  { limit: 'MAX_SLIDE_SUBTITLE_CHARS', what: 'characters of a section subtitle', build: (length) => one({ layout: 'section', title: 'x', subtitle: 's'.repeat(length) }), path: ['slides', 0, 'subtitle'] },
  { limit: 'MAX_SPEAKER_NOTES_CHARS', what: 'characters of speaker notes', build: (length) => one({ layout: 'section', title: 'x', notes: 'n'.repeat(length) }), path: ['slides', 0, 'notes'] },
  { limit: 'MAX_SLIDE_STATS', what: 'big numbers', build: (count) => one({ layout: 'stats', title: 'x', stats: repeat(count, { value: '1', label: 'a' }) }), path: ['slides', 0, 'stats'] },
  { limit: 'MAX_SLIDE_VALUE_CHARS', what: 'characters of a big number', build: (length) => one({ layout: 'stats', title: 'x', stats: [{ value: '9'.repeat(length), label: 'a' }] }), path: ['slides', 0, 'stats', 0, 'value'] },
  { limit: 'MAX_VALUE_CHARS', what: 'characters of a delta', build: (length) => one({ layout: 'stats', title: 'x', stats: [{ value: '1', label: 'a', delta: '+'.repeat(length) }] }), path: ['slides', 0, 'stats', 0, 'delta'] },
  { limit: 'MIN_TABLE_COLUMNS', what: 'table columns', build: (count) => table(count), path: ['slides', 0, 'columns'] },
  { limit: 'MAX_TABLE_COLUMNS', what: 'table columns', build: (count) => table(count), path: ['slides', 0, 'columns'] },
  { limit: 'MAX_TABLE_ROWS', what: 'table rows', build: (count) => table(2, count), path: ['slides', 0, 'rows'] },
  { limit: 'MIN_TIMELINE_STEPS', what: 'timeline steps', build: (count) => one({ layout: 'timeline', title: 'x', steps: repeat(count, { title: 's' }) }), path: ['slides', 0, 'steps'] },
  { limit: 'MAX_TIMELINE_STEPS', what: 'timeline steps', build: (count) => one({ layout: 'timeline', title: 'x', steps: repeat(count, { title: 's' }) }), path: ['slides', 0, 'steps'] },
  { limit: 'MAX_DATE_CHARS', what: 'characters of a step label', build: (length) => one({ layout: 'timeline', title: 'x', steps: [{ label: 'l'.repeat(length), title: 'a' }, { title: 'b' }] }), path: ['slides', 0, 'steps', 0, 'label'] },
  { limit: 'MAX_LOGO_BYTES', what: 'bytes of logo', build: (bytes) => deck([{ layout: 'section', title: 'x' }], { logo: picture(bytes) }), path: ['logo'] },
  { limit: 'MAX_LOGO_BYTES', what: 'bytes of an SVG logo', build: (bytes) => deck([{ layout: 'section', title: 'x' }], { logo: picture(bytes, 'svg+xml') }), path: ['logo'] },
  { limit: 'MAX_LOGO_BYTES', what: 'bytes of a picture', build: (bytes) => one({ layout: 'icon-text', title: 'x', image: picture(bytes, 'jpeg'), text: 't' }), path: ['slides', 0, 'image'] },
  { limit: 'MAX_PICTURE_INPUT_PIXELS', what: 'pixels a PNG logo declares', build: claimedPixels, path: ['logo'], code: 'too_large' },
];

describe('slides limits at their edges', () => {
  itEnforcesEdges(slideEdges, parseSpec);
});

describe('slides render and export', () => {
  it('bullets that cannot fit are a 422 naming the slide and field', async () => {
    const long = 'This bullet goes on and on with words that will never fit on one slide at a readable size, '.repeat(2);
    const spec = parseSpec(deck([{ layout: 'section', title: 'Fine' }, { layout: 'bullets', title: 'Too much', bullets: Array.from({ length: 8 }, () => long) }]));
    const error = await render(spec, { format: 'png', scale: 1, page: 1 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GlimpseError);
    expect((error as GlimpseError).code).toBe('content_overflow');
    expect((error as GlimpseError).issues[0]?.path).toEqual(['slides', 1, 'bullets']);
  });

  it('a very long title shrinks, then wraps, and stays on the slide', async () => {
    const long = 'A title that is far longer than any title on a slide should be, to prove that it shrinks and wraps';
    const spec = parseSpec(deck([{ layout: 'bullets', title: 'Short', bullets: ['one'] }, { layout: 'bullets', title: long, bullets: ['one'] }]));
    const result = await render(spec, { format: 'png', scale: 1, page: 1 });
    expect([result.width, result.height]).toEqual([1280, 720]);
    // Title words as satori placed them (the PDF's text): the title is the only 800-weight text.
    const titleWords = async (page: number) => ((await renderSvg(spec, page, { text: 'elements' })).texts ?? []).filter((word) => word.weight === 800);
    const [short, words] = [await titleWords(0), await titleWords(1)];
    expect(words.map((word) => word.text).join('')).toBe(long.replace(/\s+/g, ''));
    const sizes = new Set(words.map((word) => word.size));
    expect(sizes.size).toBe(1);
    const [size = 0] = sizes;
    expect(size, 'shrinks below the size of a short title').toBeLessThan(short[0]?.size ?? 0);
    expect(new Set(words.map((word) => word.y)).size, 'lines').toBe(2);
    for (const word of words) {
      expect(word.x, word.text).toBeGreaterThanOrEqual(0);
      expect(word.x + measureText(word.text, { size, weight: 800 }), word.text).toBeLessThanOrEqual(1280);
      expect(word.y, word.text).toBeLessThan(720);
    }
  });

  it('?slide=N renders one slide; past the end is invalid_option at slide', async () => {
    const spec = parseSpec(englishDeck);
    const third = await render(spec, { format: 'png', scale: 1, page: 2 });
    expect((await sharp(third.body).metadata()).width).toBe(1280);
    const error = await render(spec, { format: 'png', scale: 1, page: 10 }).catch((caught: unknown) => caught);
    expect((error as GlimpseError).issues[0]?.path).toEqual(['slide']);
  });

  it.each([
    ['English', englishDeck, ['Glimpse: answers as pictures', 'What Glimpse does', 'How it compares']],
    ['Japanese', japaneseDeck, ['Glimpse のご紹介', 'できること', '比較']],
  ])('%s deck → PDF: one vector 960×540pt page per slide, searchable text, title set', async (_name, input, phrases) => {
    const spec = parseSpec(input);
    const pdf = await readPdf((await render(spec, { format: 'pdf', scale: 1 })).body);
    expect(pdf.pages).toHaveLength(10);
    for (const [index, page] of pdf.pages.entries()) {
      expect([page.width, page.height].map(Math.round), `page ${index + 1}`).toEqual([960, 540]);
      // Vector: drawn in paths, with no raster pictures (the embedded chart and the icons are inlined SVG).
      expect(page.paths, `page ${index + 1}`).toBeGreaterThan(0);
      expect(page.images, `page ${index + 1}`).toEqual([]);
      // The 1280px slide is scaled onto its 960pt page: the footer's page number ends 72px (54pt) from the right edge, not past it.
      expect(page.textRight, `page ${index + 1}`).toBeLessThanOrEqual(page.width - 50);
      expect(page.textRight, `page ${index + 1}`).toBeGreaterThan(page.width * 0.85);
    }
    const all = pdf.pages.map((page) => page.text).join('\n').replace(/\s+/g, '');
    for (const phrase of phrases) expect(all).toContain(phrase.replace(/\s+/g, ''));
    expect(pdf.title).toBe(spec.title);
  });

  it.each([
    ['English', englishDeck],
    ['Japanese', japaneseDeck],
  ])('%s deck → PPTX with editable text runs, a table and speaker notes', async (_name, input) => {
    const spec = parseSpec(input);
    const result = await render(spec, { format: 'pptx', scale: 1 });
    expect(result.body.subarray(0, 2).toString()).toBe('PK');
    const files = unzipSync(new Uint8Array(result.body));
    const slides = Object.keys(files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
    expect(slides).toHaveLength(10);
    const xml = (name: string) => strFromU8(files[name] ?? new Uint8Array());
    const source = input as typeof englishDeck;
    const first = source.slides[0] as { title: string };
    expect(xml('ppt/slides/slide1.xml')).toContain(`<a:t>${first.title}</a:t>`);
    const third = source.slides[2] as { bullets: (string | { text: string })[] };
    const bullet = third.bullets[0];
    expect(xml('ppt/slides/slide3.xml')).toContain(`<a:t>${typeof bullet === 'string' ? bullet : bullet?.text}</a:t>`);
    expect(xml('ppt/slides/slide8.xml')).toContain('<a:tbl>');
    const notes = Object.keys(files).filter((name) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name)).map(xml).join('\n');
    const noted = source.slides.find((slide) => 'notes' in slide && slide.notes) as { notes: string };
    expect(notes).toContain(noted.notes);
    // Pictures only where a part is a picture: the embedded chart and the icon.
    expect(Object.keys(files).filter((name) => name.startsWith('ppt/media/')).length).toBeLessThanOrEqual(3);
  });

  it('zip holds every slide as a 1280×720 PNG', async () => {
    const result = await render(parseSpec(englishDeck), { format: 'zip', scale: 1 });
    const files = unzipSync(new Uint8Array(result.body));
    const names = Object.keys(files).sort();
    expect(names).toHaveLength(10);
    const metadata = await sharp(Buffer.from(files[names[9] ?? ''] ?? new Uint8Array())).metadata();
    expect([metadata.format, metadata.width, metadata.height]).toEqual(['png', 1280, 720]);
  });

  it('a whiteboard embeds in a slide (PNG and PPTX picture)', async () => {
    const spec = parseSpec(deck([{ layout: 'embed', title: 'Flow', visual: { kind: 'whiteboard', nodes: [{ id: 'a', label: 'Ask' }, { id: 'b', label: 'Answer' }], edges: [{ from: 'a', to: 'b' }] } }]));
    const svg = (await render(spec, { format: 'svg', scale: 1 })).body.toString('utf8');
    const [board] = embeddedSvgs(svg);
    if (!board) throw new Error('no whiteboard image on the slide');
    const png = await rasterize(svg, { format: 'png', scale: 1 });
    // Two filled nodes and an arrow ink ~14% of the whiteboard's box; a blank drawing inks none.
    expect(await inkPixels(png, board), 'pixels drawn in the whiteboard box').toBeGreaterThan(board.width * board.height * 0.05);
    const pptx = unzipSync(new Uint8Array((await render(spec, { format: 'pptx', scale: 1 })).body));
    const target = /Type="[^"]*\/image" Target="\.\.\/(media\/[^"]+)"/.exec(strFromU8(pptx['ppt/slides/_rels/slide1.xml.rels'] ?? new Uint8Array()))?.[1];
    const picture = Buffer.from(pptx[`ppt/${target}`] ?? new Uint8Array());
    expect(picture.length, `slide 1's picture (${target})`).toBeGreaterThan(0);
    const metadata = await sharp(picture).metadata();
    expect(metadata.format).toBe('png');
    const { width = 0, height = 0 } = metadata;
    expect(await inkPixels(picture, { x: 0, y: 0, width, height }), 'pixels drawn in the PPTX picture').toBeGreaterThan(width * height * 0.05);
    // The picture's alt text is the slide's, and says what it is (it said "(chart)").
    expect(strFromU8(pptx['ppt/slides/slide1.xml'] ?? new Uint8Array())).toContain('descr="Flow (diagram)"');
  });

  it('pptx of an infographic is unsupported_format', async () => {
    const spec = parseSpec({ kind: 'infographic', title: 'x', sections: [{ type: 'text', text: 'y' }] });
    const error = await render(spec, { format: 'pptx', scale: 1 }).catch((caught: unknown) => caught);
    expect((error as GlimpseError).code).toBe('unsupported_format');
  });
});
