import { describe, expect, it } from 'vitest';
import { parseSpec } from '@/lib/spec/visual';
import { planFonts } from './fonts';
import { drawnText } from './satori';

describe('drawnText (what font subsets must cover)', () => {
  const spec = parseSpec({ kind: 'chart', locale: 'ja', title: '東京の気温', type: 'bar', data: [{ label: 'A', value: 1 }], source: '気象庁' });

  it('includes the fixed words a renderer adds in the spec\'s language ("出典：" under a Japanese chart)', () => {
    expect(drawnText(spec, 'ja')).toContain('出典：');
    expect(drawnText(spec, 'ja')).toContain('気象庁');
  });

  it('so the font plan covers 典, which no spec string has', () => {
    const plan = planFonts(drawnText(spec, 'ja'), 'ja');
    expect(plan.uncovered).toEqual([]);
    expect(planFonts(drawnText(spec, 'ja'), 'ja').fontFamily).toBe(plan.fontFamily);
    expect(planFonts('東京の気温\n気象庁', 'ja').fontFamily).not.toBe(plan.fontFamily);
  });
});
