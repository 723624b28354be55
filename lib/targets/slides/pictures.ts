import type { PictureSlot } from '@/lib/render/picture';
import { slideGeometry } from './geometry';
import { iconTextGeometry } from './layout-geometry';
import type { SlidesSpec } from './schema';

/** The deck's pictures and their boxes: the logo (its height, at most the content width wide) and each icon-text image (its square, filled). */
export function slidePictures(spec: SlidesSpec): PictureSlot[] {
  const slots: PictureSlot[] = [];
  if (spec.logo) {
    const geometry = slideGeometry(spec, 0);
    slots.push({ path: ['logo'], box: { width: geometry.inner.width, height: geometry.logo.height }, fit: 'inside' });
  }
  spec.slides.forEach((slide, index) => {
    if (slide.layout !== 'icon-text' || !slide.image) return;
    const { art } = iconTextGeometry(slideGeometry(spec, index), slide);
    slots.push({ path: ['slides', index, 'image'], box: { width: art.w, height: art.h }, fit: 'cover' });
  });
  return slots;
}
