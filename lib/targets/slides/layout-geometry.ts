import { LONG_QUOTE_CHARS, bulletsHeight, textHeight, titleBlock, type Box, type SlideGeometry, type TextBox } from './geometry';
import type { Slide } from './schema';

/** One function per layout: the boxes and sizes both renderers use (slide pixels; see ./geometry.ts). */

type Of<Layout extends Slide['layout']> = Extract<Slide, { layout: Layout }>;

const below = (box: Box, gap: number) => box.y + box.h + gap;
const bottom = (geometry: SlideGeometry) => geometry.body.y + geometry.body.h;
/** A text box from `y` to the foot of the body. */
const rest = (geometry: SlideGeometry, x: number, y: number, w: number, size: number): TextBox => ({ x, y, w, h: bottom(geometry) - y, size });

/** Title and section slides: accent bar, title, subtitle and byline, centred vertically. */
export function heroGeometry(geometry: SlideGeometry, slide: Of<'title'> | Of<'section'>) {
  const { at, body } = geometry;
  const gap = at(22);
  const bylineMargin = at(12);
  const bar = { x: body.x, y: 0, w: at(96), h: at(10) };
  const title = titleBlock(geometry, slide.title);
  const subtitleSize = at(30);
  const subtitle = slide.subtitle ? { x: body.x, y: 0, w: body.w, h: textHeight(geometry, slide.subtitle, { size: subtitleSize, weight: 400, lineHeight: 1.35 }, body.w), size: subtitleSize } : undefined;
  const byline = slide.layout === 'title' && slide.byline ? { x: body.x, y: 0, w: body.w, h: textHeight(geometry, slide.byline, { size: at(22), weight: 400 }, body.w), size: at(22) } : undefined;
  const stack = [bar, title, ...(subtitle ? [subtitle] : []), ...(byline ? [byline] : [])];
  const total = stack.reduce((sum, box) => sum + box.h, 0) + gap * (stack.length - 1) + (byline ? bylineMargin : 0);
  let y = body.y + (body.h - total) / 2;
  for (const box of stack) {
    if (box === byline) y += bylineMargin;
    box.y = y;
    y += box.h + gap;
  }
  return { gap, bar, title, subtitle, byline, bylineMargin };
}

export function bulletsGeometry(geometry: SlideGeometry, slide: Of<'bullets'>) {
  const title = titleBlock(geometry, slide.title);
  return { gap: geometry.gap, title, list: rest(geometry, geometry.body.x, below(title, geometry.gap), geometry.inner.width, geometry.textSize) };
}

/** Two columns, each an optional heading over a rule, then bullets. */
export function twoColumnsGeometry(geometry: SlideGeometry, slide: Of<'two-columns'>) {
  const { at, gap } = geometry;
  const title = titleBlock(geometry, slide.title);
  const width = Math.floor((geometry.inner.width - gap) / 2);
  const top = below(title, gap);
  const stackGap = at(18);
  const headingPadding = at(8);
  const rule = 3;
  const columns = [slide.left, slide.right].map((part, index) => {
    const x = geometry.body.x + index * (width + gap);
    const heading = part.heading ? { x, y: top, w: width, h: textHeight(geometry, part.heading, { size: at(26), weight: 700 }, width), size: at(26) } : undefined;
    const underline = heading ? { x, y: below(heading, headingPadding), w: width, h: rule } : undefined;
    return { heading, underline, list: rest(geometry, x, underline ? below(underline, stackGap) : top, width, at(24)) };
  });
  return { gap, title, width, stackGap, headingPadding, rule, columns };
}

