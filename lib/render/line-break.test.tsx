import { describe, expect, it } from 'vitest';
import { breakOpportunities, linePieces, prepareText, stripJoiners, WORD_JOINER } from './line-break';
import { elementToSvg, renderSvg } from './satori';
import { planFonts } from './fonts';
import { parseSpec } from '@/lib/spec/visual';
import { lineCount } from '@/lib/targets/slides/geometry';
import { strFromU8, unzipSync } from 'fflate';
import { slidesToPptx } from '@/lib/targets/slides/pptx';
import type { SlidesSpec } from '@/lib/targets/slides/schema';
import { stressDecks } from '@/lib/testing/stress/slides';

/** The lines satori draws (text layer words grouped by baseline, joiners taken out). */
function drawnLines(svg: string): string[] {
  const rows = new Map<number, string>();
  for (const match of svg.matchAll(/<text\b([^>]*)>([^<]*)<\/text>/g)) {
    const y = Number(/\sy="([^"]*)"/.exec(match[1] ?? '')?.[1] ?? 0);
    rows.set(y, (rows.get(y) ?? '') + (match[2] ?? ''));
  }
  return [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, line]) => stripJoiners(line).replace(/&amp;/g, '&').trim());
}

/** `text` in a box `width` px wide at `size` px, drawn by satori with what `elementToSvg` does to every render. */
async function lines(text: string, width: number, size: number, locale?: string, style: Record<string, unknown> = {}) {
  const element = <div style={{ display: 'flex', width, fontFamily: planFonts(text, locale).fontFamily, fontSize: size, wordBreak: 'break-word', ...style }}>{text}</div>;
  return drawnLines(await elementToSvg(element, { width, text, locale, embedFont: false }));
}

