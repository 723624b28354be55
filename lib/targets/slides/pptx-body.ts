import { iconSvg } from '@/lib/render/icons';
import { tint } from '@/lib/render/theme';
import { embedDrawing, placeEmbed } from './embed';
import { isGoodDelta, type TextBox } from './geometry';
import { bulletsGeometry, embedGeometry, heroGeometry, iconTextGeometry, quoteGeometry, statsGeometry, tableGeometry, timelineGeometry, twoColumnsGeometry } from './layout-geometry';
import { PPTX_FONT, addRect, addTextBox, bulletRuns, hex, pictureData, pngDataUri, type PptxFrame } from './pptx-parts';
import type { Slide } from './schema';
import { slideAlt } from './alt';
import { altWords } from '@/lib/targets/shared/alt-words';

type Of<Layout extends Slide['layout']> = Extract<Slide, { layout: Layout }>;

/** A slide's content as native PowerPoint parts, placed by the same layout geometry as the PNG. */
export async function addBody(frame: PptxFrame, slide: Slide): Promise<void> {
  switch (slide.layout) {
    case 'title':
    case 'section':
      return hero(frame, slide);
    case 'bullets': {
      const layout = bulletsGeometry(frame.geometry, slide);
      title(frame, slide.title, layout.title);
      return addTextBox(frame, bulletRuns(frame, slide.bullets, layout.list.size), layout.list);
    }
    case 'two-columns':
      return twoColumns(frame, slide);
    case 'icon-text':
      return iconText(frame, slide);
    case 'stats':
      return stats(frame, slide);
    case 'quote':
      return quote(frame, slide);
    case 'table':
      return table(frame, slide);
    case 'timeline':
      return timeline(frame, slide);
    case 'embed':
      return embed(frame, slide);
    default: {
      const unreachable: never = slide;
      return unreachable;
    }
  }
}

function title(frame: PptxFrame, text: string, box: TextBox, color = frame.theme.text) {
  addTextBox(frame, text, box, { bold: true, color: hex(color), fit: 'shrink' });
}

function hero(frame: PptxFrame, slide: Of<'title'> | Of<'section'>) {
  const { theme } = frame;
  const layout = heroGeometry(frame.geometry, slide);
  addRect(frame, layout.bar, theme.tokens.fields ? theme.heroText : theme.primary);
  title(frame, slide.title, layout.title, theme.heroText);
  if (slide.subtitle && layout.subtitle) addTextBox(frame, slide.subtitle, layout.subtitle, { color: hex(theme.heroMuted) });
  if (slide.layout === 'title' && slide.byline && layout.byline) addTextBox(frame, slide.byline, layout.byline, { color: hex(theme.heroMuted) });
}

function twoColumns(frame: PptxFrame, slide: Of<'two-columns'>) {
  const { theme } = frame;
  const layout = twoColumnsGeometry(frame.geometry, slide);
  title(frame, slide.title, layout.title);
  [slide.left, slide.right].forEach((side, index) => {
    const column = layout.columns[index];
    if (!column) return;
    const color = theme.accents[index] ?? theme.primary;
    if (side.heading && column.heading) addTextBox(frame, side.heading, column.heading, { bold: true, color: hex(color) });
    if (column.underline) addRect(frame, column.underline, color);
    addTextBox(frame, bulletRuns(frame, side.bullets, column.list.size), column.list);
  });
}

async function iconText(frame: PptxFrame, slide: Of<'icon-text'>) {
  const { pptx, page, theme, units } = frame;
  const layout = iconTextGeometry(frame.geometry, slide);
  title(frame, slide.title, layout.title);
  const { art } = layout;
  if (slide.image) page.addImage({ data: pictureData(slide.image).data, ...units.place(art), sizing: { type: 'cover', w: art.w * units.perPx, h: art.h * units.perPx } });
  else {
    addRect(frame, art, tint(theme, theme.primary, 0.12), pptx.ShapeType.roundRect, { rectRadius: layout.radius * units.perPx });
    page.addImage({ data: await pngDataUri(iconSvg(slide.icon ?? 'lightbulb', theme.primary), 12), ...units.place(layout.icon) });
  }
  if (slide.text && layout.text) addTextBox(frame, slide.text, layout.text, { color: hex(theme.text) });
  if (slide.bullets && layout.bullets) addTextBox(frame, bulletRuns(frame, slide.bullets, layout.bullets.size), layout.bullets);
}

