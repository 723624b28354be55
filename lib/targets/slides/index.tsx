import { defineTarget } from '@/lib/targets/define-target';
import { ASPECTS, slidesSpecSchema } from './schema';
import { renderSlide } from './view';
import { mainField, slidesAlt } from './alt';
import { slidesExamples } from './examples';
import { slidesToPptx } from './pptx';
import { slidePictures } from './pictures';

export const slidesTarget = defineTarget({
  kind: 'slides',
  description:
    'A slide deck (1–50 slides; 16:9, 4:3 or 1:1) with layouts title, section, bullets, two-columns, icon-text, stats, quote, table, timeline and embed (a chart); speaker notes; exports PDF, PPTX and PNGs.',
  schema: slidesSpecSchema,
  size: (spec) => ASPECTS[spec.aspect],
  version: 6,
  render: renderSlide,
  alt: slidesAlt,
  examples: slidesExamples,
  pageCount: (spec) => spec.slides.length,
  // A 1280px-wide 16:9 slide on a 960pt (13.33in) page: PowerPoint's widescreen size.
  pdfPointsPerPixel: 0.75,
  overflowPath: (spec, page) => {
    const slide = spec.slides[page];
    return slide ? ['slides', page, mainField(slide)] : ['slides'];
  },
  pictures: slidePictures,
  exporters: { pptx: slidesToPptx },
});
