import { tint } from '@/lib/render/theme';
import { deckTheme } from './look';
import type { SlidesSpec } from './schema';
import { logoBox, slideGeometry } from './geometry';
import { addBody } from './pptx-body';
import { addRect, addTextBox, hex, pictureData, pptxUnits, type PptxFrame } from './pptx-parts';

/** An editable PowerPoint deck: native text boxes, bullet lists, tables and shapes; pictures only for charts, icons and logos. */
export async function slidesToPptx(spec: SlidesSpec, onPage?: (done: number, total: number) => void): Promise<Buffer> {
  // Loaded on the first PPTX: every render worker would otherwise hold pptxgenjs (~30 MB) for nothing.
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  const units = pptxUnits(spec);
  pptx.defineLayout({ name: 'GLIMPSE', width: units.inches.width, height: units.inches.height });
  pptx.layout = 'GLIMPSE';
  pptx.title = spec.title;
  pptx.company = 'Glimpse';
  const theme = deckTheme(spec.theme, spec.look);
  const logo = spec.logo ? pictureData(spec.logo) : undefined;
  for (const [index, slide] of spec.slides.entries()) {
    const page = pptx.addSlide();
    const geometry = slideGeometry(spec, index);
    const hero = slide.layout === 'title' || slide.layout === 'section';
    const frame: PptxFrame = { pptx, page, theme, units, geometry, spec };
    page.background = { color: hex(hero ? theme.heroBackground : theme.background) };
    if (theme.tokens.fields && !hero) addRect(frame, geometry.boldBar, theme.primary);
    if (theme.tokens.accent === 'rule') addRect(frame, geometry.paperRule, tint(theme, theme.text, 0.25));
    if (logo) page.addImage({ data: logo.data, ...units.place(logoBox(geometry, logo.ratio)) });
    const { footer } = geometry;
    const muted = hex(hero ? theme.heroMuted : theme.textMuted);
    if (footer.text) addTextBox(frame, footer.text, { ...footer.left, size: footer.size }, { color: muted });
    addTextBox(frame, footer.page, { ...footer.right, size: footer.size }, { color: muted, align: 'right' });
    await addBody(frame, slide);
    if (slide.notes) page.addNotes(slide.notes);
    onPage?.(index + 1, spec.slides.length);
  }
  return (await pptx.write({ outputType: 'nodebuffer' })) as Buffer;
}
