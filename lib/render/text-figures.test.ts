import { describe, expect, it } from 'vitest';
import { measureText, textRuns } from './text-paths';

describe('figures are set without kerning', () => {
  it('"47.1%" keeps the full advance of "7" and "." (kerned, it read "471%")', () => {
    for (const weight of [400, 600, 700]) {
      const style = { size: 14, weight };
      const unkerned = textRuns('47.1%', style, { shaped: false }).reduce((sum, run) => sum + run.width, 0);
      expect(measureText('47.1%', style)).toBeCloseTo(unkerned, 5);
    }
  });

  it('words without figures stay kerned', () => {
    const style = { size: 40, weight: 400 };
    const unkerned = textRuns('To', style, { shaped: false }).reduce((sum, run) => sum + run.width, 0);
    expect(measureText('To', style)).toBeLessThan(unkerned - 1);
  });
});
