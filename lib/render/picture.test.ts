import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSpec, type VisualSpec } from '@/lib/spec/visual';
import { rejectedGlimpseError, thrownGlimpseError } from '@/lib/testing/errors';
import { dataUri, ENTITY_BOMB, padPng, pdfStreams, pixelsOf, solidPicture, solidSvg, useBomb, type Rgb } from '@/lib/testing/pictures';
import { readPdf } from '@/lib/testing/pdf';
import { svgToPdf } from './pdf';
import { rasterize } from './rasterize';
import { render } from './render';

/*
 * Pictures in specs may not reach anything outside themselves. A temp folder holds a "secret" JPEG
 * and PNG of a colour nothing else draws, a text file with a marker, and a FIFO (opening it would
 * block the render forever); no output of any format may carry them, and a picture that points at
 * them is a 400 at its field path — from the schema, and again from the render when handed one
 * directly. Broken pictures are 400s too; good ones are drawn, re-encoded.
 */

const SECRET: Rgb = [17, 233, 71];
const SHOWN: Rgb = [225, 29, 72];
const MARKER = 'GLIMPSE-SECRET-MARKER-7c1e';
let folder = '';
let secretJpeg: Buffer = Buffer.alloc(0);
let secretPng: Buffer = Buffer.alloc(0);
const file = (name: string) => path.join(folder, name);

beforeAll(async () => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'glimpse-pictures-'));
  secretJpeg = await solidPicture('jpeg', 64, 64, SECRET);
  secretPng = await solidPicture('png', 64, 64, SECRET);
  writeFileSync(file('secret.jpg'), secretJpeg);
  writeFileSync(file('secret.png'), secretPng);
  writeFileSync(file('secret.txt'), `${MARKER}\n`);
  execFileSync('mkfifo', [file('fifo')]);
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const deck = (picture: string) => ({
  kind: 'slides',
  title: 'Pictures',
  logo: picture,
  slides: [{ layout: 'icon-text', title: 'A picture', image: picture, text: 'Beside the picture.' }],
});
const PICTURE_PATHS = [['logo'], ['slides', 0, 'image']];

/** A valid deck with `picture` put in after parsing: what a render would get if the schema let it through. */
function injected(picture: string): VisualSpec {
  const spec = parseSpec(deck(dataUri('svg+xml', solidSvg(SHOWN))));
  if (spec.kind !== 'slides') throw new Error('not a deck');
  const slide = spec.slides[0];
  if (slide?.layout !== 'icon-text') throw new Error('not icon-text');
  return { ...spec, logo: picture, slides: [{ ...slide, image: picture }] };
}

const linking = (href: string) => solidSvg(SHOWN, `<image href="${href}" width="100" height="100"/><image xlink:href="${href}" xmlns:xlink="http://www.w3.org/1999/xlink" width="50" height="50"/>`);
const attacks = (): [string, string][] => [
  ['<image href> to a JPEG on disk', linking(file('secret.jpg'))],
  ['xlink:href file:// to a PNG on disk', linking(`file://${file('secret.png')}`)],
  ['<image href> to a text file', linking(file('secret.txt'))],
  ['<image href="/dev/zero">', linking('/dev/zero')],
  ['<image href> to a FIFO', linking(file('fifo'))],
  ['a fill url() to a file', solidSvg(SHOWN, `<rect width="9" height="9" fill="url(${file('secret.svg')}#p)"/>`)],
  ['nested <use>, 10 levels of 10', useBomb(10)],
  ['the billion laughs', ENTITY_BOMB],
  ['a script', solidSvg(SHOWN, '<script>while(1){}</script>')],
];

