import { describe, expect, it } from 'vitest';
import { graphemes, GRAPHEME_CHUNK_CHARS, SIMPLE_TEXT } from './emoji';
import { collectText } from './satori';

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
const onePass = (text: string) => Array.from(segmenter.segment(text), ({ segment }) => segment);

describe('graphemes in chunks', () => {
  it('equals one pass over the string, with clusters straddling every chunk boundary', () => {
    // Family emoji (ZWJ), flags (regional indicators), combining accents, Hangul jamo and CRLF, repeated past several chunks.
    const pieces = ['👨‍👩‍👧‍👦', '🇹🇼', 'e\u0301', '\u1100\u1161\u11A8', '\r\n', '漢', 'a', ' ', '👍🏽', 'x\u0308\u0301'];
    let text = '';
    for (let index = 0; text.length < GRAPHEME_CHUNK_CHARS * 3 + 7; index += 1) text += pieces[(index * 7) % pieces.length];
    for (const shift of [0, 1, 2, 3, 5]) {
      const shifted = 'y'.repeat(shift) + text;
      expect(graphemes(shifted)).toEqual(onePass(shifted));
    }
  });

  it('the fast path for simple text agrees with ICU on every code point it admits, and on neighbours of each', () => {
    const admitted: string[] = [];
    for (let point = 0; point <= 0xffff; point += 1) {
      const char = String.fromCodePoint(point);
      if (point < 0xd800 || point > 0xdfff) if (SIMPLE_TEXT.test(char)) admitted.push(char);
    }
    expect(admitted.length).toBeGreaterThan(40_000);
    // Each admitted character on its own and between two others admitted: ICU must see one cluster per code point.
    const text = admitted.join('');
    expect(onePass(text).length).toBe(admitted.length);
    for (const sample of ['a\u0301', 'a\r\nb', '\u1100\u1161', '가\u11a8', '👍🏽', '🇹🇼', 'か\u3099', 'ｶﾞ', 'a\u200db', 'ก\u0e33']) {
      expect(SIMPLE_TEXT.test(sample), sample).toBe(false);
      expect(graphemes(sample)).toEqual(onePass(sample));
    }
  });

  it('short text is one pass', () => {
    expect(graphemes('a👍🏽b')).toEqual(['a', '👍🏽', 'b']);
  });

  it('pictures are not text: data URIs are left out of the text fonts and emoji are chosen for', () => {
    expect(collectText({ title: 'Logo', logo: 'data:image/png;base64,AAAA', slides: [{ text: 'x' }] })).toEqual(['Logo', 'x']);
  });
});
