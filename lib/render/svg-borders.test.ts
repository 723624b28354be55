import { describe, expect, it } from 'vitest';
import { renderSvg } from './satori';
import { fillBorderRings } from './svg-borders';
import { parseSpec } from '@/lib/spec/visual';

const BOX = 'M101,203 h295 a16,16 0 0 1 16,16 v136 a16,16 0 0 1 -16,16 h-295 a16,16 0 0 1 -16,-16 v-136 a16,16 0 0 1 16,-16';
const clip = (id: string, child: string, inherited = '') => `<defs><clipPath id="${id}"${inherited}>${child}</clipPath></defs>`;
const boxClip = (inherited = '') => clip('satori_bc-a', `<path x="85" y="203" width="327" height="168" d="${BOX}"/>`, inherited);
const stroke = (width: number, color = '#e1e2e5') => `<path width="327" height="168" clip-path="url(#satori_bc-a)" fill="none" stroke="${color}" stroke-width="${width}" d="M85,219 A16,16 0 0 1 101,203 h295"/>`;

describe('fillBorderRings', () => {
  it('draws a uniform border as the ring it shows, inner radii less the width, with no clip', () => {
    const out = fillBorderRings(boxClip() + stroke(2));
    expect(out).toContain(`<path fill="#e1e2e5" fill-rule="evenodd" d="${BOX} M101,204 h295 a15,15 0 0 1 15,15 v136 a15,15 0 0 1 -15,15 h-295 a15,15 0 0 1 -15,-15 v-136 a15,15 0 0 1 15,-15 Z"/>`);
    expect(out).not.toContain('clip-path="url(#satori_bc-a)"');
  });

  it('keeps the clip of an overflow: hidden parent on the ring', () => {
    const out = fillBorderRings(boxClip(' clip-path="url(#satori_cp-parent)"') + stroke(2));
    expect(out).toContain('<path clip-path="url(#satori_cp-parent)" fill="#e1e2e5" fill-rule="evenodd" d="M101,203');
  });

  it('squares inner corners whose radius the border swallows, and handles square boxes', () => {
    expect(fillBorderRings(boxClip() + stroke(40))).toContain('M105,223 h287 v128 h-287 v-128 Z');
    const square = fillBorderRings(clip('satori_bc-a', '<rect x="10" y="20" width="100" height="50"/>') + stroke(4));
    expect(square).toContain('d="M10,20 h100 v50 h-100 Z M12,22 h96 v46 h-96 Z"');
  });

  const RING = `${BOX} M101,208 h295 a15,11 0 0 1 15,11 v136 a15,15 0 0 1 -15,15 h-295 a15,15 0 0 1 -15,-15 v-136 a15,11 0 0 1 15,-11`;
  const TOP = '85,203 412,203 384,343 113,343';
  const REST = '412,203 412,371 85,371 85,203 113,343 113,343 384,343 384,343';
  const ringClip = clip('satori_br-a', `<path d="${RING}" clip-rule="evenodd"/>`);
  const side = (id: string, color: string) => `<g clip-path="url(#${id})"><g clip-path="url(#satori_br-a)">${stroke(10, color)}</g></g>`;

  it('draws one side of a mixed border as its part of the ring, cut out of it, with no clip', () => {
    const svg = boxClip() + ringClip + clip('satori_bs-a-0', `<polygon points="${TOP}"/>`) + side('satori_bs-a-0', '#4f46e5');
    const out = fillBorderRings(svg);
    expect(out).not.toContain(' clip-path=');
    expect(out).toMatch(/<path fill="#4f46e5" fill-rule="evenodd" d="M[\d.]+,[\d.]+ L/);
  });

  it('draws a box of two sides as the whole ring in the larger side\'s colour, then the other side over it: no clip, siblings in place', () => {
    const svg = boxClip() + ringClip + clip('satori_bs-a-0', `<polygon points="${TOP}"/>`) + side('satori_bs-a-0', '#4f46e5') + clip('satori_bs-a-1', `<polygon points="${REST}"/>`) + side('satori_bs-a-1', '#e1e2e5') + '<text>after</text>';
    const out = fillBorderRings(svg);
    expect(out).not.toContain(' clip-path=');
    const grey = out.indexOf(`<path fill="#e1e2e5" fill-rule="evenodd" d="${RING}"/>`);
    const indigo = out.indexOf('<path fill="#4f46e5" fill-rule="evenodd" d="M');
    expect(grey).toBeGreaterThan(0);
    expect(indigo).toBeGreaterThan(grey);
    expect(out.indexOf('<text>after</text>')).toBeGreaterThan(indigo);
  });

  it('keeps the polygon as a clip for a side it cannot cut (a second concave polygon: the first is the base)', () => {
    const svg = boxClip() + ringClip + clip('satori_bs-a-0', `<polygon points="${REST}"/>`) + side('satori_bs-a-0', '#4f46e5') + clip('satori_bs-a-1', `<polygon points="${REST}"/>`) + side('satori_bs-a-1', '#e1e2e5');
    const out = fillBorderRings(svg);
    expect(out).toContain(`<path fill="#4f46e5" fill-rule="evenodd" d="${RING}"/>`);
    expect(out).toContain(`<path clip-path="url(#satori_bs-a-1)" fill="#e1e2e5" fill-rule="evenodd" d="${RING}"/>`);
  });

  it('leaves what it does not recognise alone (dashes, transforms, other shapes)', () => {
    const dashed = boxClip() + stroke(2).replace('stroke-width="2"', 'stroke-width="2" stroke-dasharray="4 4"');
    expect(fillBorderRings(dashed)).toBe(dashed);
    const corner = clip('satori_bc-a', '<path x="85" y="203" width="327" height="168" d="M101,203 C1,2 3,4 5,6"/>') + stroke(2);
    expect(fillBorderRings(corner)).toBe(corner);
  });

  it('still matches what satori writes for the infographic borders (a satori upgrade that changes them fails here)', async () => {
    const spec = parseSpec({
      kind: 'infographic',
      title: 'Borders',
      sections: [
        { type: 'stats', items: [{ value: '1', label: 'one' }, { value: '2', label: 'two' }] },
        { type: 'callout', tone: 'info', text: 'A callout with a left border.' },
      ],
    });
    const { svg } = await renderSvg(spec);
    expect(svg).not.toMatch(/clip-path="url\(#satori_b[cr]-/);
    expect(svg).toContain('fill-rule="evenodd"');
  });
});
