import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { render } from '@/lib/render/render';
import { renderSvg } from '@/lib/render/satori';
import { textRuns } from '@/lib/render/text-paths';
import { parseSpec } from '@/lib/spec/visual';
import { resolveTheme } from '@/lib/render/theme';
import { deckTheme } from '@/lib/targets/slides/look';
import { englishDeck } from '@/lib/targets/slides/examples';
import { labelStyle } from '@/lib/targets/whiteboard/layout';
import type { WhiteboardSpec } from '@/lib/targets/whiteboard/schema';
import { LOOK_SAMPLES } from './gallery';
import { withLookStyle } from './whiteboard-style';

const sample = (look: string, name: string) => LOOK_SAMPLES.find((entry) => entry.look === look)?.samples.find((candidate) => candidate.name === `${look}-${name}`);
/** Paths roughjs drew (round caps and joins: satori draws none of those). */
const roughPaths = (svg: string) => [...svg.matchAll(/<path d="([^"]+)" stroke="([^"]+)" stroke-width="[^"]+" fill="[^"]+" stroke-linecap="round" stroke-linejoin="round"\/>/g)];
const MARK = 'data-glimpse-rough';
const marksLeft = (svg: string) => [...svg.matchAll(/href="data:image\/svg\+xml;base64,([^"]+)"/g)].filter((match) => Buffer.from(match[1] ?? '', 'base64').toString('utf8').includes(MARK)).length;

