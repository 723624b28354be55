import { describe, expect, it } from 'vitest';
import { outlineSvgText } from './svg-text';

describe('outlineSvgText', () => {
  it('drops a self-closing <text/> (an empty Vega label) without swallowing the next text element', () => {
    const svg = '<svg><text x="1" y="2" text-anchor="middle"/><text x="10" y="20" text-anchor="middle" transform="translate(5,5)">5%</text></svg>';
    const out = outlineSvgText(svg);
    expect(out).not.toContain('<text');
    // The second label is outlined once, at its own place; no attribute text of it is drawn as words.
    expect(out.match(/<path/g)?.length).toBeGreaterThanOrEqual(1);
    expect(out).toContain('translate(5,5)');
    expect(outlineSvgText('<svg><text x="10" y="20">5%</text></svg>').match(/<path/g)?.length).toBe(out.match(/<path/g)?.length);
  });
});
