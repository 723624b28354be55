import { describe, expect, it } from 'vitest';
import { renderSvg } from '@/lib/render/satori';
import { parseSpec } from '@/lib/spec/visual';
import { MAX_EMPTY_BAND } from '@/lib/lint/finding';
import { critiqueSlide } from './critic';
import { slideGeometry } from './geometry';
import { bulletsGeometry, timelineGeometry } from './layout-geometry';
import type { Slide, SlidesSpec } from './schema';

const deck = (slide: Record<string, unknown>, extra: Record<string, unknown> = {}) => parseSpec({ kind: 'slides', title: 'Deck', slides: [slide], ...extra }) as SlidesSpec;
/** The findings the render reports for the deck's only slide (as `?format=json` and `/api/lint` return them). */
const findings = async (spec: SlidesSpec) => (await renderSvg(spec, 0)).findings.map((finding) => [finding.rule, finding.severity, finding.path]);

const chain = (count: number, label: (index: number) => string) => ({
  kind: 'whiteboard',
  direction: 'LR',
  nodes: Array.from({ length: count }, (_, index) => ({ id: `n${index}`, label: label(index) })),
  edges: Array.from({ length: count - 1 }, (_, index) => ({ from: `n${index}`, to: `n${index + 1}` })),
});
/** One node fanning out to `count` others: tall one way, wide the other, and no chain to wrap. */
const fan = (count: number) => ({
  kind: 'whiteboard',
  direction: 'LR',
  nodes: [{ id: 'hub', label: 'Hub' }, ...Array.from({ length: count }, (_, index) => ({ id: `n${index}`, label: `Spoke number ${index + 1}` }))],
  edges: Array.from({ length: count }, (_, index) => ({ from: 'hub', to: `n${index}` })),
});
const table = (cell: string) => ({ layout: 'table', title: 'Terms', columns: ['A', 'B', 'C', 'D', 'E'], rows: [['1', cell, '3', '4', '5']] });

/** Per layout rule: a slide that must trigger it (at its path) and one that must not. */
const cases: Record<string, { hit: SlidesSpec; path: (string | number)[]; severity: string; miss: SlidesSpec }> = {
  'empty-space': {
    hit: deck({ layout: 'bullets', title: 'One point', bullets: ['Ship it'] }, { aspect: '1:1' }),
    path: ['slides', 0, 'bullets'],
    severity: 'warning',
    miss: deck({ layout: 'bullets', title: 'Four points', bullets: ['Measure first', 'Then optimise', 'Keep the win', 'Write it down'] }, { aspect: '1:1' }),
  },
  'text-overflow': {
    hit: deck(table('Telekommunikationsüberwachungsverordnung')),
    path: ['slides', 0, 'rows', 0, 1],
    severity: 'error',
    miss: deck(table('Telecom surveillance ordinance')),
  },
  'text-too-small': {
    hit: deck({ layout: 'embed', title: 'Flow', visual: fan(30) }),
    path: ['slides', 0, 'visual', 'nodes'],
    severity: 'error',
    miss: deck({ layout: 'embed', title: 'Flow', visual: chain(3, (index) => `Step ${index + 1}`) }),
  },
};

describe('the slides layout critic', () => {
  it.each(Object.entries(cases))('%s: reported at its path, and not on the fixed slide', async (rule, { hit, path, severity, miss }) => {
    expect(await findings(hit)).toContainEqual([rule, severity, path]);
    expect((await findings(miss)).filter(([id]) => id === rule)).toEqual([]);
  });

  it('an empty band names its share and box; a full slide has none', () => {
    const [finding] = critiqueSlide(cases['empty-space']!.hit, 0);
    expect(finding?.message).toMatch(/empty band of \d+% of the slide's height/);
    const share = (finding?.box?.height ?? 0) / slideGeometry(cases['empty-space']!.hit, 0).body.h;
    expect(share).toBeGreaterThan(MAX_EMPTY_BAND);
  });

  it('title, section and quote slides are airy by design: no empty-space', () => {
    for (const slide of [{ layout: 'section', title: 'Part two' }, { layout: 'quote', quote: 'Less is more.' }, { layout: 'title', title: 'Hello' }]) {
      expect(critiqueSlide(deck(slide, { aspect: '1:1' }), 0)).toEqual([]);
    }
  });
});

describe('the slides layout acts before it reports', () => {
  const bulletsOf = (spec: SlidesSpec) => bulletsGeometry(slideGeometry(spec, 0), spec.slides[0] as Extract<Slide, { layout: 'bullets' }>);

  it('a short list grows past its natural 28 px and is centred under the title', () => {
    const layout = bulletsOf(deck({ layout: 'bullets', title: 'Three', bullets: ['One', 'Two', 'Three'] }));
    expect(layout.list.size).toBeGreaterThan(28);
    expect(layout.offset).toBeGreaterThan(100);
  });

  it('a long list shrinks below 28 px (never under 12 px) rather than leave the slide', () => {
    const long = 'A bullet long enough to wrap onto a second line of the slide at its natural size, and then some more words';
    const layout = bulletsOf(deck({ layout: 'bullets', title: 'Many', bullets: Array.from({ length: 8 }, () => long) }));
    expect(layout.list.size).toBeLessThan(28);
    expect(layout.list.size).toBeGreaterThanOrEqual(12);
    expect(critiqueSlide(deck({ layout: 'bullets', title: 'Many', bullets: Array.from({ length: 8 }, () => long) }), 0)).toEqual([]);
  });

  it('4:3 and 1:1 slides set type for their area, not their width: larger than 16:9 scaled down', () => {
    const sizes = (['16:9', '4:3', '1:1'] as const).map((aspect) => slideGeometry(deck({ layout: 'section', title: 'x' }, { aspect }), 0).at(28));
    expect(sizes).toEqual([28, 26, 32]);
  });

  it('a timeline runs across a wide slide and down a square one', () => {
    const steps = [{ label: 'Q1', title: 'Plan', text: 'Scope' }, { label: 'Q2', title: 'Build', text: 'Two teams' }, { label: 'Q3', title: 'Ship', text: 'Everyone' }];
    const direction = (aspect: string) => {
      const spec = deck({ layout: 'timeline', title: 'Plan', style: 'timeline', steps }, { aspect });
      return timelineGeometry(slideGeometry(spec, 0), spec.slides[0] as Extract<Slide, { layout: 'timeline' }>).direction;
    };
    expect([direction('16:9'), direction('1:1')]).toEqual(['across', 'down']);
  });
});

describe('an embedded whiteboard is made readable before it is reported', () => {
  it('a 14-step chain left to right is wrapped or turned to labels of 12 px and more: no finding', async () => {
    const spec = deck({ layout: 'embed', title: 'Flow', visual: chain(14, (index) => `A long step label number ${index + 1}`) });
    expect((await findings(spec)).filter(([rule]) => rule === 'text-too-small')).toEqual([]);
  });
});
