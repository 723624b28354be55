import PptxGenJS from 'pptxgenjs';
import { iconSvg } from '@/lib/render/icons';
import { rasterize } from '@/lib/render/rasterize';
import { deckTheme, type DeckTheme } from './look';
import { ASPECTS, type Slide, type SlidesSpec } from './schema';
import { embedSvg } from './embed';

/** Slide width in inches per aspect (PowerPoint's 16:9 default is 13.333 × 7.5 in). */
const INCHES = { '16:9': { width: 13.333, height: 7.5 }, '4:3': { width: 10, height: 7.5 }, '1:1': { width: 7.5, height: 7.5 } } as const;
const FONT = 'Arial';

type Bullet = string | { text: string; sub: string[] };
const hex = (color: string) => color.replace('#', '').toUpperCase();

async function pngDataUri(svg: string, scale = 2): Promise<string> {
  return `image/png;base64,${(await rasterize(svg, { format: 'png', scale })).toString('base64')}`;
}

/** An editable PowerPoint deck: native text boxes, bullet lists, tables and shapes; pictures only for charts, icons and logos. */
export async function slidesToPptx(spec: SlidesSpec): Promise<Buffer> {
  const pptx = new PptxGenJS();
  const inches = INCHES[spec.aspect];
  pptx.defineLayout({ name: 'GLIMPSE', width: inches.width, height: inches.height });
  pptx.layout = 'GLIMPSE';
  pptx.title = spec.title;
  pptx.company = 'Glimpse';
  const theme = deckTheme(spec.theme, spec.look);
  const perPx = inches.width / ASPECTS[spec.aspect].width;
  const pt = (px: number) => Math.round(px * perPx * 72 * 10) / 10;
  const margin = 72 * perPx;
  const box = { x: margin, w: inches.width - margin * 2 };
  const logo = spec.logo ? await logoData(spec.logo) : undefined;
  for (const [index, slide] of spec.slides.entries()) {
    const page = pptx.addSlide();
    const hero = slide.layout === 'title' || slide.layout === 'section';
    page.background = { color: hex(hero ? theme.heroBackground : theme.background) };
    if (theme.look === 'bold' && !hero) page.addShape(pptx.ShapeType.rect, { x: 0, y: 0, w: inches.width, h: 14 * perPx, fill: { color: hex(theme.primary) }, line: { color: hex(theme.primary) } });
    if (logo) page.addImage({ data: logo, x: inches.width - margin - 1.2, y: 0.3, w: 1.2, h: 0.42, sizing: { type: 'contain', w: 1.2, h: 0.42 } });
    page.addText(`${index + 1} / ${spec.slides.length}`, { x: inches.width - margin - 1.5, y: inches.height - 0.55, w: 1.5, h: 0.3, fontSize: pt(15), color: hex(hero ? theme.heroMuted : theme.textMuted), align: 'right', fontFace: FONT });
    await addBody(pptx, page, slide, { theme, box, pt, perPx, inches, spec });
    if (slide.notes) page.addNotes(slide.notes);
  }
  return (await pptx.write({ outputType: 'nodebuffer' })) as Buffer;
}

async function logoData(uri: string): Promise<string> {
  if (uri.startsWith('data:image/svg+xml')) return pngDataUri(Buffer.from(uri.slice(uri.indexOf(',') + 1), 'base64').toString('utf8'), 2);
  return uri.slice(5);
}

interface Frame {
  theme: DeckTheme;
  box: { x: number; w: number };
  pt: (px: number) => number;
  perPx: number;
  inches: { width: number; height: number };
  spec: SlidesSpec;
}

function bulletRuns(items: Bullet[], size: number, frame: Frame): PptxGenJS.TextProps[] {
  return items.flatMap((item) => {
    const text = typeof item === 'string' ? item : item.text;
    const sub = typeof item === 'string' ? [] : item.sub;
    return [
      { text, options: { bullet: { indent: size }, indentLevel: 0, fontSize: size, color: hex(frame.theme.text), breakLine: true, paraSpaceAfter: size * 0.4 } },
      ...sub.map((line) => ({ text: line, options: { bullet: { indent: size }, indentLevel: 1, fontSize: Math.round(size * 0.82), color: hex(frame.theme.textMuted), breakLine: true, paraSpaceAfter: size * 0.3 } })),
    ];
  });
}