/** No output carries the secret files: their bytes, the marker (raw or in an inflated PDF stream), or the secret colour. */
async function expectSealed(body: Buffer, format: string) {
  const haystacks = format === 'pdf' ? [body, ...pdfStreams(body)] : format === 'pptx' || format === 'zip' ? [body, ...Object.values(unzipSync(body)).map((entry) => Buffer.from(entry))] : [body];
  for (const haystack of haystacks) {
    expect(haystack.includes(secretJpeg.subarray(2, 200)), `${format}: the secret JPEG`).toBe(false);
    expect(haystack.includes(MARKER), `${format}: the marker`).toBe(false);
  }
  const images = format === 'png' || format === 'webp' ? [body] : format === 'zip' || format === 'pptx' ? Object.entries(unzipSync(body)).filter(([name]) => /\.(png|jpe?g)$/.test(name)).map(([, entry]) => Buffer.from(entry)) : [];
  for (const image of images) expect(await pixelsOf(image, SECRET, 12), `${format}: pixels of the secret colour`).toBe(0);
}

describe('SVG pictures that reach outside themselves are refused at their path', () => {
  it.each(attacks())('%s: by the schema', (_name, svg) => {
    const error = thrownGlimpseError(() => parseSpec(deck(dataUri('svg+xml', svg))));
    expect(error.code).toBe('invalid_spec');
    for (const where of PICTURE_PATHS) expect(error.issues.map((issue) => issue.path)).toContainEqual(where);
  });

  it.each(attacks())('%s: by the render, in every format, reading nothing', async (_name, svg) => {
    for (const format of ['png', 'svg', 'pdf', 'pptx', 'zip'] as const) {
      const error = await rejectedGlimpseError(render(injected(dataUri('svg+xml', svg)), { format, scale: 1 }));
      expect(error.code, format).toBe('invalid_spec');
      expect(PICTURE_PATHS, `${format}: ${error.message}`).toContainEqual(error.issues[0]?.path);
    }
  });

  it('an <image> inside <metadata> is dropped with it: the picture draws, the file is never read', async () => {
    const spec = parseSpec(deck(dataUri('svg+xml', solidSvg(SHOWN, `<metadata><image href="${file('secret.jpg')}" width="100" height="100"/></metadata>`))));
    for (const format of ['png', 'webp', 'svg', 'pdf', 'pptx', 'zip'] as const) await expectSealed((await render(spec, { format, scale: 1 })).body, format);
  });
});

