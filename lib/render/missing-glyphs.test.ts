import { describe, expect, it } from 'vitest';
import { renderSvg } from './satori';
import { parseSpec } from '@/lib/spec/visual';
import { LAYOUT_RULES } from '@/lib/lint';

const infographic = (title: string, label = 'Users') => ({ kind: 'infographic', title, sections: [{ type: 'stats', items: [{ value: '12', label }] }] });
const findings = async (input: unknown, page = 0) => (await renderSvg(parseSpec(input), page)).findings.filter((finding) => finding.rule === 'missing-glyph');
/** The glyph outlines satori drew (path data only: the accessible <title> keeps the text as written). */
const outlines = (svg: string) => [...svg.matchAll(/\sd="([^"]*)"/g)].map((match) => match[1]).join('|');

describe('missing-glyph', () => {
  it('is a listed layout rule', () => {
    expect(LAYOUT_RULES.find((rule) => rule.id === 'missing-glyph')?.severity).toBe('error');
  });

  it.each([
    ['a noncharacter in the title', infographic('Growth \uffff report'), ['title'], 'U+FFFF'],
    ['a private-use character in a label', infographic('Growth', 'Users \u{10fffd}'), ['sections', 0, 'items', 0, 'label'], 'U+10FFFD'],
    ['a private-use character in a slide', { kind: 'slides', title: 'Deck', slides: [{ layout: 'title', title: 'Deck' }, { layout: 'bullets', title: 'Points', bullets: ['one', 'two \u{10fffd}'] }] }, ['slides', 1, 'bullets', 1], 'U+10FFFD'],
    ['a noncharacter in a chart label', { kind: 'chart', type: 'bar', title: 'Sales', data: [{ label: 'A\uffff', value: 1 }, { label: 'B', value: 2 }] }, ['data', 0, 'label'], 'U+FFFF'],
  ])('reports %s with its path', async (_name, input, path, code) => {
    const found = await findings(input);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'missing-glyph', severity: 'error', path });
    expect(found[0]?.message).toContain(code);
  });

  it.each([
    ['a rare Han character (李世乭)', infographic('李世乭', '乭')],
    ['emoji, ZWJ sequences and flags', infographic('Fruit 🍎 👩‍👩‍👧‍👦 🇹🇼', '1️⃣ 👍🏽')],
    ['Thai, Hebrew and symbols (the last-resort font)', infographic('ก א ★ → 「數據」')],
  ])('does not report %s', async (_name, input) => {
    expect(await findings(input)).toEqual([]);
  });

  it('is reported once per deck (page 0), not on every page', async () => {
    const deck = { kind: 'slides', title: 'Deck \uffff', slides: [{ layout: 'title', title: 'Deck' }, { layout: 'bullets', title: 'Points', bullets: ['one'] }] };
    expect(await findings(deck, 0)).toHaveLength(1);
    expect(await findings(deck, 1)).toEqual([]);
  });

  it('satori leaves the character out rather than draw a .notdef box', async () => {
    const withMissing = await renderSvg(parseSpec(infographic('Growth\uffff report')), 0);
    const without = await renderSvg(parseSpec(infographic('Growth report')), 0);
    expect(outlines(withMissing.svg)).toBe(outlines(without.svg));
    // The text as elements (what the PDF shows as real text) leaves it out too.
    const elements = await renderSvg(parseSpec(infographic('Growth\uffff report')), 0, { text: 'elements' });
    expect((elements.texts ?? []).map((text) => text.text).join(' ')).not.toContain('\uffff');
  });
});