describe('the sketch look draws by hand (issue 14)', () => {
  it('a sketch infographic draws its cards, rules, rings and connectors as rough strokes where clean draws CSS boxes', async () => {
    const clean = (await renderSvg(parseSpec(sample('clean', 'infographic')?.spec))).svg;
    const sketch = (await renderSvg(parseSpec(sample('sketch', 'infographic')?.spec))).svg;
    expect(roughPaths(clean)).toHaveLength(0);
    const strokes = roughPaths(sketch);
    // One path per shape: 4 cards, 4 heading rules, 3 stat cards, 4 icon badges, 2 rings (track + arc), 3 badges, a connector.
    expect(strokes.length).toBeGreaterThanOrEqual(23);
    expect(marksLeft(sketch)).toBe(0);
    // No dashed CSS outline is left.
    expect(sketch).not.toContain('stroke-dasharray');
    // The first card (its outline is the first stroke after the header's three ticks) has its left side at the canvas padding (56 px); it wobbles: its x varies along the side, as a hand draws it.
    const card = strokes[3];
    const xs = (card?.[1] ?? '').match(/-?\d+(?:\.\d+)?/g)?.map(Number).filter((_, index) => index % 2 === 0).filter((x) => x < 60) ?? [];
    expect(xs.length).toBeGreaterThan(3);
    expect(new Set(xs).size).toBeGreaterThan(2);
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(10);
  }, 60_000);

  it('the same spec draws byte-identical SVG and PNG, render after render', async () => {
    const input = sample('sketch', 'infographic')?.spec;
    const first = await render(parseSpec(input), { format: 'svg', scale: 1 });
    const second = await render(parseSpec(structuredClone(input)), { format: 'svg', scale: 1 });
    expect(first.body.equals(second.body)).toBe(true);
    const png = await render(parseSpec(input), { format: 'png', scale: 1 });
    expect(png.body.equals((await render(parseSpec(input), { format: 'png', scale: 1 })).body)).toBe(true);
  }, 60_000);

  it('CJK in a sketch spec stays in the CJK face: no handwriting in infographics, none beside CJK on whiteboards', async () => {
    const spec = parseSpec({ kind: 'infographic', look: 'sketch', locale: 'ja', title: '在宅勤務の4年間 2026', sections: [{ type: 'stats', items: [{ value: '4.1時間', label: '週12回の会議' }] }, { type: 'steps', title: '手順 3つ', items: [{ title: '計画 1' }, { title: '実行 2' }] }] });
    const { svg } = await renderSvg(spec, 0, { text: 'elements' });
    const runs = [...svg.matchAll(/<text[^>]*font-family="([^"]*)"[^>]*>([^<]*)<\/text>/g)];
    const cjk = runs.filter((match) => /[\u3040-\u9FFF]/.test(match[2] ?? ''));
    expect(cjk.length).toBeGreaterThan(10);
    for (const [, family] of runs) {
      expect(family).not.toMatch(/hand|caveat/i);
      expect(family).toMatch(/jp-/);
    }
    // A sketch whiteboard writes Latin labels by hand, and a label with CJK (digits included) in Noto alone.
    const board = withLookStyle(parseSpec({ kind: 'whiteboard', look: 'sketch', title: 'T', nodes: [{ id: 'a', label: '第2版の設計' }] }) as WhiteboardSpec);
    const style = labelStyle(board);
    expect(style.hand).toBe(true);
    expect(textRuns('第2版の設計 2026', style).map((run) => run.key)).not.toContainEqual(expect.stringMatching(/^hand/));
    const latin = textRuns('Design 2026', style).filter((run) => run.text.trim());
    expect(latin.length).toBeGreaterThan(0);
    for (const run of latin) expect(run.key).toMatch(/^hand/);
  }, 60_000);

  it('the header\'s three ticks and the rule over the source are drawn by hand in a sketch chart; bullets\' dots in sketch slides', async () => {
    const chart = { kind: 'chart', title: 'Rainfall', type: 'bar', data: [{ label: 'a', value: 1 }, { label: 'b', value: 2 }], source: 'Weather office' };
    const theme = resolveTheme(undefined);
    const sketch = roughPaths((await renderSvg(parseSpec({ ...chart, look: 'sketch' }))).svg);
    expect(roughPaths((await renderSvg(parseSpec(chart))).svg)).toHaveLength(0);
    // The ticks: one stroke each in the first three series colours, above the title (the canvas padding is 48 px).
    const firstY = (path: RegExpMatchArray) => Number((path[1] ?? '').match(/-?\d+(?:\.\d+)?/g)?.[1]);
    for (const color of theme.accents.slice(0, 3)) expect(sketch.some((path) => path[2]?.toLowerCase() === color.toLowerCase() && firstY(path) < 70), color).toBe(true);
    // The rule over the source: a stroke in the border colour low on the canvas.
    expect(sketch.some((path) => path[2]?.toLowerCase() === theme.border.toLowerCase() && firstY(path) > 400)).toBe(true);
    const deck = parseSpec({ kind: 'slides', title: 'T', look: 'sketch', slides: [{ layout: 'bullets', title: 'Three points', bullets: ['One', 'Two', { text: 'Three', sub: ['Three and a half'] }] }] });
    const dots = roughPaths((await renderSvg(deck, 0)).svg).filter((path) => path[2]?.toLowerCase() === deckTheme(undefined, 'sketch').primary.toLowerCase());
    expect(dots.length).toBeGreaterThanOrEqual(3);
  }, 60_000);

  it('sketch slides draw the frame, rules, table and timeline by hand; the PPTX export still builds', async () => {
    const deck = parseSpec({ ...englishDeck, look: 'sketch' });
    const clean = parseSpec(englishDeck);
    const pages = englishDeck.slides.map((slide, index) => [slide.layout, index] as const).filter(([layout]) => ['stats', 'table', 'timeline', 'two-columns'].includes(layout));
    for (const [layout, page] of pages) {
      const sketch = (await renderSvg(deck, page)).svg;
      // The frame and one shape per rule, row, head or dot at least.
      expect(roughPaths(sketch).length, layout).toBeGreaterThanOrEqual(layout === 'table' ? 5 : 3);
      expect(marksLeft(sketch), layout).toBe(0);
      expect(roughPaths((await renderSvg(clean, page)).svg), layout).toHaveLength(0);
    }
    const pptx = unzipSync(new Uint8Array((await render(deck, { format: 'pptx', scale: 1 })).body));
    const slides = Object.keys(pptx).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
    expect(slides).toHaveLength(englishDeck.slides.length);
    expect(strFromU8(pptx['ppt/slides/slide8.xml'] ?? new Uint8Array())).toContain('<a:tbl>');
  }, 120_000);
});
