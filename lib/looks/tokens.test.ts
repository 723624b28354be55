import { describe, expect, it } from 'vitest';
import { renderSvg } from '@/lib/render/satori';
import { resolveTheme } from '@/lib/render/theme';
import { toJsonSchema } from '@/lib/spec/json-schema';
import { parseSpec } from '@/lib/spec/visual';
import { vegaConfig } from '@/lib/targets/chart/vega-config';
import { targets } from '@/lib/targets/registry';
import { LOOK_SAMPLES } from './gallery';
import { LOOK_NAMES, LOOKS, lookTokens } from './tokens';
import { withLookStyle } from './whiteboard-style';

describe('looks: one token file every target reads', () => {
  it('has at least the four looks of issue 14, each a complete set of tokens', () => {
    expect(LOOK_NAMES).toEqual(expect.arrayContaining(['clean', 'editorial', 'bold', 'sketch']));
    const keys = Object.keys(LOOKS.clean).sort();
    for (const name of LOOK_NAMES) expect(Object.keys(LOOKS[name]).sort()).toEqual(keys);
    // They differ where a reader sees it: cards, accents, the whiteboard stroke.
    expect(new Set(LOOK_NAMES.map((name) => LOOKS[name].card)).size).toBe(LOOK_NAMES.length);
    expect(new Set(LOOK_NAMES.map((name) => LOOKS[name].accent)).size).toBe(LOOK_NAMES.length);
  });

  it('every kind takes an optional `look` (default clean) and the published JSON schema lists it', () => {
    for (const target of targets) {
      // Charts and whiteboards publish forms (oneOf), each with the common fields: look among them.
      const text = JSON.stringify(toJsonSchema(target.schema));
      const looks = [...text.matchAll(/"look":\{[^}]*"enum":\[([^\]]*)\]/g)].map((match) => JSON.parse(`[${match[1]}]`) as string[]);
      expect(looks.length, target.kind).toBeGreaterThan(0);
      for (const names of looks) expect(names, target.kind).toEqual(expect.arrayContaining([...LOOK_NAMES]));
    }
    expect(() => parseSpec({ kind: 'chart', title: 'T', look: 'glossy', type: 'bar', data: [{ label: 'a', value: 1 }] })).toThrow(/look/);
  });

  it('old decks with midnight and paper still parse, as clean and editorial tokens', () => {
    for (const look of ['midnight', 'paper'] as const) expect(parseSpec({ kind: 'slides', title: 'D', look, slides: [{ layout: 'title', title: 'Hi' }] })).toMatchObject({ look });
    expect(lookTokens('midnight')).toBe(LOOKS.clean);
    expect(lookTokens('paper')).toBe(LOOKS.editorial);
    expect(lookTokens(undefined)).toBe(LOOKS.clean);
  });

  it.each(['infographic', 'section-slide', 'chart', 'whiteboard'])('the same %s draws differently in each look', async (what) => {
    const svgs = await Promise.all(
      LOOK_SAMPLES.map(async ({ samples }) => {
        const sample = samples.find((candidate) => candidate.name.endsWith(what));
        return (await renderSvg(parseSpec(sample?.spec), (sample?.slide ?? 1) - 1)).svg;
      }),
    );
    // Charts: clean and sketch share a solid domain; the others differ. Every target still tells at least three looks apart.
    expect(new Set(svgs).size).toBeGreaterThanOrEqual(what === 'chart' ? 3 : LOOK_NAMES.length - 1);
  }, 60_000);

  it('chart axes follow the look: dashed grid for editorial and sketch, none for bold', () => {
    const theme = resolveTheme(undefined);
    const config = (name: (typeof LOOK_NAMES)[number]) => vegaConfig(theme, theme.accents, LOOKS[name]) as { axis: { gridDash?: number[] }; axisY: { grid?: boolean } };
    expect(config('clean').axis.gridDash).toBeUndefined();
    expect(config('editorial').axis.gridDash).toEqual([4, 4]);
    expect(config('bold').axisY.grid).toBe(false);
  });

  it('a whiteboard draws by hand in the sketch look, cleanly in the others, and its own `style` wins', () => {
    const board = (extra: Record<string, unknown>) => parseSpec({ kind: 'whiteboard', title: 'T', nodes: [{ id: 'a', label: 'A' }], ...extra }) as never as { style: 'sketch' | 'clean'; look?: string };
    expect(withLookStyle(board({})).style).toBe('sketch');
    expect(withLookStyle(board({ look: 'editorial' })).style).toBe('clean');
    expect(withLookStyle(board({ look: 'sketch' })).style).toBe('sketch');
    expect(withLookStyle(board({ look: 'bold', style: 'sketch' })).style).toBe('sketch');
  });
});
