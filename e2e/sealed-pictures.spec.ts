import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { unzipSync } from 'fflate';
import { dataUri, pdfStreams, pixelsOf, solidPicture, solidSvg, useBomb, type Rgb } from '../lib/testing/pictures';
import { expectErrorBody } from './fixtures';

/*
 * Issue 12, finding 1 and the picture half of 6, against the built server: a spec's SVG picture that
 * points at files on the server's disk must never bring them into any output, and a broken picture
 * is a 400 naming its field. The files are real: a JPEG and a PNG of a colour nothing else draws, a
 * text file with a marker, /dev/zero and a FIFO (a read of either would never end).
 */

const SECRET: Rgb = [17, 233, 71];
const SHOWN: Rgb = [225, 29, 72];
const MARKER = 'GLIMPSE-E2E-SECRET-3f9a';
const FORMATS = ['png', 'webp', 'svg', 'pdf', 'pptx', 'zip'] as const;
type Format = (typeof FORMATS)[number];

let folder = '';
let secretJpeg: Buffer = Buffer.alloc(0);
let secretPng: Buffer = Buffer.alloc(0);
const file = (name: string) => path.join(folder, name);

test.beforeAll(async () => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'glimpse-e2e-pictures-'));
  secretJpeg = await solidPicture('jpeg', 64, 64, SECRET);
  secretPng = await solidPicture('png', 64, 64, SECRET);
  writeFileSync(file('secret.jpg'), secretJpeg);
  writeFileSync(file('secret.png'), secretPng);
  writeFileSync(file('secret.txt'), `${MARKER}\n`);
  execFileSync('mkfifo', [file('fifo')]);
});
test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Two slides, so the deck has a zip; the picture is the logo (every slide) and the first slide's image. */
const deck = (logo: string | undefined, image: string) => ({
  kind: 'slides',
  title: 'Sealed pictures',
  ...(logo ? { logo } : {}),
  slides: [
    { layout: 'icon-text', title: 'A picture', image, text: 'Beside the picture.' },
    { layout: 'bullets', title: 'After it', bullets: ['One more slide'] },
  ],
});

const linking = (href: string) => solidSvg(SHOWN, `<image href="${href}" width="100" height="100"/><image xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="${href}" width="50" height="50"/>`);

/** The body carries none of the secrets: the JPEG's bytes, the PNG's pixel data, the marker (PDF streams inflated, archives unpacked), nor their colour in any raster. */
async function expectSealed(response: APIResponse, format: Format) {
  const body = await response.body();
  // An error answer is JSON: searched as it is, not unpacked.
  const drawn = response.ok();
  const entries = drawn && (format === 'pptx' || format === 'zip') ? Object.entries(unzipSync(body)).map(([name, bytes]) => [name, Buffer.from(bytes)] as const) : [];
  const haystacks = [body, ...(drawn && format === 'pdf' ? pdfStreams(body) : []), ...entries.map(([, bytes]) => bytes)];
  const idat = secretPng.subarray(secretPng.indexOf('IDAT') + 4, secretPng.indexOf('IEND') - 8);
  for (const haystack of haystacks) {
    expect.soft(haystack.includes(secretJpeg.subarray(2, 300)), `${format} carries the secret JPEG`).toBe(false);
    expect.soft(haystack.includes(idat), `${format} carries the secret PNG's pixel data`).toBe(false);
    expect.soft(haystack.includes(MARKER), `${format} carries the marker`).toBe(false);
  }
  const rasters = !drawn ? [] : format === 'png' || format === 'webp' ? [body] : entries.filter(([name]) => /\.(png|jpe?g)$/.test(name)).map(([, bytes]) => bytes);
  for (const raster of rasters) expect.soft(await pixelsOf(raster, SECRET, 12), `${format}: pixels of the secret colour`).toBe(0);
}

const post = (request: APIRequestContext, spec: unknown, format: Format) =>
  request.post(`/api/render?format=${format}`, { data: Buffer.from(JSON.stringify(spec)), headers: { 'content-type': 'application/json' }, timeout: 30_000 });

test.describe('pictures are sealed from the server disk', () => {
  const attacks: [string, () => string][] = [
    ['<image href> to a JPEG on disk', () => linking(file('secret.jpg'))],
    ['xlink:href file:// to a PNG on disk', () => linking(`file://${file('secret.png')}`)],
    ['<image href> to a text file', () => linking(file('secret.txt'))],
    ['<image href="/dev/zero">', () => linking('/dev/zero')],
    ['<image href> to a FIFO', () => linking(file('fifo'))],
    ['nested <use>, 6 levels of 10', () => useBomb(6)],
  ];
  for (const [name, svg] of attacks) {
    test(`${name}: no format carries the file; 400 at logo and slides.0.image`, async ({ request }) => {
      const picture = dataUri('svg+xml', svg());
      const responses = [];
      // Every format's body first (soft: each leak is reported), then the answers.
      for (const format of FORMATS) {
        const response = await post(request, deck(picture, picture), format);
        await expectSealed(response, format);
        responses.push(response);
      }
      for (const response of responses) {
        const error = await expectErrorBody(response, 400, 'invalid_spec', ['logo']);
        expect(error.issues.map((issue) => issue.path)).toContainEqual(['slides', 0, 'image']);
      }
    });
  }

  test('an <image> inside <metadata> is dropped with it: every format draws the picture and carries no file', async ({ request }) => {
    const picture = dataUri('svg+xml', solidSvg(SHOWN, `<metadata><image href="${file('secret.jpg')}" width="100" height="100"/></metadata>`));
    for (const format of FORMATS) {
      const response = await post(request, deck(picture, picture), format);
      expect(response.status(), `${format}: ${(await response.text()).slice(0, 200)}`).toBe(200);
      await expectSealed(response, format);
      if (format === 'png') expect(await pixelsOf(await response.body(), SHOWN, 12)).toBeGreaterThan(300 * 300);
    }
  });
});

/** The first 60% of a picture: its header still reads, its pixels do not. */
const cut = (bytes: Buffer) => bytes.subarray(0, Math.floor(bytes.length * 0.6));

test.describe('broken pictures are 400s naming the field', () => {
  const cases: [string, () => Promise<{ logo?: string; image: string }>, (string | number)[]][] = [
    ['data:image/png;base64,AAAA as the logo', async () => ({ logo: 'data:image/png;base64,AAAA', image: dataUri('svg+xml', solidSvg(SHOWN)) }), ['logo']],
    ['"SVG" that is not SVG', async () => ({ image: dataUri('svg+xml', 'not a picture at all') }), ['slides', 0, 'image']],
    ['a truncated JPEG (found while decoding)', async () => ({ image: dataUri('jpeg', cut(await solidPicture('jpeg', 300, 200, SHOWN))) }), ['slides', 0, 'image']],
    ['a truncated PNG (found while decoding)', async () => ({ image: dataUri('png', cut(await solidPicture('png', 300, 200, SHOWN))) }), ['slides', 0, 'image']],
  ];
  for (const [name, pictures, where] of cases) {
    test(`${name} → 400 invalid_spec at ${where.join('.')}`, async ({ request }) => {
      const { logo, image } = await pictures();
      for (const format of ['png', 'pdf', 'pptx'] as const) await expectErrorBody(await post(request, deck(logo, image), format), 400, 'invalid_spec', where);
    });
  }
});
