import { MAX_EMPTY_BAND, MIN_READABLE_TEXT_PX, type LintFinding } from '@/lib/lint/finding';
import { slideGeometry, type Box, type SlideGeometry } from './geometry';
import { bulletsGeometry, embedGeometry, heroGeometry, iconTextGeometry, largestEmptyBand, overhang, quoteGeometry, statsGeometry, tableGeometry, timelineGeometry, twoColumnsGeometry, type Part } from './layout-geometry';
import { mainField } from './alt';
import type { Slide, SlidesSpec } from './schema';

/**
 * The slides' layout critic: reads the layout geometry (boxes and text measured with the bundled
 * fonts, no pixels) after the layout has balanced itself, and reports what a designer would still flag.
 */

/** Title, section and quote slides are airy by design: their emptiness is not a finding. */
const AIRY: Slide['layout'][] = ['title', 'section', 'quote'];

/** Every part the layout places on slide `slide`. */
export function slideParts(geometry: SlideGeometry, slide: Slide): Part[] {
  switch (slide.layout) {
    case 'title':
    case 'section':
      return heroGeometry(geometry, slide).parts;
    case 'bullets':
      return bulletsGeometry(geometry, slide).parts;
    case 'two-columns':
      return twoColumnsGeometry(geometry, slide).parts;
    case 'icon-text':
      return iconTextGeometry(geometry, slide).parts;
    case 'stats':
      return statsGeometry(geometry, slide).parts;
    case 'quote':
      return quoteGeometry(geometry, slide).parts;
    case 'table':
      return tableGeometry(geometry, slide).parts;
    case 'timeline':
      return timelineGeometry(geometry, slide).parts;
    case 'embed':
      return embedGeometry(geometry, slide).parts;
    default: {
      const unreachable: never = slide;
      return unreachable;
    }
  }
}

const boxOf = (box: Box) => ({ x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.w), height: Math.round(box.h) });

/** What the critic finds on slide `index` of a (parsed) deck: paths are the spec's, boxes in slide pixels (an embed's `picture` as drawn). */
export function critiqueSlide(spec: SlidesSpec, index: number, picture?: Box): LintFinding[] {
  const slide = spec.slides[index];
  if (!slide) return [];
  const geometry = slideGeometry(spec, index);
  // An embed's part is its whole area until the drawing is placed: then the `picture` it is drawn as.
  const parts = slideParts(geometry, slide).map((part) => (picture && slide.layout === 'embed' && part.path[0] === 'visual' ? { ...part, box: picture } : part));
  const at = (path: (string | number)[]) => ['slides', index, ...path];
  const findings: LintFinding[] = [];
  const foot = geometry.body.y + geometry.body.h;
  for (const part of parts) {
    if (!part.text || !part.style) continue;
    if (part.style.size < MIN_READABLE_TEXT_PX) {
      findings.push({ rule: 'text-too-small', severity: 'error', path: at(part.path), box: boxOf(part.box), message: `text drawn at ${part.style.size.toFixed(1)} px (below ${MIN_READABLE_TEXT_PX} px); shorten it or move some of it to another slide` });
    }
    const over = overhang(part, geometry.locale);
    if (over > 0.5) {
      findings.push({ rule: 'text-overflow', severity: 'error', path: at(part.path), box: boxOf(part.box), message: `"${part.text.slice(0, 40)}" has a word ${Math.ceil(over)} px wider than its ${Math.round(part.box.w)} px box even at the smallest size: it breaks mid-word; use shorter words or fewer columns` });
    } else if (part.box.y + part.box.h > foot + 0.5) {
      findings.push({ rule: 'text-overflow', severity: 'error', path: at(part.path), box: boxOf(part.box), message: `runs ${Math.ceil(part.box.y + part.box.h - foot)} px past the foot of the slide's body even at the smallest size; shorten it or split the slide` });
    }
  }
  if (!AIRY.includes(slide.layout)) {
    const band = largestEmptyBand(parts, { top: geometry.body.y, bottom: foot });
    const share = band.height / geometry.body.h;
    if (share > MAX_EMPTY_BAND) {
      findings.push({
        rule: 'empty-space',
        severity: 'warning',
        path: at([mainField(slide)]),
        box: boxOf({ x: geometry.body.x, y: band.top, w: geometry.body.w, h: band.height }),
        message: `an empty band of ${Math.round(share * 100)}% of the slide's height (over ${MAX_EMPTY_BAND * 100}%) even with the body grown and centred; add content, or merge this slide with another`,
      });
    }
  }
  return findings;
}
