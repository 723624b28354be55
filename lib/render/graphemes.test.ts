import { describe, expect, it } from 'vitest';
import { graphemes, GRAPHEME_CHUNK_CHARS } from './emoji';
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

  it('short text is one pass', () => {
    expect(graphemes('a👍🏽b')).toEqual(['a', '👍🏽', 'b']);
  });

  it('pictures are not text: data URIs are left out of the text fonts and emoji are chosen for', () => {
    expect(collectText({ title: 'Logo', logo: 'data:image/png;base64,AAAA', slides: [{ text: 'x' }] })).toEqual(['Logo', 'x']);
  });
});
