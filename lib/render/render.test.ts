import { describe, expect, it, vi } from 'vitest';
import sharp from 'sharp';
import { PDFDocument } from 'pdf-lib';
import { readPdf } from '@/lib/testing/pdf';
import { exportFormats, render, renderHash } from './render';
import { parseSpec, type VisualSpec } from '@/lib/spec/visual';
import { GlimpseError } from '@/lib/errors';
import { embeddedSvgs, inkPixels } from '@/lib/testing/drawing';
import { MAX_HEIGHT, MAX_OUTPUT_PIXELS, MAX_SECTIONS } from '@/lib/limits';

const spec = parseSpec({
  kind: 'infographic',
  title: 'Render test',
  width: 640,
  sections: [{ type: 'stats', items: [{ value: '42%', label: 'Adoption', icon: 'rocket' }] }],
}) as Extract<VisualSpec, { kind: 'infographic' }>;

async function expectGlimpseError(promise: Promise<unknown>, code: string, path?: (string | number)[]) {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(GlimpseError);
  expect((error as GlimpseError).code).toBe(code);
  if (path) expect((error as GlimpseError).issues.map((issue) => issue.path)).toContainEqual(path);
}

describe('render', () => {
  it.each([
    ['png', 1],
    ['png', 2],
    ['webp', 1],
    ['webp', 0.5],
  ] as const)('%s at scale %s decodes at the stated size', async (format, scale) => {
    const result = await render(spec, { format, scale });
    const metadata = await sharp(result.body).metadata();
    expect(metadata.format).toBe(format);
    expect(metadata.width).toBe(Math.round(640 * scale));
    expect(metadata.width).toBe(result.width);
    expect(metadata.height).toBe(result.height);
    // Not blank, and drawn at scale: the stat's icon is inked where the SVG places it, scaled.
    const [icon] = embeddedSvgs((await render(spec, { format: 'svg', scale: 1 })).body.toString('utf8'));
    if (!icon) throw new Error('no icon image in the SVG');
    const box = { x: icon.x * scale, y: icon.y * scale, width: icon.width * scale, height: icon.height * scale };
    expect(await inkPixels(result.body, box), 'pixels drawn in the icon box').toBeGreaterThan(box.width * box.height * 0.1);
  });

  it('svg carries <title> and <desc> with the alt text and decodes', async () => {
    const result = await render(spec, { format: 'svg', scale: 1 });
    const svg = result.body.toString('utf8');
    expect(svg).toContain('<title id="glimpse-title">Render test</title>');
    expect(svg).toMatch(/<desc id="glimpse-desc">Infographic: Render test\. Adoption: 42%\.<\/desc>/);
    expect(svg).toContain('role="img"');
    const metadata = await sharp(result.body).metadata();
    expect(metadata.width).toBe(640);
    expect(metadata.height).toBe(result.height);
  });

  it('pdf is one vector page of the visual size with the title set', async () => {
    const result = await render(spec, { format: 'pdf', scale: 1 });
    expect(result.body.subarray(0, 5).toString()).toBe('%PDF-');
    const document = await PDFDocument.load(result.body);
    expect(document.getPageCount()).toBe(1);
    const { width, height } = document.getPage(0).getSize();
    expect(width).toBeCloseTo(640, 0);
    expect(height).toBeCloseTo(result.height, 0);
    expect(document.getTitle()).toBe('Render test');
    // Vector: no raster image XObjects for this spec (icons are inlined as paths).
    expect(result.body.toString('latin1')).not.toMatch(/\/Subtype\s*\/Image/);
  });

  it('PDF text is real text, drawn visibly in the embedded font that drew it (Inter for Latin, the CJK subset for Han)', async () => {
    const latin = parseSpec({ kind: 'infographic', title: 'Quarterly revenue', width: 640, sections: [{ type: 'text', text: 'Glimpse draws every word.' }] });
    const pdf = await render(latin, { format: 'pdf', scale: 1 });
    const raw = pdf.body.toString('latin1');
    expect(raw).toMatch(/\/BaseFont\s*\/[A-Z]{6}\+Inter/);
    expect(raw).toMatch(/\/FontFile2/);
    expect(raw).not.toMatch(/\/BaseFont\s*\/Helvetica/);
    const { pages } = await readPdf(pdf.body);
    expect(pages[0]?.text).toContain('Quarterly');
    expect(pages[0]?.text).toContain('every');
    // Words are shown as text with a visible fill (an invisible layer over outlines would count 0).
    expect(pages[0]?.visibleTexts).toBeGreaterThanOrEqual(6);
    const cjk = await render(parseSpec({ kind: 'infographic', title: '季度營收', locale: 'zh-TW', width: 640, sections: [{ type: 'text', text: '每個字都畫出來。' }] }), { format: 'pdf', scale: 1 });
    expect(cjk.body.toString('latin1')).toMatch(/\/BaseFont\s*\/[A-Z]{6}\+NotoSansTC/);
    const read = await readPdf(cjk.body);
    expect(read.pages[0]?.text.replace(/\s+/g, '')).toContain('季度營收');
    expect(read.pages[0]?.visibleTexts).toBeGreaterThan(0);
  });

  it('is a pure function of (spec, options): same bytes, same hash', async () => {
    const first = await render(spec, { format: 'png', scale: 1 });
    const second = await render(parseSpec(JSON.parse(JSON.stringify(spec))), { format: 'png', scale: 1 });
    expect(second.hash).toBe(first.hash);
    expect(Buffer.compare(first.body, second.body)).toBe(0);
    const pdfs = await Promise.all([render(spec, { format: 'pdf', scale: 1 }), render(spec, { format: 'pdf', scale: 1 })]);
    expect(Buffer.compare(pdfs[0].body, pdfs[1].body)).toBe(0);
  });

  it('hash changes with spec, format and raster scale, not with scale for vector formats', () => {
    const base = renderHash(spec, { format: 'png', scale: 1 });
    expect(renderHash({ ...spec, title: 'Other' }, { format: 'png', scale: 1 })).not.toBe(base);
    expect(renderHash(spec, { format: 'webp', scale: 1 })).not.toBe(base);
    expect(renderHash(spec, { format: 'png', scale: 2 })).not.toBe(base);
    expect(renderHash(spec, { format: 'svg', scale: 2 })).toBe(renderHash(spec, { format: 'svg', scale: 1 }));
  });

  // Every option that changes the bytes must change the hash (the ETag, and the cache key), and an
  // option a format ignores must not: for every target × export format × option, both directions.
  const hashSpecs = {
    infographic: spec,
    chart: parseSpec({ kind: 'chart', title: 'c', width: 400, type: 'bar', data: [{ label: 'a', value: 1 }, { label: 'b', value: 2 }] }),
    deck: parseSpec({ kind: 'slides', title: 'd', slides: [{ layout: 'section', title: 'One' }, { layout: 'section', title: 'Two' }] }),
    whiteboard: parseSpec({ kind: 'whiteboard', title: 'w', width: 400, nodes: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }], edges: [{ from: 'a', to: 'b' }] }),
  };
  const hashCases = Object.entries(hashSpecs).flatMap(([name, visual]) =>
    exportFormats(visual).flatMap((format) => [
      [name, format, { scale: 0.5 }, visual],
      ...(name === 'deck' ? [[name, format, { page: 1 }, visual] as const] : []),
    ] as const),
  );
  it.each(hashCases)('%s as %s: hash differs exactly when the bytes do (%o)', async (_name, format, change, visual) => {
    const base = { format, scale: 1 };
    const changed = { ...base, ...change };
    const [a, b] = [await render(visual, base), await render(visual, changed)];
    expect(a.hash).toBe(renderHash(visual, base));
    expect(b.hash).toBe(renderHash(visual, changed));
    expect(a.hash === b.hash).toBe(Buffer.compare(a.body, b.body) === 0);
  });

  it.each(['zip', 'pptx', 'pdf'] as const)('%s bytes do not depend on the clock', async (format) => {
    const at = async (time: string) => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date(time));
      try {
        return (await render(hashSpecs.deck, { format, scale: 0.5 })).body;
      } finally {
        vi.useRealTimers();
      }
    };
    expect(Buffer.compare(await at('2031-05-06T07:08:09Z'), await at('2040-11-12T13:14:15Z'))).toBe(0);
  });

  it(`a zip whose pages would exceed MAX_OUTPUT_PIXELS is too_large, like the png`, async () => {
    const wide = parseSpec({ ...spec, width: 4096, height: 1000 });
    await expectGlimpseError(render(wide, { format: 'png', scale: 4 }), 'too_large', ['scale']);
    await expectGlimpseError(render(wide, { format: 'zip', scale: 4 }), 'too_large', ['scale']);
    const zip = await render(wide, { format: 'zip', scale: 0.5 });
    expect(zip.body.subarray(0, 2).toString()).toBe('PK');
  });

  it('a fixed height with room to spare is honoured exactly', async () => {
    const result = await render({ ...spec, height: 900 }, { format: 'png', scale: 1 });
    expect((await sharp(result.body).metadata()).height).toBe(900);
  });

  it('content taller than a fixed height is a content_overflow error naming height', async () => {
    await expectGlimpseError(render({ ...spec, height: 200 }, { format: 'png', scale: 1 }), 'content_overflow', ['height']);
  });

  it(`content taller than MAX_HEIGHT (${MAX_HEIGHT}px) is a content_overflow error`, async () => {
    const tall = parseSpec({
      kind: 'infographic',
      title: 'Tall',
      width: 320,
      sections: Array.from({ length: MAX_SECTIONS }, () => ({ type: 'text', text: 'word '.repeat(190) })),
    });
    await expectGlimpseError(render(tall, { format: 'svg', scale: 1 }), 'content_overflow');
  });

  it(`output exactly at MAX_OUTPUT_PIXELS renders; one row more is too_large`, async () => {
    const width = 2500;
    const scale = 2;
    const height = MAX_OUTPUT_PIXELS / (width * scale * scale);
    const atLimit = parseSpec({ ...spec, width, height }) as Extract<VisualSpec, { kind: 'infographic' }>;
    const result = await render(atLimit, { format: 'png', scale });
    const metadata = await sharp(result.body).metadata();
    expect((metadata.width ?? 0) * (metadata.height ?? 0)).toBe(MAX_OUTPUT_PIXELS);
    await expectGlimpseError(render({ ...atLimit, height: height + 1 }, { format: 'png', scale }), 'too_large', ['scale']);
  });
});

describe('exportFormats', () => {
  it.each([
    ['infographic', spec, ['png', 'webp', 'svg', 'pdf']],
    ['chart', { kind: 'chart', title: 'c', type: 'bar', data: [{ label: 'a', value: 1 }] }, ['png', 'webp', 'svg', 'pdf', 'csv']],
    ['deck', { kind: 'slides', title: 'd', slides: [{ layout: 'section', title: 'a' }, { layout: 'section', title: 'b' }] }, ['png', 'webp', 'svg', 'pdf', 'pptx', 'zip']],
    ['whiteboard', { kind: 'whiteboard', title: 'w', nodes: [{ id: 'a', label: 'A' }] }, ['png', 'webp', 'svg', 'pdf', 'excalidraw']],
    ['mermaid whiteboard', { kind: 'whiteboard', title: 'w', mermaid: 'flowchart LR\n A --> B' }, ['png', 'webp', 'svg', 'pdf']],
  ])('%s', (_name, input, formats) => {
    expect(exportFormats(parseSpec(input))).toEqual(formats);
  });
});