/** A square of art (icon or picture) beside a paragraph and/or bullets, centred on each other. */
export function iconTextGeometry(geometry: SlideGeometry, slide: Of<'icon-text'>) {
  const { at, gap, inner, body } = geometry;
  const title = titleBlock(geometry, slide.title);
  const size = Math.round(Math.min(inner.height * 0.62, inner.width * 0.34));
  const textWidth = inner.width - size - gap;
  const columnGap = at(20);
  const textSize = geometry.textSize;
  const bulletSize = at(24);
  const textH = slide.text ? textHeight(geometry, slide.text, { size: textSize, weight: 400, lineHeight: 1.45 }, textWidth) : 0;
  const bulletsH = slide.bullets ? bulletsHeight(geometry, slide.bullets, bulletSize, textWidth) : 0;
  const columnH = textH + bulletsH + (slide.text && slide.bullets ? columnGap : 0);
  const top = below(title, gap);
  const row = Math.max(size, columnH);
  const art = { x: body.x, y: top + (row - size) / 2, w: size, h: size };
  const iconSize = Math.round(size * 0.5);
  const icon = { x: art.x + (size - iconSize) / 2, y: art.y + (size - iconSize) / 2, w: iconSize, h: iconSize };
  const column = { x: art.x + size + gap, y: top + (row - columnH) / 2, w: textWidth, h: columnH };
  const text = slide.text ? { ...column, h: textH, size: textSize } : undefined;
  const bullets = slide.bullets ? { ...column, y: column.y + column.h - bulletsH, h: bulletsH, size: bulletSize } : undefined;
  return { gap, title, art, radius: at(32), icon, column, columnGap, text, bullets };
}

/** Up to three big numbers in a row, else two rows; each under a coloured bar. */
export function statsGeometry(geometry: SlideGeometry, slide: Of<'stats'>) {
  const { at, gap, inner, body } = geometry;
  const title = titleBlock(geometry, slide.title);
  const count = slide.stats.length;
  const perRow = count <= 3 ? count : Math.ceil(count / 2);
  const width = Math.floor((inner.width - gap * (perRow - 1)) / perRow);
  const sizes = { value: at(count <= 3 ? 84 : 64), label: at(24), delta: at(20) };
  const bar = at(6);
  const paddingTop = at(18);
  const stackGap = at(8);
  let y = below(title, gap);
  const cells: { cell: Box; bar: Box; value: TextBox; label: TextBox; delta?: TextBox }[] = [];
  for (let start = 0; start < count; start += perRow) {
    const row = slide.stats.slice(start, start + perRow).map((stat, column) => {
      const x = body.x + column * (width + gap);
      const value = { x, y: y + bar + paddingTop, w: width, h: Math.round(sizes.value * 1.05), size: sizes.value };
      const label = { x, y: below(value, stackGap), w: width, h: textHeight(geometry, stat.label, { size: sizes.label, weight: 400, lineHeight: 1.3 }, width), size: sizes.label };
      const delta = stat.delta ? { x, y: below(label, stackGap), w: width, h: textHeight(geometry, stat.delta, { size: sizes.delta, weight: 600 }, width), size: sizes.delta } : undefined;
      return { bar: { x, y, w: width, h: bar }, value, label, delta };
    });
    const rowHeight = Math.max(...row.map((cell) => below(cell.delta ?? cell.label, 0) - y));
    cells.push(...row.map((cell) => ({ ...cell, cell: { x: cell.bar.x, y, w: width, h: rowHeight } })));
    y += rowHeight + gap;
  }
  return { gap, title, perRow, width, sizes, barHeight: bar, paddingTop, stackGap, cells };
}

/** A big quotation mark, the quote, then author and role, centred vertically. */
export function quoteGeometry(geometry: SlideGeometry, slide: Of<'quote'>) {
  const { at, body } = geometry;
  const gap = at(28);
  const authorGap = 4;
  const mark = { x: body.x, y: 0, w: body.w, h: at(70), size: at(140) };
  const quoteSize = at(slide.quote.length > LONG_QUOTE_CHARS ? 32 : 42);
  const quote = { x: body.x, y: 0, w: body.w, h: textHeight(geometry, slide.quote, { size: quoteSize, weight: 500, lineHeight: 1.35 }, body.w), size: quoteSize };
  const author = slide.author ? { x: body.x, y: 0, w: body.w, h: textHeight(geometry, `— ${slide.author}`, { size: at(24), weight: 700 }, body.w), size: at(24) } : undefined;
  const role = author && slide.role ? { x: body.x, y: 0, w: body.w, h: textHeight(geometry, slide.role, { size: at(20), weight: 400 }, body.w), size: at(20) } : undefined;
  const attribution = author ? author.h + (role ? authorGap + role.h : 0) : 0;
  const total = mark.h + gap + quote.h + (author ? gap + attribution : 0);
  mark.y = body.y + (body.h - total) / 2;
  quote.y = below(mark, gap);
  if (author) author.y = below(quote, gap);
  if (author && role) role.y = below(author, authorGap);
  return { gap, authorGap, mark, quote, author, role };
}

