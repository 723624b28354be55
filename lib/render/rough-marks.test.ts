import { describe, expect, it } from 'vitest';
import { drawRoughMarks, roughMark, type RoughMark } from './rough-marks';

const card: RoughMark = { shape: 'rect', key: 'sections.0', stroke: '#334155', strokeWidth: 1.7 };
const image = (href: string, extra = '') => `<image x="20" y="40" width="400" height="120" href="${href}" preserveAspectRatio="none"${extra}/>`;
const svgWith = (body: string) => `<svg width="440" height="200" viewBox="0 0 440 200" xmlns="http://www.w3.org/2000/svg">${body}</svg>`;

/** Every number pair (x, y) in the path data of `svg`. */
function points(svg: string): [number, number][] {
  return [...svg.matchAll(/ d="([^"]+)"/g)].flatMap((match) => {
    const numbers = (match[1] ?? '').match(/-?\d+(?:\.\d+)?/g)?.map(Number) ?? [];
    const pairs: [number, number][] = [];
    for (let index = 0; index + 1 < numbers.length; index += 2) pairs.push([numbers[index] ?? 0, numbers[index + 1] ?? 0]);
    return pairs;
  });
}

describe('rough marks: boxes drawn by hand after layout', () => {
  it('replaces a mark with roughjs strokes at the image box: near its edges, never ruler-straight', () => {
    const out = drawRoughMarks(svgWith(image(roughMark(card))));
    expect(out).not.toContain('<image');
    expect(out).toContain('stroke="#334155"');
    const all = points(out);
    expect(all.length).toBeGreaterThan(20);
    // Within a few px of the box (20..420 × 40..160): strokes overshoot a little, no more.
    for (const [x, y] of all) {
      expect(x).toBeGreaterThan(12);
      expect(x).toBeLessThan(428);
      expect(y).toBeGreaterThan(32);
      expect(y).toBeLessThan(168);
    }
    // The left side wobbles: points near x = 20 do not all share one x (a CSS border would).
    const left = all.filter(([x]) => x < 30).map(([x]) => x);
    expect(new Set(left).size).toBeGreaterThan(3);
  });

  it('is a pure function: the same marks draw the same bytes; another key or box draws other strokes', () => {
    const svg = svgWith(image(roughMark(card)));
    expect(drawRoughMarks(svg)).toBe(drawRoughMarks(svg));
    expect(drawRoughMarks(svgWith(image(roughMark({ ...card, key: 'sections.1' }))))).not.toBe(drawRoughMarks(svg));
    expect(drawRoughMarks(svg.replace('y="40"', 'y="41"'))).not.toBe(drawRoughMarks(svg));
  });

  it('draws each shape: ellipse, arc, line, hatched fill', () => {
    const draw = (mark: Partial<RoughMark>) => drawRoughMarks(svgWith(image(roughMark({ ...card, ...mark }))));
    const hatched = draw({ fill: '#4F46E5', fillStyle: 'hachure' });
    // Hachure: many short fill strokes in the fill colour.
    expect((hatched.match(/stroke="#4F46E5"/g) ?? []).length).toBeGreaterThan(0);
    expect(points(hatched).length).toBeGreaterThan(points(draw({})).length * 2);
    const line = points(draw({ shape: 'line' }));
    // A line through the middle of the 400×120 box (y = 100), along its longer side.
    for (const [, y] of line) expect(Math.abs(y - 100)).toBeLessThan(10);
    const arc = points(draw({ shape: 'arc', from: 0, to: 0.25, strokeWidth: 8 }));
    // A quarter turn clockwise from 12 o'clock: the upper right of the ellipse only.
    for (const [x, y] of arc) {
      expect(x).toBeGreaterThan(200);
      expect(y).toBeLessThan(112);
    }
    expect(Math.max(...arc.map(([x]) => x))).toBeGreaterThan(400);
    expect(points(draw({ shape: 'ellipse' })).length).toBeGreaterThan(10);
  });

  it('keeps a clip the image inherits (an overflow: hidden parent), drops its own box clip', () => {
    const defs = '<clipPath id="satori_cp-id-1"><rect x="0" y="0" width="300" height="100"/></clipPath><clipPath id="satori_cp-id-1-0" clip-path="url(#satori_cp-id-1)"><rect x="20" y="40" width="400" height="120"/></clipPath>';
    const out = drawRoughMarks(svgWith(defs + image(roughMark(card), ' clip-path="url(#satori_cp-id-1-0)"')));
    expect(out).toContain('<g clip-path="url(#satori_cp-id-1)"><path');
    const own = drawRoughMarks(svgWith('<clipPath id="satori_cp-id-0"><rect x="20" y="40" width="400" height="120"/></clipPath>' + image(roughMark(card), ' clip-path="url(#satori_cp-id-0)"')));
    expect(own).not.toContain('<g clip-path');
  });

  it('leaves other images (icons, pictures) and broken marks alone', () => {
    const icon = svgWith(image(`data:image/svg+xml;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>').toString('base64')}`));
    expect(drawRoughMarks(icon)).toBe(icon);
    const inner = Buffer.from(roughMark(card).split(',')[1] ?? '', 'base64').toString('utf8').replace(/data-glimpse-rough="[^"]+"/, 'data-glimpse-rough="%7Bnot json"');
    const broken = svgWith(image(`data:image/svg+xml;base64,${Buffer.from(inner).toString('base64')}`));
    expect(drawRoughMarks(broken)).toBe(broken);
  });

  it('a mark nothing replaces still draws its shape (the SVG in its data URI)', () => {
    const inner = Buffer.from(roughMark({ ...card, fill: '#EEF2FF', fillStyle: 'solid' }).split(',')[1] ?? '', 'base64').toString('utf8');
    expect(inner).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" data-glimpse-rough="[^"]+" viewBox="0 0 100 100" preserveAspectRatio="none"><rect [^>]*fill="#EEF2FF" stroke="#334155"/);
  });
});
