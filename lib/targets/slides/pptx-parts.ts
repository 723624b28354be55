import type PptxGenJS from 'pptxgenjs';
import { sealedSize } from '@/lib/render/picture';
import { rasterize } from '@/lib/render/rasterize';
import { BULLET, type Box, type BulletItem, type SlideGeometry } from './geometry';
import type { DeckTheme } from './look';
import { ASPECTS, type SlidesSpec } from './schema';

/** Slide width in inches per aspect (PowerPoint's 16:9 default is 13.333 × 7.5 in). */
const INCHES = { '16:9': { width: 13.333, height: 7.5 }, '4:3': { width: 10, height: 7.5 }, '1:1': { width: 7.5, height: 7.5 } } as const;
export const PPTX_FONT = 'Arial';

export const hex = (color: string) => color.replace('#', '').toUpperCase();

/** Slide pixels → inches and points: the one conversion between the geometry and PowerPoint. */
export function pptxUnits(spec: Pick<SlidesSpec, 'aspect'>) {
  const inches = INCHES[spec.aspect];
  const perPx = inches.width / ASPECTS[spec.aspect].width;
  return {
    inches,
    perPx,
    place: (box: Box) => ({ x: box.x * perPx, y: box.y * perPx, w: box.w * perPx, h: box.h * perPx }),
    pt: (px: number) => Math.round(px * perPx * 72 * 10) / 10,
  };
}

export type PptxUnits = ReturnType<typeof pptxUnits>;

/** What a slide's body is drawn with. */
export interface PptxFrame {
  pptx: PptxGenJS;
  page: PptxGenJS.Slide;
  theme: DeckTheme;
  units: PptxUnits;
  geometry: SlideGeometry;
  spec: SlidesSpec;
}

export async function pngDataUri(svg: string, scale = 2): Promise<string> {
  return `image/png;base64,${(await rasterize(svg, { format: 'png', scale })).toString('base64')}`;
}

/**
 * A sealed picture (render() re-encoded it as PNG or JPEG, lib/render/picture.ts) as pptxgenjs takes
 * it, with its width / height ratio. Anything else is a bug upstream, not something to embed.
 */
export function pictureData(uri: string): { data: string; ratio: number } {
  const { width, height } = sealedSize(uri);
  return { data: uri.slice(5), ratio: width / height };
}

/** A filled rectangle (no outline of another colour). */
export function addRect(frame: PptxFrame, box: Box, color: string, shape: PptxGenJS.ShapeType = frame.pptx.ShapeType.rect, options: PptxGenJS.ShapeProps = {}) {
  frame.page.addShape(shape, { ...frame.units.place(box), fill: { color: hex(color) }, line: { color: hex(color) }, ...options });
}

/** Text set in `box` with no inset, so it starts where the PNG's does. */
export function addTextBox(frame: PptxFrame, text: string | PptxGenJS.TextProps[], box: Box & { size?: number }, options: PptxGenJS.TextPropsOptions = {}) {
  const size = box.size === undefined ? {} : { fontSize: frame.units.pt(box.size) };
  frame.page.addText(text, { ...frame.units.place(box), ...size, fontFace: PPTX_FONT, margin: 0, valign: 'top', ...options });
}

/** Bullet paragraphs spaced like parts.tsx `Bullets` (BULLET), at font `size` in slide pixels. */
export function bulletRuns(frame: PptxFrame, items: BulletItem[], size: number): PptxGenJS.TextProps[] {
  const { pt } = frame.units;
  return items.flatMap((item) => {
    const text = typeof item === 'string' ? item : item.text;
    const sub = typeof item === 'string' ? [] : item.sub;
    const paragraphs = [{ text, level: 0, size, color: frame.theme.text }, ...sub.map((line) => ({ text: line, level: 1, size: size * BULLET.subScale, color: frame.theme.textMuted }))];
    return paragraphs.map((paragraph, index) => ({
      text: paragraph.text,
      options: {
        bullet: { indent: pt(size) },
        indentLevel: paragraph.level,
        fontSize: pt(paragraph.size),
        color: hex(paragraph.color),
        breakLine: true,
        paraSpaceAfter: pt(size * (index < paragraphs.length - 1 ? BULLET.subGap : BULLET.itemGap)),
      },
    }));
  });
}