/** A table with a header row: equal columns, rows as tall as their tallest cell. */
export function tableGeometry(geometry: SlideGeometry, slide: Of<'table'>) {
  const { at, gap, inner, body } = geometry;
  const title = titleBlock(geometry, slide.title);
  const border = 1;
  const columns = slide.columns.length;
  const columnWidth = Math.floor(inner.width / columns);
  const padding = { x: at(16), y: at(12) };
  const size = at(21);
  const lineHeight = 1.3;
  // Cells share the width inside the border; that is what their text wraps in.
  const textWidth = (inner.width - border * 2) / columns - padding.x * 2;
  const rowHeight = (cells: string[], weight: (index: number) => number) =>
    Math.max(...cells.map((cell, index) => textHeight(geometry, cell || ' ', { size, weight: weight(index), lineHeight }, textWidth))) + padding.y * 2;
  const rows = [rowHeight(slide.columns, () => 700), ...slide.rows.map((row) => rowHeight(row, (index) => (index === 0 ? 600 : 400)))];
  const box = { x: body.x, y: below(title, gap), w: inner.width, h: rows.reduce((sum, height) => sum + height, 0) + border * 2 };
  return { gap, title, box, border, columnWidth, padding, size, lineHeight, rows, radius: at(12) };
}

/** Steps in columns: a numbered dot on a line, then label, title and text. */
export function timelineGeometry(geometry: SlideGeometry, slide: Of<'timeline'>) {
  const { at, gap, inner, body } = geometry;
  const title = titleBlock(geometry, slide.title);
  const count = slide.steps.length;
  const width = Math.floor((inner.width - gap * (count - 1)) / count);
  const dot = at(56);
  const marginTop = at(20);
  const stackGap = at(12);
  const sizes = { number: at(24), label: at(20), title: at(23), text: at(18) };
  const row = { x: body.x, y: below(title, gap + marginTop) };
  // Connectors run between neighbouring dots, relative to the row (the view positions them absolutely in it).
  const connectors = slide.steps.slice(1).map((_, index) => ({ x: index * (width + gap) + width / 2 + dot / 2 + 6, y: dot / 2 - 2, w: width + gap - dot - 12, h: 4 }));
  const steps = slide.steps.map((step, index) => {
    const x = row.x + index * (width + gap);
    const dotBox = { x: x + (width - dot) / 2, y: row.y, w: dot, h: dot };
    const label = step.label ? { x, y: below(dotBox, stackGap), w: width, h: textHeight(geometry, step.label, { size: sizes.label, weight: 700 }, width), size: sizes.label } : undefined;
    const heading = { x, y: below(label ?? dotBox, stackGap), w: width, h: textHeight(geometry, step.title, { size: sizes.title, weight: 700, lineHeight: 1.25 }, width), size: sizes.title };
    const text = step.text ? { x, y: below(heading, stackGap), w: width, h: textHeight(geometry, step.text, { size: sizes.text, weight: 400, lineHeight: 1.35 }, width), size: sizes.text } : undefined;
    return { dot: dotBox, label, title: heading, text };
  });
  return { gap, title, width, dot, marginTop, stackGap, sizes, row, connectors, steps };
}

/** A chart or whiteboard in the space under the title, drawn at `area`'s size. */
export function embedGeometry(geometry: SlideGeometry, slide: Of<'embed'>) {
  const { at, inner, body } = geometry;
  const gap = at(24);
  const title = slide.title ? titleBlock(geometry, slide.title) : undefined;
  const area = { x: body.x, y: title ? below(title, gap) : body.y, w: inner.width, h: inner.height - (title ? at(110) : 0) };
  return { gap, title, area };
}

/** The drawn picture: `chart` scaled down (never up) to fit `area`, centred across it. */
export function fitPicture(area: Box, chart: { width: number; height: number }): Box {
  const fit = Math.min(1, area.w / chart.width, area.h / chart.height);
  const w = Math.floor(chart.width * fit);
  const h = Math.floor(chart.height * fit);
  return { x: area.x + (area.w - w) / 2, y: area.y, w, h };
}