describe('pages that link outside themselves: the PDF and raster backstops', () => {
  it('svgToPdf draws no <image> that is not a PNG/JPEG data URI: paths, file://, /dev/zero, a FIFO', async () => {
    const hrefs = [file('secret.jpg'), `file://${file('secret.png')}`, '/dev/zero', file('fifo'), ` data:image/png;base64,${secretPng.toString('base64')}`, dataUri('svg+xml', linking(file('secret.jpg')))];
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">${hrefs.map((href) => `<image href="${href}" width="10" height="10"/>`).join('')}</svg>`;
    const pdf = await svgToPdf([{ svg, width: 100, height: 100 }], { title: 'x', description: 'x' });
    await expectSealed(pdf, 'pdf');
    expect((await readPdf(pdf)).pages[0]?.images).toEqual([]);
  });

  it('svgToPdf still draws a PNG and a JPEG data URI', async () => {
    const pictures = [dataUri('png', await solidPicture('png', 8, 8, SHOWN)), dataUri('jpeg', await solidPicture('jpeg', 8, 8, SHOWN))];
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">${pictures.map((href) => `<image href="${href}" width="10" height="10"/>`).join('')}</svg>`;
    expect((await readPdf(await svgToPdf([{ svg, width: 100, height: 100 }], { title: 'x', description: 'x' }))).pages[0]?.images).toHaveLength(2);
  });

  it('rasterize refuses a page that links to a file instead of letting resvg read it', async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><image href="${file('secret.png')}" width="64" height="64"/></svg>`;
    const error = await rejectedGlimpseError(rasterize(svg, { format: 'png', scale: 1 }));
    expect(error.code).toBe('render_failed');
  });
});

const truncated = (bytes: Buffer) => bytes.subarray(0, Math.floor(bytes.length * 0.6));

describe('broken pictures are 400s naming the field, never 500s', () => {
  it.each([
    ['a PNG of four bytes (data:image/png;base64,AAAA)', () => 'data:image/png;base64,AAAA', /not a PNG/],
    ['"SVG" that is not SVG', () => dataUri('svg+xml', 'hello, I am not a picture'), /not an SVG|root/],
    ['a JPEG declared as PNG', async () => dataUri('png', await solidPicture('jpeg', 8, 8, SHOWN)), /declared image\/png but its bytes are a JPEG/],
    ['a JPEG cut off before its frame header', async () => dataUri('jpeg', (await solidPicture('jpeg', 8, 8, SHOWN)).subarray(0, 20)), /header has no image size/],
  ])('%s: by the schema', async (_name, picture, rule) => {
    const input = deck(await picture());
    const error = thrownGlimpseError(() => parseSpec(input));
    expect(error.code).toBe('invalid_spec');
    expect(error.issues.find((issue) => issue.path.join('.') === 'logo')?.message).toMatch(rule);
  });

  it.each([
    ['a truncated JPEG', async () => dataUri('jpeg', truncated(await solidPicture('jpeg', 300, 200, SHOWN)))],
    ['a truncated PNG', async () => dataUri('png', truncated(await solidPicture('png', 300, 200, SHOWN)))],
  ])('%s (its header reads): by the render, at its path', async (_name, picture) => {
    const spec = parseSpec(deck(await picture()));
    for (const format of ['png', 'pdf', 'pptx'] as const) {
      const error = await rejectedGlimpseError(render(spec, { format, scale: 1 }));
      expect(error.code, format).toBe('invalid_spec');
      expect(PICTURE_PATHS).toContainEqual(error.issues[0]?.path);
      expect(error.issues[0]?.message).toMatch(/could not be decoded/);
    }
  });
});

describe('good pictures are drawn, re-encoded', () => {
  it.each([
    ['PNG', async () => dataUri('png', padPng(await solidPicture('png', 300, 200, SHOWN), 4000))],
    ['JPEG', async () => dataUri('jpeg', await solidPicture('jpeg', 300, 200, SHOWN))],
    ['SVG', async () => dataUri('svg+xml', solidSvg(SHOWN))],
  ])('%s: visible in PNG, PDF and PPTX; the SVG embeds only PNG/JPEG made here', async (_name, picture) => {
    const uri = await picture();
    const spec = parseSpec(deck(uri));
    const png = await render(spec, { format: 'png', scale: 1 });
    // The icon-text square (~335px) and the logo (40px tall) in the picture's colour.
    expect(await pixelsOf(png.body, SHOWN, 12)).toBeGreaterThan(300 * 300);
    const svg = (await render(spec, { format: 'svg', scale: 1 })).body.toString('utf8');
    const images = [...svg.matchAll(/<image\b[^>]*href="(data:[^;]+);base64,([^"]+)"/g)];
    const pictures = images.map(([, type]) => type).filter((type) => type !== 'data:image/svg+xml');
    expect(pictures).toHaveLength(2);
    expect(pictures.every((type) => type === 'data:image/png' || type === 'data:image/jpeg')).toBe(true);
    expect(svg.includes(uri.slice(uri.indexOf(',') + 1, uri.indexOf(',') + 200)), 'the original bytes').toBe(false);
    expect(svg, 'metadata is not carried over').not.toContain(Buffer.from('pad').toString('base64'));
    const pdf = await readPdf((await render(spec, { format: 'pdf', scale: 1 })).body);
    expect(pdf.pages[0]?.images).toHaveLength(2);
    const pptx = unzipSync((await render(spec, { format: 'pptx', scale: 1 })).body);
    const media = Object.entries(pptx).filter(([name]) => /^ppt\/media\/.+\.(png|jpe?g)$/.test(name));
    const shown = await Promise.all(media.map(async ([, bytes]) => pixelsOf(Buffer.from(bytes), SHOWN, 12)));
    expect(shown.filter((count) => count > 0), 'the logo and the picture').toHaveLength(2);
  });
});