function stats(frame: PptxFrame, slide: Of<'stats'>) {
  const { theme } = frame;
  const layout = statsGeometry(frame.geometry, slide);
  title(frame, slide.title, layout.title);
  slide.stats.forEach((stat, index) => {
    const cell = layout.cells[index];
    if (!cell) return;
    const color = theme.accents[index % theme.accents.length] ?? theme.primary;
    addRect(frame, cell.bar, color);
    addTextBox(frame, stat.value, cell.value, { bold: true, color: hex(color), fit: 'shrink' });
    addTextBox(frame, stat.label, cell.label, { color: hex(theme.text) });
    if (stat.delta && cell.delta) addTextBox(frame, stat.delta, cell.delta, { bold: true, color: hex(isGoodDelta(stat.delta, stat.good) ? theme.positive : theme.negative) });
  });
}

function quote(frame: PptxFrame, slide: Of<'quote'>) {
  const { theme } = frame;
  const layout = quoteGeometry(frame.geometry, slide);
  addTextBox(frame, '“', layout.mark, { bold: true, color: hex(theme.primary) });
  addTextBox(frame, slide.quote, layout.quote, { color: hex(theme.text), fit: 'shrink' });
  if (slide.author && layout.author) addTextBox(frame, `— ${slide.author}`, layout.author, { bold: true, color: hex(theme.text) });
  if (slide.role && layout.role) addTextBox(frame, slide.role, layout.role, { color: hex(theme.textMuted) });
}

function table(frame: PptxFrame, slide: Of<'table'>) {
  const { page, theme, units } = frame;
  const layout = tableGeometry(frame.geometry, slide);
  title(frame, slide.title, layout.title);
  const header = slide.columns.map((column) => ({ text: column, options: { bold: true, color: hex(theme.onPrimary), fill: { color: hex(theme.primary) } } }));
  const rows = slide.rows.map((row, rowIndex) => row.map((cell, index) => ({ text: cell, options: { bold: index === 0, color: hex(theme.text), fill: { color: hex(rowIndex % 2 ? theme.surfaceStrong : theme.background) } } })));
  const { x, y, w, h } = units.place(layout.box);
  const inch = (px: number) => px * units.perPx;
  page.addTable([header, ...rows], {
    x,
    y,
    w,
    h,
    colW: slide.columns.map(() => w / slide.columns.length),
    rowH: layout.rows.map(inch),
    margin: [inch(layout.padding.y), inch(layout.padding.x), inch(layout.padding.y), inch(layout.padding.x)],
    fontSize: units.pt(layout.size),
    fontFace: PPTX_FONT,
    border: { type: 'solid', pt: 0.75, color: hex(theme.border) },
    valign: 'middle',
  });
}

function timeline(frame: PptxFrame, slide: Of<'timeline'>) {
  const { pptx, theme } = frame;
  const layout = timelineGeometry(frame.geometry, slide);
  title(frame, slide.title, layout.title);
  for (const line of layout.connectors) addRect(frame, { ...line, x: layout.row.x + line.x, y: layout.row.y + line.y }, tint(theme, theme.primary, 0.35));
  slide.steps.forEach((step, index) => {
    const parts = layout.steps[index];
    if (!parts) return;
    const color = theme.accents[index % theme.accents.length] ?? theme.primary;
    addRect(frame, parts.dot, color, pptx.ShapeType.ellipse);
    if (slide.style === 'process') addTextBox(frame, String(index + 1), { ...parts.dot, size: layout.sizes.number }, { bold: true, color: 'FFFFFF', align: 'center', valign: 'middle' });
    const align = layout.direction === 'across' ? 'center' : 'left';
    if (step.label && parts.label) addTextBox(frame, step.label, parts.label, { bold: true, color: hex(color), align });
    addTextBox(frame, step.title, parts.title, { bold: true, color: hex(theme.text), align });
    if (step.text && parts.text) addTextBox(frame, step.text, parts.text, { color: hex(theme.textMuted), align });
  });
}

async function embed(frame: PptxFrame, slide: Of<'embed'>) {
  const { page, theme, units } = frame;
  const layout = embedGeometry(frame.geometry, slide);
  if (slide.title && layout.title) title(frame, slide.title, layout.title);
  const drawing = await embedDrawing(frame.spec, slide, { width: layout.area.w, height: layout.area.h }, frame.geometry.scale);
  const picture = placeEmbed(layout.area, drawing);
  // Rasterised at twice the size it is shown (the slide's pixels), like the other pictures.
  page.addImage({ data: await pngDataUri(drawing.svg, (2 * picture.w) / drawing.width), ...units.place(picture), altText: slideAlt(slide, altWords(frame.spec)) });
}
