import { afterAll, describe, expect, it } from 'vitest';
import { mermaidPool } from '@/lib/render/mermaid/pool';
import { renderSvg } from '@/lib/render/satori';
import { parseSpec } from '@/lib/spec/visual';
import { embeddedSvgs } from '@/lib/testing/drawing';
import type { SlidesSpec } from './schema';

/*
 * An embedded chart, whiteboard or mermaid diagram is critiqued like the visual it is: its findings
 * come back with the slide's render (so in POST /api/lint, `?format=json` and the repair loop), their
 * paths under the slide's `visual` and their boxes on the slide, where the picture is drawn.
 */

afterAll(async () => {
  await mermaidPool().close();
});

const deck = (visual: Record<string, unknown>, extra: Record<string, unknown> = {}) => parseSpec({ kind: 'slides', title: 'Deck', slides: [{ layout: 'bullets', title: 'First', bullets: ['One', 'Two', 'Three'] }, { layout: 'embed', title: 'Embedded', visual }], ...extra }) as SlidesSpec;
/** Slide 2 (the embed) rendered: its findings and the picture's box. */
async function embedded(spec: SlidesSpec) {
  const rendered = await renderSvg(spec, 1);
  const [picture] = embeddedSvgs(rendered.svg);
  if (!picture) throw new Error('no picture on the embed slide');
  return { findings: rendered.findings, picture };
}
const summary = (findings: { rule: string; severity: string; path: (string | number)[] }[]) => findings.map((finding) => [finding.rule, finding.severity, finding.path]);

const bars = [{ label: 'North', value: 42 }, { label: 'South', value: 31 }, { label: 'East', value: 27 }];
const rules = (second: number) => ({ kind: 'chart', type: 'bar', data: bars, annotations: [{ type: 'rule', value: 20, label: 'Target for the whole year' }, { type: 'rule', value: second, label: 'Stretch goal for the year' }] });

describe('an embedded visual\'s findings are the slide\'s', () => {
  it('overlap: two annotation labels drawn over each other in an embedded chart, at the slide\'s path and boxed on the slide', async () => {
    const { findings, picture } = await embedded(deck(rules(21)));
    expect(summary(findings)).toContainEqual(['overlap', 'error', ['slides', 1, 'visual', 'annotations', 1, 'label']]);
    const box = findings.find((finding) => finding.rule === 'overlap')?.box;
    if (!box) throw new Error('no box');
    // On the slide, inside the picture (the rule labels sit at the chart's right edge, at the value 20).
    expect(box.x).toBeGreaterThan(picture.x + picture.width / 2);
    expect(box.x + box.width).toBeLessThanOrEqual(picture.x + picture.width + 1);
    expect(box.y).toBeGreaterThan(picture.y + picture.height / 3);
    expect(box.y + box.height).toBeLessThan(picture.y + picture.height);
    // The chart is drawn scaled up for the slide: so is the box (a 26 px tall pair of 13 px labels at scale 1).
    expect(box.height).toBeGreaterThanOrEqual(28);
  });

  it('a clean embedded chart reports nothing', async () => {
    const { findings } = await embedded(deck(rules(40)));
    expect(summary(findings).filter(([, severity]) => severity === 'error')).toEqual([]);
    expect(summary(findings).filter(([rule]) => rule === 'overlap')).toEqual([]);
  });

  it('text-too-small: chart ticks set at 6 px stay too small at slide scale; the defaults do not', async () => {
    const tiny = { kind: 'chart', vegaLite: { data: { values: bars }, mark: 'bar', encoding: { x: { field: 'label', type: 'nominal' }, y: { field: 'value', type: 'quantitative' } }, config: { axis: { labelFontSize: 6 } } } };
    expect(summary((await embedded(deck(tiny))).findings)).toContainEqual(['text-too-small', 'error', ['slides', 1, 'visual', 'vegaLite', 'encoding']]);
    const plain = { ...tiny, vegaLite: { ...tiny.vegaLite, config: {} } };
    expect(summary((await embedded(deck(plain))).findings).filter(([rule]) => rule === 'text-too-small')).toEqual([]);
    // Drawing left the rows as they were (Vega tags the rows it ingests): the same objects parse again.
    expect(bars.map((row) => Object.getOwnPropertySymbols(row).length)).toEqual([0, 0, 0]);
    expect(() => deck({ kind: 'chart', type: 'bar', data: bars })).not.toThrow();
  });

  it('empty-space sees the picture where it is drawn: a two-node flow on a square slide leaves bands above and below; a chart fills it', async () => {
    const pair = { kind: 'whiteboard', nodes: [{ id: 'a', label: 'Ask' }, { id: 'b', label: 'Answer' }], edges: [{ from: 'a', to: 'b' }] };
    const { findings, picture } = await embedded(deck(pair, { aspect: '1:1' }));
    const empty = findings.filter((finding) => finding.rule === 'empty-space');
    expect(summary(empty)).toEqual([['empty-space', 'warning', ['slides', 1, 'visual']]]);
    // The band is above or below the picture, not across it.
    const band = empty[0]?.box;
    expect(band && (band.y + band.height <= picture.y + 1 || band.y >= picture.y + picture.height - 1)).toBe(true);
    expect(summary((await embedded(deck({ kind: 'chart', type: 'bar', data: bars }, { aspect: '1:1' }))).findings).filter(([rule]) => rule === 'empty-space')).toEqual([]);
  });

  it('clipped: a mermaid quadrant name wider than its quadrant, at the slide\'s path, boxed inside the picture', async () => {
    const quadrant = (name: string) => ({ kind: 'whiteboard', mermaid: `quadrantChart\n  x-axis Low --> High\n  y-axis Low --> High\n  quadrant-1 ${name}\n  quadrant-2 B\n  quadrant-3 C\n  quadrant-4 D\n  Point: [0.3, 0.6]` });
    const { findings, picture } = await embedded(deck(quadrant('A quadrant name that is much longer than its quadrant is wide')));
    const clipped = findings.filter((finding) => finding.rule === 'clipped');
    expect(summary(clipped)).toEqual([['clipped', 'error', ['slides', 1, 'visual', 'mermaid']]]);
    const box = clipped[0]?.box;
    expect(box && box.x >= picture.x - 1 && box.y >= picture.y - 1 && box.y + box.height <= picture.y + picture.height + 1).toBe(true);
    expect(summary((await embedded(deck(quadrant('Do first')))).findings).filter(([rule]) => rule === 'clipped')).toEqual([]);
  });
});
