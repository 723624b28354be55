import { describe, expect, it } from 'vitest';
import { parseSpec } from '@/lib/spec/visual';
import { everyPageFindings } from './critique';
import { render } from './render';

describe('everyPageFindings (POST /api/lint and ?format=json lint)', () => {
  it('a deck\'s findings come from every slide: an embedded chart\'s overlap on slide 3 is there, drawn once per page', async () => {
    const chart = (second: number) => ({ kind: 'chart', type: 'bar', data: [{ label: 'North', value: 42 }, { label: 'South', value: 31 }], annotations: [{ type: 'rule', value: 20, label: 'Target for the whole year' }, { type: 'rule', value: second, label: 'Stretch goal for the year' }] });
    const deck = (second: number) => parseSpec({ kind: 'slides', title: 'Sales', slides: [{ layout: 'section', title: 'Sales' }, { layout: 'bullets', title: 'Why', bullets: ['One', 'Two', 'Three'] }, { layout: 'embed', title: 'By region', visual: chart(second) }] });
    const drawn: number[] = [];
    const draw = async (spec: Parameters<typeof render>[0], options: Parameters<typeof render>[1]) => {
      drawn.push(options.page ?? 0);
      return render(spec, options);
    };
    const spec = deck(21);
    const first = await render(spec, { format: 'svg', scale: 1 });
    const findings = await everyPageFindings(spec, first.findings, draw);
    expect(findings.map((finding) => [finding.rule, finding.path.join('.')])).toContainEqual(['overlap', 'slides.2.visual.annotations.1.label']);
    expect(drawn.sort()).toEqual([1, 2]);
    const clean = deck(40);
    expect((await everyPageFindings(clean, (await render(clean, { format: 'svg', scale: 1 })).findings, draw)).filter((finding) => finding.severity === 'error')).toEqual([]);
  });
});