describe('line breaking (UAX #14 with kinsoku, numbers and units, CJK words)', () => {
  it.each([
    ['a number keeps its unit after a space', 'Memory reached 288 GB per second', undefined, '288 GB '],
    ['a number keeps a CJK counter', '在 9 月份发布', 'zh-Hans', '9 月份'],
    ['Han numerals keep their counter', '資料來源：內政部戶政司，二〇二四年十二月底統計。', 'zh-Hant', '十二月底'],
    ['a unit per unit stays whole', 'Peak bandwidth of 288 GB/s today', undefined, '288 GB/s '],
    ['a Han suffix stays with its word', '東京都の人口推移', 'ja', '東京都の'],
    ['a Han suffix stays with a katakana word', 'パスワードはハッシュ化されてから保存', 'ja', 'ハッシュ化されてから'],
    ['… a long one too', 'サーバー側で処理します', 'ja', 'サーバー側で'],
    ['a range stays whole', 'From 1989–2025 in review', undefined, '1989–2025 '],
    ['a spaced range stays whole', 'Open 9:00 – 17:00 daily', undefined, '9:00 – 17:00 '],
    ['a currency sign keeps its number', 'Raised € 20 million', undefined, '€ 20 '],
    ['brackets stay with their words', '東京の人口（推定）データ', 'ja', '（推定）'],
    ['a Japanese phrase stays whole', '今日は良い天気ですね。', 'ja', '天気ですね。'],
    ['a Chinese word stays whole', '机器学习模型的发展', 'zh-Hans', '机器'],
  ])('%s', (_name, text, locale, piece) => {
    expect(linePieces(text, locale)).toContain(piece);
    expect(stripJoiners(prepareText(text, locale))).toBe(text);
  });

  it('never leaves one character (or one short word) alone on the last line', () => {
    expect(linePieces('今日は良い天気です。旅行に行。', 'ja').at(-1)).toBe('旅行に行。');
    expect(linePieces('We will see it.').at(-1)).toBe('see it.');
    // Korean breaks at spaces only.
    expect(linePieces('한국어 문장은 띄어쓰기에서', 'ko')).toEqual(['한국어 ', '문장은 ', '띄어쓰기에서']);
  });

  it('keeps what UAX #14 already gives: hard breaks, and no break after an opening bracket', () => {
    expect(breakOpportunities('one\ntwo three four', undefined).filter((item) => item.required).map((item) => item.position)).toEqual([4]);
    expect(linePieces('「引用」、ね。そして', 'ja').some((piece) => piece.endsWith('「'))).toBe(false);
    expect(prepareText('plain words only here')).not.toContain(WORD_JOINER);
  });

  it.each([
    ['en', 'Memory bandwidth reached 288 GB per second in 2025', [220, 520], undefined, (drawn: string[]) => expect(drawn.some((line) => line.includes('288 GB'))).toBe(true)],
    ['en range', 'History of the project 1989–2025 in review', [250, 440], undefined, (drawn: string[]) => expect(drawn.some((line) => line.includes('1989–2025'))).toBe(true)],
    ['zh', '内存带宽达到 288 GB，在 9 月份发布（预计）', [230, 300, 420], 'zh-Hans', (drawn: string[]) => {
      expect(drawn.some((line) => line.includes('288 GB'))).toBe(true);
      expect(drawn.some((line) => line.includes('9 月'))).toBe(true);
      expect(drawn.every((line) => !line.endsWith('（'))).toBe(true);
    }],
    ['ja', '今日は良い天気ですね。明日も晴れるでしょう。旅行に行。', [270, 430, 500], 'ja', (drawn: string[]) => {
      expect(drawn.at(-1)).not.toBe('行。');
      expect(drawn.every((line) => !/^[。、）」ぁぃぅぇぉっゃゅょ]/u.test(line))).toBe(true);
      // Broken between phrases, never inside 天気 or 晴れる.
      expect(drawn.join('|')).not.toMatch(/天\|気|晴\|れ|晴れ\|る/u);
    }],
  ] as const)('satori draws the breaks (%s)', async (_name, text, widths, locale, check) => {
    // Widths at which satori alone broke these texts at the wrong place.
    for (const width of widths) {
      const drawn = await lines(text, width, 32, locale);
      expect(drawn.length).toBeGreaterThan(1);
      expect(drawn.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      check(drawn);
    }
  });

  it.each([
    ['en', 'Quarterly revenue and operating margin by region for the fiscal year ended in June', undefined],
    ['zh', '内存带宽达到 288 GB，在 9 月份发布（预计）新一代加速器的性能与功耗对比', 'zh-Hans'],
    ['ja', '人工知能の研究開発が進んでいます。東京の人口は9月に増えました（推定）', 'ja'],
  ])('the slide geometry counts the lines satori draws (%s)', async (_name, text, locale) => {
    for (const width of [260, 410, 640]) {
      const drawn = await lines(text, width, 28, locale, { lineHeight: 1.35 });
      expect(lineCount({ locale }, text, { size: 28, weight: 400, lineHeight: 1.35 }, width), `${width}px: ${drawn.join(' | ')}`).toBe(drawn.length);
    }
  });

  it('balances a two-line title: the second line is not one word', async () => {
    // Greedy wrapping at this width leaves "onboarding" alone on line 2.
    const title = 'What our customers told us about onboarding';
    const spec = parseSpec({ kind: 'infographic', title, width: 1000, sections: [{ type: 'text', text: 'Body.' }] });
    const result = await renderSvg(spec, 0, { text: 'elements' });
    const titleLines = [...new Set((result.texts ?? []).filter((text) => text.size >= 40).map((text) => text.y))].map((y) =>
      (result.texts ?? []).filter((text) => text.size >= 40 && text.y === y).map((text) => text.text).join(' '),
    );
    expect(titleLines).toHaveLength(2);
    const [first = '', second = ''] = titleLines;
    expect(second.trim().split(/\s+/).length).toBeGreaterThan(1);
    expect(Math.abs(first.length - second.length)).toBeLessThan(first.length * 0.5);
    // The PDF's text carries the characters as written (no joiners).
    expect((result.texts ?? []).some((text) => text.text.includes(WORD_JOINER))).toBe(false);
  });

  it('a phrase wider than its box is split between graphemes, no glyph drawn over another', async () => {
    const text = '今日は良い天気ですね。明日も晴れるでしょう。旅行に行。';
    for (const width of [200, 210, 220]) {
      const element = <div style={{ display: 'flex', width, fontFamily: planFonts(text, 'ja').fontFamily, fontSize: 32, wordBreak: 'break-word' }}>{text}</div>;
      const svg = await elementToSvg(element, { width, text, locale: 'ja', embedFont: false });
      const places = [...svg.matchAll(/<text\b[^>]*?\sx="([^"]*)" y="([^"]*)"/g)].map((match) => `${match[1]},${match[2]}`);
      expect(new Set(places).size, `${width}px`).toBe(places.length);
    }
    // The zero width joiners stay in emoji sequences; only the added ones go.
    expect(stripJoiners(prepareText('家族👩‍👩‍👧と9月', 'ja'))).toBe('家族👩‍👩‍👧と9月');
  });

  it('the PPTX keeps the characters as written (no joiners), and the deck text is all there', async () => {
    const deck = stressDecks.find((candidate) => candidate.name === 'stress-cjk-long-16x9');
    const spec = parseSpec(deck?.spec) as SlidesSpec;
    const files = unzipSync(new Uint8Array(await slidesToPptx(spec)));
    const xml = Object.entries(files).filter(([name]) => name.startsWith('ppt/slides/slide')).map(([, data]) => strFromU8(data)).join('');
    expect(xml).not.toContain(WORD_JOINER);
    expect(xml).toContain('288 GB');
  });
});
