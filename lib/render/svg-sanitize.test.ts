import { describe, expect, it } from 'vitest';
import { MAX_PICTURE_SVG_DEPTH, MAX_PICTURE_SVG_ELEMENTS } from '@/lib/limits';
import { ENTITY_BOMB, useBomb } from '@/lib/testing/pictures';
import { sanitizeSvg } from './svg-sanitize';

const svg = (body: string, attributes = '') => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10"${attributes}>${body}</svg>`;
const refusal = (source: string) => {
  const result = sanitizeSvg(source);
  if (result.ok) throw new Error(`accepted: ${result.svg.slice(0, 200)}`);
  return result.message;
};

describe('sanitizeSvg refuses what loads or runs anything', () => {
  it.each([
    ['an <image> with a path', svg('<image href="/etc/hostname" width="10" height="10"/>'), /<image>.*nested images/],
    ['an <image> with xlink:href file://', svg('<image xlink:href="file:///etc/hostname"/>'), /<image>/],
    ['/dev/zero as an image', svg('<image href="/dev/zero"/>'), /<image>/],
    ['a filter image', svg('<filter id="f"><feImage href="/etc/hostname"/></filter>'), /<feImage>/],
    ['a script', svg('<script>alert(1)</script>'), /<script>.*scripts/],
    ['a namespaced script', svg('<svg:script xmlns:svg="http://www.w3.org/2000/svg">x</svg:script>'), /<svg:script>/],
    ['a style sheet', svg('<style>@import url(/etc/x.css);</style>'), /<style>.*style sheets/],
    ['foreign content', svg('<foreignObject><p>x</p></foreignObject>'), /<foreignObject>/],
    ['a <use> of another file', svg('<use href="/etc/icons.svg#a"/>'), /links to "\/etc\/icons.svg#a"/],
    ['a gradient from another file', svg('<linearGradient id="g" xlink:href="file:///x.svg#g"/>'), /links to/],
    ['a fill url() to a file', svg('<rect width="1" height="1" fill="url(/etc/x.svg#p)"/>'), /refers to "\/etc\/x.svg#p"/],
    ['a style url() to a file', svg('<rect style="fill: url( \'file:///x#a\' )"/>'), /outside the picture/],
    ['CSS escapes in style', svg('<rect style="fill:u\\72l(/x)"/>'), /CSS escapes/],
    ['the billion laughs (entity declarations)', ENTITY_BOMB, /entities|DTD/],
    ['an undeclared entity', svg('<text>&xxe;</text>'), /&xxe;/],
    ['a <use> chain (bomb, 10 levels of 10)', useBomb(10), /no chains of <use>/],
    ['a <use> of its own ancestor', svg('<g id="a"><use href="#a"/></g>'), /no chains/],
    ['not XML at all', 'this is not an SVG', /text outside its root|no root/],
    ['a PNG declared as SVG', '\u0089PNG\r\n\u001a\n', /root|text outside/],
    ['truncated', svg('<g><rect/>').slice(0, -6), /never closes|unterminated|malformed/],
    ['another root element', '<html><body/></html>', /root element is <html>/],
  ])('%s', (_name, source, rule) => {
    expect(refusal(source)).toMatch(rule);
  });
});

describe('sanitizeSvg keeps drawings and drops baggage', () => {
  it('re-serialises drawing elements with local links, from its own tree', () => {
    const result = sanitizeSvg(
      svg('<defs><linearGradient id="g" xlink:href="#h"><stop offset="0" stop-color="#f00"/></linearGradient></defs><rect id="r" width="5" height="5" fill="url(#g)" onclick="x()"/><use xlink:href="#r" x="5"/><a href="https://example.com"><circle r="1"/></a>'),
    );
    expect(result).toEqual({
      ok: true,
      svg: '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><defs><linearGradient id="g" href="#h"><stop offset="0" stop-color="#f00"/></linearGradient></defs><rect id="r" width="5" height="5" fill="url(#g)"/><use href="#r" x="5"/><g><circle r="1"/></g></svg>',
    });
  });

  it('drops editor metadata, namespaced elements and animation (with anything inside them)', () => {
    const result = sanitizeSvg(
      `<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">${svg('<metadata><image href="/etc/hostname"/></metadata><sodipodi:namedview xmlns:sodipodi="x"/><x:image xmlns:x="http://www.w3.org/2000/svg" href="/etc/hostname"/><rect inkscape:label="a" width="1" height="1"><set attributeName="fill" to="red"/></rect>')}`,
    );
    expect(result).toEqual({ ok: true, svg: '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="1" height="1"/></svg>' });
  });

  it('escapes text and attribute values it writes', () => {
    const result = sanitizeSvg(svg('<text x="&quot;&gt;&lt;script&gt;">a &lt; b &amp;&#x20;<![CDATA[</svg><script>]]></text>'));
    expect(result.ok && result.svg).toBe('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text x="&quot;&gt;&lt;script&gt;">a &lt; b &amp; &lt;/svg&gt;&lt;script&gt;</text></svg>');
  });
});

const rects = (count: number) => svg('<rect/>'.repeat(count - 1));
const nested = (depth: number) => svg(`${'<g>'.repeat(depth - 1)}${'</g>'.repeat(depth - 1)}`);
/** One rect used `uses` times: 1 svg + 1 defs + 1 rect + the uses + one rect per use expanded. */
const usesExpandingTo = (total: number) => {
  const uses = Math.floor((total - 3) / 2);
  return svg(`<defs><rect id="r" width="1" height="1"/></defs>${'<use href="#r"/>'.repeat(uses)}${'<g/>'.repeat(total - 3 - uses * 2)}`);
};

describe('SVG picture limits at their edges', () => {
  it.each([
    ['MAX_PICTURE_SVG_ELEMENTS (elements)', rects, MAX_PICTURE_SVG_ELEMENTS, /more than 5000 elements \(MAX_PICTURE_SVG_ELEMENTS\)/],
    ['MAX_PICTURE_SVG_ELEMENTS (with <use> expanded)', usesExpandingTo, MAX_PICTURE_SVG_ELEMENTS, /once its <use> references are expanded/],
    ['MAX_PICTURE_SVG_DEPTH (nesting)', nested, MAX_PICTURE_SVG_DEPTH, /more than 32 deep \(MAX_PICTURE_SVG_DEPTH\)/],
  ])('%s: at the limit accepted, one more refused', (_name, build, limit, rule) => {
    expect(sanitizeSvg(build(limit)).ok).toBe(true);
    expect(refusal(build(limit + 1))).toMatch(rule);
  });

  it('reads a 100,000-deep nesting without recursing (refused at the depth limit)', () => {
    expect(refusal(svg('<g>'.repeat(100_000)))).toMatch(/deep/);
  });
});
