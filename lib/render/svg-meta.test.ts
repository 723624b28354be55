import { describe, expect, it } from 'vitest';
import { escapeXml, withAccessibleText } from './svg-meta';

describe('svg-meta', () => {
  it('escapes markup and drops what XML forbids (a NUL in a label made resvg refuse the whole SVG: a 500)', () => {
    expect(escapeXml('a<b>&"\'')).toBe('a&lt;b&gt;&amp;&quot;&apos;');
    expect(escapeXml('A\u0000B\u0007C\u001F\uFFFE\uD800D')).toBe('ABCD');
    // Tab, newlines and real pairs (emoji) stay.
    expect(escapeXml('a\tb\nc\r😀')).toBe('a\tb\nc\r😀');
    const svg = withAccessibleText('<svg width="10" height="10"></svg>', 'T\u0000itle', 'alt\u0001');
    expect(svg).toContain('<title id="glimpse-title">Title</title><desc id="glimpse-desc">alt</desc>');
  });
});