async function addBody(pptx: PptxGenJS, page: PptxGenJS.Slide, slide: Slide, frame: Frame) {
  const { theme, box, pt, inches } = frame;
  const top = 0.75;
  const titleHeight = 1.1;
  const contentY = top + titleHeight + 0.15;
  const contentH = inches.height - contentY - 0.7;
  const title = (text: string) => page.addText(text, { x: box.x, y: top, w: box.w, h: titleHeight, fontSize: pt(48), bold: true, color: hex(theme.text), fontFace: FONT, valign: 'top', fit: 'shrink' });
  switch (slide.layout) {
    case 'title':
    case 'section': {
      page.addShape(pptx.ShapeType.rect, { x: box.x, y: inches.height * 0.32, w: 1.0, h: 0.1, fill: { color: hex(theme.look === 'bold' ? theme.heroText : theme.primary) }, line: { color: hex(theme.look === 'bold' ? theme.heroText : theme.primary) } });
      page.addText(slide.title, { x: box.x, y: inches.height * 0.36, w: box.w, h: 1.6, fontSize: pt(slide.layout === 'title' ? 60 : 54), bold: true, color: hex(theme.heroText), fontFace: FONT, valign: 'top', fit: 'shrink' });
      if (slide.subtitle) page.addText(slide.subtitle, { x: box.x, y: inches.height * 0.36 + 1.65, w: box.w, h: 0.8, fontSize: pt(30), color: hex(theme.heroMuted), fontFace: FONT, valign: 'top' });
      if (slide.layout === 'title' && slide.byline) page.addText(slide.byline, { x: box.x, y: inches.height * 0.36 + 2.5, w: box.w, h: 0.5, fontSize: pt(22), color: hex(theme.heroMuted), fontFace: FONT });
      return;
    }
    case 'bullets':
      title(slide.title);
      page.addText(bulletRuns(slide.bullets, pt(28), frame), { x: box.x, y: contentY, w: box.w, h: contentH, fontFace: FONT, valign: 'top' });
      return;
    case 'two-columns': {
      title(slide.title);
      const gap = 0.4;
      const width = (box.w - gap) / 2;
      [slide.left, slide.right].forEach((side, index) => {
        const x = box.x + index * (width + gap);
        const color = hex(theme.accents[index] ?? theme.primary);
        if (side.heading) page.addText(side.heading, { x, y: contentY, w: width, h: 0.5, fontSize: pt(26), bold: true, color, fontFace: FONT });
        page.addText(bulletRuns(side.bullets, pt(24), frame), { x, y: contentY + (side.heading ? 0.65 : 0), w: width, h: contentH - 0.65, fontFace: FONT, valign: 'top' });
      });
      return;
    }
    case 'icon-text': {
      title(slide.title);
      const art = Math.min(contentH * 0.9, box.w * 0.34);
      if (slide.image) page.addImage({ data: slide.image.startsWith('data:image/svg') ? await logoData(slide.image) : slide.image.slice(5), x: box.x, y: contentY, w: art, h: art, sizing: { type: 'cover', w: art, h: art } });
      else {
        page.addShape(pptx.ShapeType.roundRect, { x: box.x, y: contentY, w: art, h: art, fill: { color: hex(theme.surfaceStrong) }, line: { color: hex(theme.surfaceStrong) }, rectRadius: 0.2 });
        page.addImage({ data: await pngDataUri(iconSvg(slide.icon ?? 'lightbulb', theme.primary), 12), x: box.x + art * 0.25, y: contentY + art * 0.25, w: art * 0.5, h: art * 0.5 });
      }
      const runs: PptxGenJS.TextProps[] = [...(slide.text ? [{ text: slide.text, options: { fontSize: pt(28), color: hex(theme.text), breakLine: true, paraSpaceAfter: 12 } }] : []), ...(slide.bullets ? bulletRuns(slide.bullets, pt(24), frame) : [])];
      page.addText(runs, { x: box.x + art + 0.4, y: contentY, w: box.w - art - 0.4, h: art, fontFace: FONT, valign: 'middle' });
      return;
    }
    case 'stats': {
      title(slide.title);
      const count = slide.stats.length;
      const perRow = count <= 3 ? count : Math.ceil(count / 2);
      const gap = 0.35;
      const width = (box.w - gap * (perRow - 1)) / perRow;
      slide.stats.forEach((stat, index) => {
        const x = box.x + (index % perRow) * (width + gap);
        const y = contentY + Math.floor(index / perRow) * 2.1;
        const color = hex(theme.accents[index % theme.accents.length] ?? theme.primary);
        page.addShape(pptx.ShapeType.rect, { x, y, w: width, h: 0.07, fill: { color }, line: { color } });
        page.addText(stat.value, { x, y: y + 0.15, w: width, h: 1.0, fontSize: pt(count <= 3 ? 84 : 64), bold: true, color, fontFace: FONT, fit: 'shrink' });
        page.addText(stat.delta ? [{ text: stat.label, options: { breakLine: true } }, { text: stat.delta, options: { bold: true, fontSize: pt(20), color: hex(/^[-−]/.test(stat.delta.trim()) ? theme.negative : theme.positive) } }] : stat.label, { x, y: y + 1.15, w: width, h: 0.8, fontSize: pt(24), color: hex(theme.text), fontFace: FONT, valign: 'top' });
      });
      return;
    }
    case 'quote':
      page.addText('“', { x: box.x, y: 1.0, w: 1.5, h: 1.2, fontSize: pt(140), bold: true, color: hex(theme.primary), fontFace: FONT });
      page.addText(slide.quote, { x: box.x, y: 2.1, w: box.w, h: 2.6, fontSize: pt(slide.quote.length > 200 ? 32 : 42), color: hex(theme.text), fontFace: FONT, valign: 'top', fit: 'shrink' });
      if (slide.author) page.addText([{ text: `— ${slide.author}`, options: { bold: true, breakLine: true } }, ...(slide.role ? [{ text: slide.role, options: { fontSize: pt(20), color: hex(theme.textMuted) } }] : [])], { x: box.x, y: 4.8, w: box.w, h: 0.9, fontSize: pt(24), color: hex(theme.text), fontFace: FONT });
      return;
    case 'table': {
      title(slide.title);
      const header = slide.columns.map((column) => ({ text: column, options: { bold: true, color: hex(theme.onPrimary), fill: { color: hex(theme.primary) } } }));
      const rows = slide.rows.map((row, rowIndex) => row.map((cell, index) => ({ text: cell, options: { bold: index === 0, color: hex(theme.text), fill: { color: hex(rowIndex % 2 ? theme.surfaceStrong : theme.background) } } })));
      page.addTable([header, ...rows], { x: box.x, y: contentY, w: box.w, fontSize: pt(21), fontFace: FONT, border: { type: 'solid', pt: 0.75, color: hex(theme.border) }, valign: 'middle' });
      return;
    }
    case 'timeline': {
      title(slide.title);
      const count = slide.steps.length;
      const width = box.w / count;
      const dot = 0.62;
      const lineY = contentY + 0.35 + dot / 2;
      page.addShape(pptx.ShapeType.line, { x: box.x + width / 2, y: lineY, w: box.w - width, h: 0, line: { color: hex(theme.border), width: 3 } });
      slide.steps.forEach((step, index) => {
        const x = box.x + index * width;
        const color = hex(theme.accents[index % theme.accents.length] ?? theme.primary);
        page.addShape(pptx.ShapeType.ellipse, { x: x + width / 2 - dot / 2, y: contentY + 0.35, w: dot, h: dot, fill: { color }, line: { color } });
        if (slide.style === 'process') page.addText(String(index + 1), { x: x + width / 2 - dot / 2, y: contentY + 0.35, w: dot, h: dot, fontSize: pt(24), bold: true, color: 'FFFFFF', align: 'center', valign: 'middle', fontFace: FONT });
        const lines: PptxGenJS.TextProps[] = [
          ...(step.label ? [{ text: step.label, options: { bold: true, color, breakLine: true } }] : []),
          { text: step.title, options: { bold: true, fontSize: pt(23), color: hex(theme.text), breakLine: Boolean(step.text) } },
          ...(step.text ? [{ text: step.text, options: { fontSize: pt(18), color: hex(theme.textMuted) } }] : []),
        ];
        page.addText(lines, { x: x + 0.05, y: contentY + 1.15, w: width - 0.1, h: 2.4, fontSize: pt(20), align: 'center', valign: 'top', fontFace: FONT });
      });
      return;
    }
    case 'embed': {
      if (slide.title) title(slide.title);
      const y = slide.title ? contentY : top;
      const h = inches.height - y - 0.7;
      const size = { width: Math.round(box.w / frame.perPx), height: Math.round(h / frame.perPx) };
      const chart = await embedSvg(slide, theme, size, frame.spec.locale);
      const fit = Math.min(1, size.width / chart.width, size.height / chart.height);
      const w = chart.width * fit * frame.perPx;
      const hh = chart.height * fit * frame.perPx;
      page.addImage({ data: await pngDataUri(chart.svg, 2), x: box.x + (box.w - w) / 2, y, w, h: hh, altText: `${slide.title ?? 'Chart'} (chart)` });
      return;
    }
    default: {
      const unreachable: never = slide;
      return unreachable;
    }
  }
}
