import { describe, expect, it } from 'vitest';
import { drawnTexts, smallTextFindings, specPathOf } from './text-sizes';
import { renderSvg } from './satori';
import { parseSpec } from '@/lib/spec/visual';
import { infographicExamples } from '@/lib/targets/infographic/examples';
import { stressInfographics } from '@/lib/testing/stress/infographics';

function Small({ children }: { children: string }) {
  return <div style={{ display: 'flex', fontSize: 10 }}>{children}</div>;
}

describe('text-too-small in infographics', () => {
  const spec = { title: 'Sales', footer: 'Source: internal figures', sections: [{ type: 'text', text: 'Body' }] };

  it('finds text set under 12 px, inherited through elements and components, with the field it shows', () => {
    const element = (
      <div style={{ display: 'flex', fontSize: 24 }}>
        <div>Sales</div>
        <div style={{ display: 'flex', fontSize: 11 }}>
          <span>{spec.footer}</span>
        </div>
        <Small>VS</Small>
      </div>
    );
    expect(drawnTexts(element).map((text) => [text.text, text.size])).toEqual([['Sales', 24], [spec.footer, 11], ['VS', 10]]);
    expect(smallTextFindings(element, spec)).toEqual([
      expect.objectContaining({ rule: 'text-too-small', severity: 'error', path: ['footer'], message: expect.stringContaining('11 px') }),
      expect.objectContaining({ rule: 'text-too-small', path: [] }),
    ]);
    expect(smallTextFindings(<div style={{ fontSize: 12 }}>{spec.footer}</div>, spec)).toEqual([]);
  });

  it('points a part of a field at the field', () => {
    expect(specPathOf(spec, 'Body')).toEqual(['sections', 0, 'text']);
    expect(specPathOf(spec, '來源：internal figures')).toEqual([]);
  });

  it.each([...infographicExamples, ...stressInfographics].map((example) => [example.name, example.spec] as const))('%s draws nothing under 12 px', async (_name, input) => {
    const { findings } = await renderSvg(parseSpec(input));
    expect(findings.filter((finding) => finding.rule === 'text-too-small')).toEqual([]);
  });
});
