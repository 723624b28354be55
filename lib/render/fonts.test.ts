import { describe, expect, it } from 'vitest';
import { cjkOrder, planFonts } from './fonts';
import { emojiImages } from './emoji';
import { checkIcon, iconSvg } from './icons';
import { collectText } from './satori';
import { targets } from '@/lib/targets/registry';

describe('fonts', () => {
  it('loads only Latin for ASCII text', () => {
    const plan = planFonts('Hello world 123');
    expect(plan.fontFamily).toBe('inter-latin');
    expect(plan.uncovered).toEqual([]);
  });

  it.each([
    ['zh-TW', '臺灣的城市', 'tc-'],
    ['zh-CN', '学习新语言', 'sc-'],
    ['ja', 'ひらがなとカタカナ', 'jp-'],
    ['ko', '한국어', 'kr-'],
  ])('%s text loads the %s CJK subsets and covers every character', (locale, text, prefix) => {
    const plan = planFonts(text, locale);
    expect(plan.uncovered).toEqual([]);
    expect(plan.fontFamily.split(', ').some((family) => family.startsWith(prefix))).toBe(true);
    expect(plan.fonts.length).toBeGreaterThan(5);
  });

  it('covers full-width punctuation in Traditional Chinese', () => {
    expect(planFonts('一，二：三。', 'zh-TW').uncovered).toEqual([]);
  });

  it('returns the same font array for the same subsets (satori caches by identity)', () => {
    expect(planFonts('台灣', 'zh-TW').fonts).toBe(planFonts('台灣', 'zh-TW').fonts);
  });

  it('picks the CJK family order from the locale', () => {
    expect(cjkOrder('ja')[0]).toBe('jp');
    expect(cjkOrder('zh-CN')[0]).toBe('sc');
    expect(cjkOrder('ko-KR')[0]).toBe('kr');
    expect(cjkOrder(undefined)[0]).toBe('tc');
  });

  it('every character in every example is covered by a bundled font or emoji', () => {
    for (const target of targets) {
      for (const example of target.examples) {
        const text = collectText(example.spec).join('\n');
        const emoji = emojiImages(text);
        const uncovered = planFonts(text, (example.spec as { locale?: string }).locale).uncovered.filter(
          (char) => !Object.keys(emoji).some((grapheme) => grapheme.includes(char)),
        );
        expect(uncovered, example.name).toEqual([]);
      }
    }
  });
});

describe('emoji', () => {
  it('maps simple, ZWJ and flag emoji to Twemoji SVGs', () => {
    const images = emojiImages('Party 🎉 family 👩‍👩‍👧‍👦 flag 🇹🇼 heart ❤️');
    expect(Object.keys(images).sort()).toEqual(['❤️', '🇹🇼', '🎉', '👩‍👩‍👧‍👦'].sort());
    for (const uri of Object.values(images)) expect(uri).toMatch(/^data:image\/svg\+xml;base64,/);
  });
});

describe('icons', () => {
  it('knows lucide names with and without prefix', () => {
    expect(checkIcon('rocket').ok).toBe(true);
    expect(checkIcon('lucide:rocket').ok).toBe(true);
  });

  it('suggests close matches for unknown names', () => {
    const lookup = checkIcon('rockt');
    expect(lookup.ok).toBe(false);
    if (!lookup.ok) expect(lookup.message).toMatch(/close matches: rocket/);
  });

  it('draws icons in the requested colour', () => {
    const svg = iconSvg('rocket', '#123456');
    expect(svg).toContain('#123456');
    expect(svg).not.toContain('currentColor');
  });
});
