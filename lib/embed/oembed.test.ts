import { describe, expect, it } from 'vitest';
import { GlimpseError } from '@/lib/errors';
import { MAX_OEMBED_URL_CHARS, MIN_SCALE } from '@/lib/limits';
import { fitScale, oembedFor, oembedQuerySchema, oembedTarget } from './oembed';

const ORIGIN = 'https://glimpse.example';
const ID = 'abcdefghijklmnopqrstuv';

function problem(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof GlimpseError) return { code: error.code, paths: error.issues.map((issue) => issue.path) };
    throw error;
  }
  throw new Error('expected a GlimpseError');
}

describe('oembedTarget', () => {
  it.each([
    [`${ORIGIN}/deck/${ID}`, { kind: 'deck', id: ID }],
    [`${ORIGIN}/embed/deck/${ID}/`, { kind: 'deck', id: ID }],
    [`http://glimpse.example/deck/${ID}`, { kind: 'deck', id: ID }],
    [`${ORIGIN}/share/share-id-123`, { kind: 'share', shareId: 'share-id-123' }],
    [`${ORIGIN}/i/${ID}.png`, { kind: 'image', id: ID, extension: 'png' }],
    [`${ORIGIN}/i/${ID}.svg?slide=3`, { kind: 'image', id: ID, extension: 'svg', slide: 3 }],
    [`${ORIGIN}/i/${ID}.webp?slide=0`, { kind: 'image', id: ID, extension: 'webp' }],
  ])('%s → %o', (url, expected) => {
    expect(oembedTarget(url, ORIGIN)).toEqual(expected);
  });

  it.each([
    ['/deck/x', 'invalid_option'],
    ['not a url', 'invalid_option'],
    [`https://evil.example/deck/${ID}`, 'invalid_option'],
    [`https://glimpse.example:8443/deck/${ID}`, 'invalid_option'],
    [`ftp://glimpse.example/deck/${ID}`, 'invalid_option'],
    [`${ORIGIN}/i/${ID}.pdf`, 'not_found'],
    [`${ORIGIN}/gallery`, 'not_found'],
  ])('refuses %s with %s at path url', (url, code) => {
    expect(problem(() => oembedTarget(url, ORIGIN))).toEqual({ code, paths: [['url']] });
  });
});

describe('oembed query and sizes', () => {
  it('takes a url of up to MAX_OEMBED_URL_CHARS characters, not one more', () => {
    const url = (length: number) => `${ORIGIN}/deck/${'x'.repeat(length - ORIGIN.length - 6)}`;
    expect(oembedQuerySchema.safeParse({ url: url(MAX_OEMBED_URL_CHARS) }).success).toBe(true);
    const over = oembedQuerySchema.safeParse({ url: url(MAX_OEMBED_URL_CHARS + 1) });
    expect(over.error?.issues[0]?.path).toEqual(['url']);
  });

  it('fits a picture into maxwidth/maxheight by a scale in hundredths, never above 1 or below MIN_SCALE', () => {
    expect(fitScale(1200, 630)).toBe(1);
    expect(fitScale(1200, 630, 2000)).toBe(1);
    expect(fitScale(1200, 630, 500)).toBe(0.41);
    expect(Math.round(1200 * fitScale(1200, 630, 500))).toBeLessThanOrEqual(500);
    expect(fitScale(1200, 630, 1200, 300)).toBe(0.47);
    expect(fitScale(1200, 630, 10)).toBe(MIN_SCALE);
  });

  it('answers format=xml with 501 not_implemented', async () => {
    await expect(oembedFor({ url: `${ORIGIN}/deck/${ID}`, format: 'xml' }, ORIGIN)).rejects.toMatchObject({ code: 'not_implemented' });
  });
});
