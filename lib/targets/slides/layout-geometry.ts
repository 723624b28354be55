import { BULLET, LONG_QUOTE_CHARS, TITLE, textHeight, titleSize, wrapPieces, titleBlock, type BulletItem, type Box, type SlideGeometry, type TextBox, type TextStyle } from './geometry';
import { measureText } from '@/lib/render/text-paths';
import type { Slide } from './schema';

/**
 * One function per layout: the boxes and sizes both renderers use (slide pixels; see ./geometry.ts).
 * Content layouts are balanced: their body (everything under the title) is set at the largest size
 * between FIT.min and the layout's growth that fits the room under the title, then centred in it.
 * Each layout also lists its `parts` (every run of text with its style, and solid marks) for the
 * layout critic (./critic.ts).
 */

type Of<Layout extends Slide['layout']> = Extract<Slide, { layout: Layout }>;
type Path = (string | number)[];

/** A placed part of the layout: text (with the style it is set in, wrapping in `box.w`) or a mark. */
export interface Part {
  path: Path;
  box: Box;
  text?: string;
  style?: TextStyle;
  /** Set on one line (a big number): it must fit whole. */
  nowrap?: boolean;
}

/** How a content layout's body is set: `k` times its natural sizes, moved `dy` down from under the title. */
export interface Fit {
  k: number;
  dy: number;
}

/**
 * Body sizes shrink to `min` of natural before the content is refused, and grow up to a layout's own
 * factor while the body fills under `fill` of the room; `above` of the room left over goes above the body.
 */
export const FIT = { min: 0.7, step: 0.05, fill: 0.72, above: 0.45 } as const;

const below = (box: Box, gap: number) => box.y + box.h + gap;
const bottom = (geometry: SlideGeometry) => geometry.body.y + geometry.body.h;
/** A text box from `y` to the foot of the body. */
const rest = (geometry: SlideGeometry, x: number, y: number, w: number, size: number): TextBox => ({ x, y, w, h: bottom(geometry) - y, size });
/** `n` reference pixels at the fit's factor. */
const sized = (geometry: SlideGeometry, fit: Fit) => (reference: number) => Math.round(reference * geometry.scale * fit.k);
const textPart = (path: Path, box: Box, text: string, style: TextStyle): Part => ({ path, box, text, style });

/** The room under a title: where a balanced body may go. */
function room(geometry: SlideGeometry, title: Box) {
  const top = below(title, geometry.gap);
  return { top, height: bottom(geometry) - top };
}

/** How far below `top` the lowest part reaches (the body's height). */
export function extent(parts: Part[], top: number): number {
  return Math.max(0, ...parts.filter((part) => part.box.y >= top - 0.5).map((part) => part.box.y + part.box.h - top));
}

const advance = (text: string, style: TextStyle, locale?: string) => measureText(text, { size: style.size, weight: style.weight, locale }) + (style.letterSpacing ?? 0) * [...text].length;

/** The widest piece of `text` in `style` that cannot wrap: a word (a CJK character), or all of it when `nowrap`. */
export function widestWord(text: string, style: TextStyle, locale?: string, nowrap = false): number {
  const words = nowrap ? [text] : wrapPieces(text, locale).map((piece) => piece.trimEnd()).filter(Boolean);
  return Math.max(0, ...words.map((word) => advance(word, style, locale)));
}

/** How much wider than its box a text part's widest unbreakable piece is (> 0: it breaks mid-word or runs past the box). */
export function overhang(part: Part, locale?: string): number {
  return part.text && part.style ? widestWord(part.text, part.style, locale, part.nowrap) - part.box.w : 0;
}

const wordsFit = (geometry: SlideGeometry, parts: Part[]) => parts.every((part) => overhang(part, geometry.locale) <= 0.5);

/**
 * The layout at the largest factor in [FIT.min, grow] (in FIT.step steps) whose body fits under the
 * title (under `fill` of the room when grown) with every word inside its box, set FIT.above of the
 * room left over down. Nothing fits: the smallest, top-aligned (the critic then reports what leaves
 * its box, and the renderer refuses a slide its content overflows).
 */
function balance<Layout extends { parts: Part[] }>(geometry: SlideGeometry, title: Box, grow: number, build: (fit: Fit) => Layout): Layout & { fit: Fit } {
  const { top, height } = room(geometry, title);
  // Factors from the smallest up; "fits" holds up to some factor and fails past it, so search for the last.
  const factors: number[] = [];
  for (let k = FIT.min; k <= grow + 1e-9; k += FIT.step) factors.push(Math.round(k * 100) / 100);
  const fits = (k: number) => {
    const natural = build({ k, dy: 0 });
    const used = extent(natural.parts, top);
    return used <= height * (k > 1 ? FIT.fill : 1) && wordsFit(geometry, natural.parts) ? used : undefined;
  };
  let low = 0;
  let high = factors.length - 1;
  let best: { k: number; used: number } | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const k = factors[middle] ?? 1;
    const used = fits(k);
    if (used === undefined) high = middle - 1;
    else {
      best = { k, used };
      low = middle + 1;
    }
  }
  const fit = best ? { k: best.k, dy: Math.floor((height - best.used) * FIT.above) } : { k: FIT.min, dy: 0 };
  return { ...build(fit), fit };
}

/** Bullet items as parts (each line of text, at the place parts.tsx `Bullets` sets it), and their height. */
function bulletParts(geometry: SlideGeometry, items: BulletItem[], size: number, x: number, y: number, width: number, path: Path) {
  const style = (scale: number): TextStyle => ({ size: size * scale, weight: 400, lineHeight: BULLET.lineHeight });
  const parts: Part[] = [];
  let cursor = y;
  items.forEach((item, index) => {
    if (index > 0) cursor += size * BULLET.itemGap;
    const text = typeof item === 'string' ? item : item.text;
    const sub = typeof item === 'string' ? [] : item.sub;
    const mainWidth = width - size * BULLET.textIndent;
    const main = textHeight(geometry, text, style(1), mainWidth);
    parts.push(textPart(typeof item === 'string' ? [...path, index] : [...path, index, 'text'], { x: x + size * BULLET.textIndent, y: cursor, w: mainWidth, h: main }, text, style(1)));
    cursor += main;
    sub.forEach((line, subIndex) => {
      cursor += size * BULLET.subGap;
      const subWidth = width - size * BULLET.subIndent;
      const h = textHeight(geometry, line, style(BULLET.subScale), subWidth);
      parts.push(textPart([...path, index, 'sub', subIndex], { x: x + size * BULLET.subIndent, y: cursor, w: subWidth, h }, line, style(BULLET.subScale)));
      cursor += h;
    });
  });
  return { parts, height: cursor - y };
}

const titlePart = (path: Path, box: TextBox, text: string): Part => textPart(path, box, text, { size: box.size, weight: 800, lineHeight: 1.15, letterSpacing: -0.5 });

/** Title slides' title size (reference pixels): this large when it fits three lines, no smaller than min before it wraps further. */
const HERO_TITLE = { base: 96, min: 52 } as const;

/**
 * Title and section slides: accent bar, title, subtitle and byline, centred vertically. The slide is
 * its title: set as large as it fits in three lines (96 down to 52 reference pixels, as on a Gamma or
 * Keynote title slide), smaller only where the whole stack would not fit; the rest scale with it.
 */
export function heroGeometry(geometry: SlideGeometry, slide: Of<'title'> | Of<'section'>) {
  const { at, body } = geometry;
  const stackOf = (titleSize: number) => {
    const em = (reference: number) => Math.round((reference * titleSize) / HERO_TITLE.base);
    const gap = Math.max(at(18), em(26));
    const bar = { x: body.x, y: 0, w: Math.max(at(96), em(128)), h: Math.max(at(10), em(12)) };
    const title = { x: body.x, y: 0, w: body.w, h: textHeight(geometry, slide.title, { size: titleSize, ...TITLE }, body.w), size: titleSize };
    const subtitleSize = Math.max(at(26), em(34));
    const subtitleStyle = { size: subtitleSize, weight: 400, lineHeight: 1.35 };
    const subtitle = slide.subtitle ? { x: body.x, y: 0, w: body.w, h: textHeight(geometry, slide.subtitle, subtitleStyle, body.w), size: subtitleSize } : undefined;
    const bylineStyle = { size: Math.max(at(20), em(24)), weight: 400 };
    const byline = slide.layout === 'title' && slide.byline ? { x: body.x, y: 0, w: body.w, h: textHeight(geometry, slide.byline, bylineStyle, body.w), size: bylineStyle.size } : undefined;
    const stack = [bar, title, ...(subtitle ? [subtitle] : []), ...(byline ? [byline] : [])];
    const bylineMargin = em(14);
    const total = stack.reduce((sum, box) => sum + box.h, 0) + gap * (stack.length - 1) + (byline ? bylineMargin : 0);
    return { gap, bar, title, subtitle, subtitleStyle, byline, bylineStyle, bylineMargin, stack, total };
  };
  let size = titleSize(slide.title, body.w, at(HERO_TITLE.base), at(HERO_TITLE.min), 3);
  let laid = stackOf(size);
  while (laid.total > body.h && size > at(32)) {
    size -= 2;
    laid = stackOf(size);
  }
  const { gap, bar, title, subtitle, subtitleStyle, byline, bylineStyle, bylineMargin, stack, total } = laid;
  let y = body.y + (body.h - total) / 2;
  for (const box of stack) {
    if (box === byline) y += bylineMargin;
    box.y = y;
    y += box.h + gap;
  }
  const parts: Part[] = [{ path: ['title'], box: bar }, titlePart(['title'], title, slide.title)];
  if (subtitle && slide.subtitle) parts.push(textPart(['subtitle'], subtitle, slide.subtitle, subtitleStyle));
  if (byline && slide.layout === 'title' && slide.byline) parts.push(textPart(['byline'], byline, slide.byline, bylineStyle));
  return { gap, bar, title, subtitle, byline, bylineMargin, parts };
}

/** How far the layouts may grow their body (a lone bullet up to 42 px from 28: a statement). */
const GROW = { bullets: 1.5, twoColumns: 1.4, iconText: 1.3, stats: 1.5, table: 1.4, timeline: 1.5 } as const;

export function bulletsGeometry(geometry: SlideGeometry, slide: Of<'bullets'>) {
  const title = titleBlock(geometry, slide.title);
  return balance(geometry, title, GROW.bullets, (fit) => {
    const size = sized(geometry, fit)(28);
    const list = rest(geometry, geometry.body.x, below(title, geometry.gap) + fit.dy, geometry.inner.width, size);
    const items = bulletParts(geometry, slide.bullets, size, list.x, list.y, list.w, ['bullets']);
    return { gap: geometry.gap, title, list, offset: fit.dy, parts: [titlePart(['title'], title, slide.title), ...items.parts] };
  });
}

/** Two columns, each an optional heading over a rule, then bullets. */
export function twoColumnsGeometry(geometry: SlideGeometry, slide: Of<'two-columns'>) {
  const { at, gap } = geometry;
  const title = titleBlock(geometry, slide.title);
  const width = Math.floor((geometry.inner.width - gap) / 2);
  return balance(geometry, title, GROW.twoColumns, (fit) => {
    const em = sized(geometry, fit);
    const top = below(title, gap) + fit.dy;
    const stackGap = em(18);
    const headingPadding = em(8);
    const rule = 3;
    const headingStyle = { size: em(26), weight: 700 };
    const parts: Part[] = [titlePart(['title'], title, slide.title)];
    const columns = (['left', 'right'] as const).map((key, index) => {
      const part = slide[key];
      const x = geometry.body.x + index * (width + gap);
      const heading = part.heading ? { x, y: top, w: width, h: textHeight(geometry, part.heading, headingStyle, width), size: headingStyle.size } : undefined;
      const underline = heading ? { x, y: below(heading, headingPadding), w: width, h: rule } : undefined;
      const list = rest(geometry, x, underline ? below(underline, stackGap) : top, width, em(24));
      if (heading && part.heading) parts.push(textPart([key, 'heading'], heading, part.heading, headingStyle));
      if (underline) parts.push({ path: [key, 'heading'], box: underline });
      parts.push(...bulletParts(geometry, part.bullets, list.size, list.x, list.y, list.w, [key, 'bullets']).parts);
      return { heading, underline, list };
    });
    return { gap, title, width, stackGap, headingPadding, rule, columns, offset: fit.dy, parts };
  });
}

/** A square of art (icon or picture) beside a paragraph and/or bullets, centred on each other. */
export function iconTextGeometry(geometry: SlideGeometry, slide: Of<'icon-text'>) {
  const { at, gap, inner, body } = geometry;
  const title = titleBlock(geometry, slide.title);
  const space = room(geometry, title);
  // The art is a square as tall as the room allows, at most a third of the width.
  const size = Math.round(Math.min(inner.height * 0.62, space.height, inner.width * 0.34));
  const textWidth = inner.width - size - gap;
  return balance(geometry, title, GROW.iconText, (fit) => {
    const em = sized(geometry, fit);
    const columnGap = em(20);
    const textStyle = { size: em(28), weight: 400, lineHeight: 1.45 };
    const bulletSize = em(24);
    const textH = slide.text ? textHeight(geometry, slide.text, textStyle, textWidth) : 0;
    const items = slide.bullets ? bulletParts(geometry, slide.bullets, bulletSize, 0, 0, textWidth, ['bullets']) : undefined;
    const bulletsH = items?.height ?? 0;
    const columnH = textH + bulletsH + (slide.text && slide.bullets ? columnGap : 0);
    const top = below(title, gap) + fit.dy;
    const row = Math.max(size, columnH);
    const art = { x: body.x, y: top + (row - size) / 2, w: size, h: size };
    const iconSize = Math.round(size * 0.5);
    const icon = { x: art.x + (size - iconSize) / 2, y: art.y + (size - iconSize) / 2, w: iconSize, h: iconSize };
    const column = { x: art.x + size + gap, y: top + (row - columnH) / 2, w: textWidth, h: columnH };
    const text = slide.text ? { ...column, h: textH, size: textStyle.size } : undefined;
    const bullets = slide.bullets ? { ...column, y: column.y + column.h - bulletsH, h: bulletsH, size: bulletSize } : undefined;
    const parts: Part[] = [titlePart(['title'], title, slide.title), { path: [slide.image ? 'image' : 'icon'], box: art }];
    if (text && slide.text) parts.push(textPart(['text'], text, slide.text, textStyle));
    if (bullets && items) parts.push(...items.parts.map((part) => ({ ...part, box: { ...part.box, x: part.box.x + bullets.x, y: part.box.y + bullets.y } })));
    return { gap, title, art, radius: at(32), icon, column, columnGap, text, bullets, offset: fit.dy, parts };
  });
}

/** The largest size, down from `size` by 2 px to `min`, at which every value fits `width` on one line. */
function valueSize(values: string[], size: number, min: number, width: number, locale?: string): number {
  // Measured without the view's -1 px tracking: a few pixels of margin against satori's own measure.
  const fits = (candidate: number) => values.every((value) => widestWord(value, { size: candidate, weight: 800 }, locale, true) <= width);
  let candidate = size;
  while (candidate > min && !fits(candidate)) candidate -= 2;
  return candidate;
}

/** Up to three big numbers in a row, else two rows; each under a coloured bar. */
export function statsGeometry(geometry: SlideGeometry, slide: Of<'stats'>) {
  const { gap, inner, body } = geometry;
  const title = titleBlock(geometry, slide.title);
  const count = slide.stats.length;
  const perRow = count <= 3 ? count : Math.ceil(count / 2);
  const width = Math.floor((inner.width - gap * (perRow - 1)) / perRow);
  return balance(geometry, title, GROW.stats, (fit) => {
    const em = sized(geometry, fit);
    const natural = em(count <= 3 ? 84 : 64);
    const sizes = { value: valueSize(slide.stats.map((stat) => stat.value), natural, Math.round(natural * 0.5), width, geometry.locale), label: em(24), delta: em(20) };
    const bar = em(6);
    const paddingTop = em(18);
    const stackGap = em(8);
    const styles = { value: { size: sizes.value, weight: 800, lineHeight: 1.05, letterSpacing: -1 }, label: { size: sizes.label, weight: 400, lineHeight: 1.3 }, delta: { size: sizes.delta, weight: 600 } };
    let y = below(title, gap) + fit.dy;
    const cells: { cell: Box; bar: Box; value: TextBox; label: TextBox; delta?: TextBox }[] = [];
    const parts: Part[] = [titlePart(['title'], title, slide.title)];
    for (let start = 0; start < count; start += perRow) {
      const row = slide.stats.slice(start, start + perRow).map((stat, column) => {
        const x = body.x + column * (width + gap);
        const value = { x, y: y + bar + paddingTop, w: width, h: Math.round(sizes.value * 1.05), size: sizes.value };
        const label = { x, y: below(value, stackGap), w: width, h: textHeight(geometry, stat.label, styles.label, width), size: sizes.label };
        const delta = stat.delta ? { x, y: below(label, stackGap), w: width, h: textHeight(geometry, stat.delta, styles.delta, width), size: sizes.delta } : undefined;
        const path = ['stats', start + column];
        parts.push({ path, box: { x, y, w: width, h: bar } }, { ...textPart([...path, 'value'], value, stat.value, styles.value), nowrap: true }, textPart([...path, 'label'], label, stat.label, styles.label));
        if (delta && stat.delta) parts.push(textPart([...path, 'delta'], delta, stat.delta, styles.delta));
        return { bar: { x, y, w: width, h: bar }, value, label, delta };
      });
      const rowHeight = Math.max(...row.map((cell) => below(cell.delta ?? cell.label, 0) - y));
      cells.push(...row.map((cell) => ({ ...cell, cell: { x: cell.bar.x, y, w: width, h: rowHeight } })));
      y += rowHeight + gap;
    }
    return { gap, title, perRow, width, sizes, barHeight: bar, paddingTop, stackGap, cells, offset: fit.dy, parts };
  });
}

/** A big quotation mark, the quote, then author and role, centred vertically. */
export function quoteGeometry(geometry: SlideGeometry, slide: Of<'quote'>) {
  const { at, body } = geometry;
  const gap = at(28);
  const authorGap = 4;
  const mark = { x: body.x, y: 0, w: body.w, h: at(70), size: at(140) };
  const quoteSize = at(slide.quote.length > LONG_QUOTE_CHARS ? 32 : 42);
  const quoteStyle = { size: quoteSize, weight: 500, lineHeight: 1.35 };
  const quote = { x: body.x, y: 0, w: body.w, h: textHeight(geometry, slide.quote, quoteStyle, body.w), size: quoteSize };
  const authorStyle = { size: at(24), weight: 700 };
  const roleStyle = { size: at(20), weight: 400 };
  const author = slide.author ? { x: body.x, y: 0, w: body.w, h: textHeight(geometry, `— ${slide.author}`, authorStyle, body.w), size: at(24) } : undefined;
  const role = author && slide.role ? { x: body.x, y: 0, w: body.w, h: textHeight(geometry, slide.role, roleStyle, body.w), size: at(20) } : undefined;
  const attribution = author ? author.h + (role ? authorGap + role.h : 0) : 0;
  const total = mark.h + gap + quote.h + (author ? gap + attribution : 0);
  mark.y = body.y + (body.h - total) / 2;
  quote.y = below(mark, gap);
  if (author) author.y = below(quote, gap);
  if (author && role) role.y = below(author, authorGap);
  const parts: Part[] = [{ path: ['quote'], box: mark }, textPart(['quote'], quote, slide.quote, quoteStyle)];
  if (author && slide.author) parts.push(textPart(['author'], author, `— ${slide.author}`, authorStyle));
  if (role && slide.role) parts.push(textPart(['role'], role, slide.role, roleStyle));
  return { gap, authorGap, mark, quote, author, role, parts };
}

/** A table with a header row: equal columns, rows as tall as their tallest cell. */
export function tableGeometry(geometry: SlideGeometry, slide: Of<'table'>) {
  const { at, gap, inner, body } = geometry;
  const title = titleBlock(geometry, slide.title);
  const border = 1;
  const columns = slide.columns.length;
  const columnWidth = Math.floor(inner.width / columns);
  return balance(geometry, title, GROW.table, (fit) => {
    const em = sized(geometry, fit);
    const padding = { x: em(16), y: em(12) };
    const size = em(21);
    const lineHeight = 1.3;
    // Cells share the width inside the border; that is what their text wraps in.
    const textWidth = (inner.width - border * 2) / columns - padding.x * 2;
    const weightOf = (row: number, index: number) => (row === 0 ? 700 : index === 0 ? 600 : 400);
    const rowHeight = (cells: string[], row: number) => Math.max(...cells.map((cell, index) => textHeight(geometry, cell || ' ', { size, weight: weightOf(row, index), lineHeight }, textWidth))) + padding.y * 2;
    const all = [slide.columns, ...slide.rows];
    const rows = all.map((cells, row) => rowHeight(cells, row));
    const box = { x: body.x, y: below(title, gap) + fit.dy, w: inner.width, h: rows.reduce((sum, height) => sum + height, 0) + border * 2 };
    const parts: Part[] = [titlePart(['title'], title, slide.title), { path: ['rows'], box }];
    let y = box.y + border;
    all.forEach((cells, row) => {
      cells.forEach((cell, index) => {
        if (!cell) return;
        const x = box.x + border + index * ((inner.width - border * 2) / columns) + padding.x;
        const style = { size, weight: weightOf(row, index), lineHeight };
        parts.push(textPart(row === 0 ? ['columns', index] : ['rows', row - 1, index], { x, y: y + padding.y, w: textWidth, h: textHeight(geometry, cell, style, textWidth) }, cell, style));
      });
      y += rows[row] ?? 0;
    });
    return { gap, title, box, border, columnWidth, padding, size, lineHeight, rows, radius: at(12), offset: fit.dy, parts };
  });
}

/** What a timeline step's parts are set in. */
function timelineStyles(em: (reference: number) => number) {
  const sizes = { number: em(24), label: em(20), title: em(23), text: em(18) };
  const styles = { label: { size: sizes.label, weight: 700 }, title: { size: sizes.title, weight: 700, lineHeight: 1.25 }, text: { size: sizes.text, weight: 400, lineHeight: 1.35 } };
  return { dot: em(56), stackGap: em(12), sizes, styles };
}

/** Steps in columns: a numbered dot on a line, then label, title and text, centred under it. */
function acrossGeometry(geometry: SlideGeometry, slide: Of<'timeline'>, title: TextBox, fit: Fit) {
  const { gap, inner, body } = geometry;
  const count = slide.steps.length;
  const width = Math.floor((inner.width - gap * (count - 1)) / count);
  const { dot, stackGap, sizes, styles } = timelineStyles(sized(geometry, fit));
  const row = { x: body.x, y: below(title, gap) + fit.dy };
  // Connectors run between neighbouring dots, relative to the row (the view positions them absolutely in it).
  const connectors = slide.steps.slice(1).map((_, index) => ({ x: index * (width + gap) + width / 2 + dot / 2 + 6, y: dot / 2 - 2, w: width + gap - dot - 12, h: 4 }));
  const parts: Part[] = [titlePart(['title'], title, slide.title)];
  const steps = slide.steps.map((step, index) => {
    const x = row.x + index * (width + gap);
    const path = ['steps', index];
    const dotBox = { x: x + (width - dot) / 2, y: row.y, w: dot, h: dot };
    const label = step.label ? { x, y: below(dotBox, stackGap), w: width, h: textHeight(geometry, step.label, styles.label, width), size: sizes.label } : undefined;
    const heading = { x, y: below(label ?? dotBox, stackGap), w: width, h: textHeight(geometry, step.title, styles.title, width), size: sizes.title };
    const text = step.text ? { x, y: below(heading, stackGap), w: width, h: textHeight(geometry, step.text, styles.text, width), size: sizes.text } : undefined;
    parts.push({ path, box: dotBox }, textPart([...path, 'title'], heading, step.title, styles.title));
    if (label && step.label) parts.push(textPart([...path, 'label'], label, step.label, styles.label));
    if (text && step.text) parts.push(textPart([...path, 'text'], text, step.text, styles.text));
    return { dot: dotBox, label, title: heading, text, row: { x, y: row.y, w: width, h: below(text ?? heading, 0) - row.y } };
  });
  return { direction: 'across' as const, gap, title, width, textWidth: width, dot, stackGap, sizes, row, rowGap: 0, connectors, steps, offset: fit.dy, parts };
}

/** Steps in rows down the slide: a dot on a vertical line, label, title and text beside it (squares and 4:3, long steps). */
function downGeometry(geometry: SlideGeometry, slide: Of<'timeline'>, title: TextBox, fit: Fit) {
  const { gap, inner, body } = geometry;
  const em = sized(geometry, fit);
  const { dot, stackGap, sizes, styles } = timelineStyles(em);
  const rowGap = em(20);
  const textGap = em(24);
  const textWidth = inner.width - dot - textGap;
  const row = { x: body.x, y: below(title, gap) + fit.dy };
  const parts: Part[] = [titlePart(['title'], title, slide.title)];
  let y = row.y;
  const steps = slide.steps.map((step, index) => {
    const path = ['steps', index];
    const x = body.x + dot + textGap;
    const heights = { label: step.label ? textHeight(geometry, step.label, styles.label, textWidth) : 0, title: textHeight(geometry, step.title, styles.title, textWidth), text: step.text ? textHeight(geometry, step.text, styles.text, textWidth) : 0 };
    const stack = heights.label + heights.title + heights.text + stackGap * ((step.label ? 1 : 0) + (step.text ? 1 : 0));
    const rowH = Math.max(dot, stack);
    const dotBox = { x: body.x, y: y + (rowH - dot) / 2, w: dot, h: dot };
    const top = y + (rowH - stack) / 2;
    const label = step.label ? { x, y: top, w: textWidth, h: heights.label, size: sizes.label } : undefined;
    const heading = { x, y: label ? below(label, stackGap) : top, w: textWidth, h: heights.title, size: sizes.title };
    const text = step.text ? { x, y: below(heading, stackGap), w: textWidth, h: heights.text, size: sizes.text } : undefined;
    parts.push({ path, box: dotBox }, textPart([...path, 'title'], heading, step.title, styles.title));
    if (label && step.label) parts.push(textPart([...path, 'label'], label, step.label, styles.label));
    if (text && step.text) parts.push(textPart([...path, 'text'], text, step.text, styles.text));
    const placed = { dot: dotBox, label, title: heading, text, row: { x: body.x, y, w: inner.width, h: rowH } };
    y += rowH + rowGap;
    return placed;
  });
  // Connectors run down between neighbouring dots, relative to the steps' box.
  const connectors = steps.slice(1).map((step, index) => {
    const previous = steps[index]?.dot ?? step.dot;
    const from = below(previous, 6) - row.y;
    return { x: dot / 2 - 2, y: from, w: 4, h: step.dot.y - 6 - row.y - from };
  });
  return { direction: 'down' as const, gap, title, width: inner.width, textWidth, dot, stackGap, sizes, row, rowGap, textGap, connectors, steps, offset: fit.dy, parts };
}

/** Slides this wide (width / height) keep timelines across unless they do not fit. */
const WIDE = 1.5;

/**
 * A timeline across the slide (dates along a line), or down it where across would leave more of the
 * slide empty (square and 4:3 slides) or does not fit. Both balanced; the less empty one wins, across on a tie.
 */
export function timelineGeometry(geometry: SlideGeometry, slide: Of<'timeline'>) {
  const title = titleBlock(geometry, slide.title);
  const across = balance(geometry, title, GROW.timeline, (fit) => acrossGeometry(geometry, slide, title, fit));
  const down = balance(geometry, title, GROW.timeline, (fit) => downGeometry(geometry, slide, title, fit));
  const region = { top: geometry.body.y, bottom: bottom(geometry) };
  const empty = (layout: { parts: Part[] }) => largestEmptyBand(layout.parts, region).height;
  const fits = (layout: { parts: Part[] }) => wordsFit(geometry, layout.parts) && extent(layout.parts, room(geometry, title).top) <= room(geometry, title).height;
  if (!fits(down) || (fits(across) && geometry.width / geometry.height >= WIDE)) return across;
  if (!fits(across)) return down;
  return empty(down) < empty(across) - geometry.body.h * 0.05 ? down : across;
}

/** The tallest band of `region` (top to bottom) that no part crosses. */
export function largestEmptyBand(parts: Part[], region: { top: number; bottom: number }): { top: number; height: number } {
  const spans = parts.map((part) => [Math.max(region.top, part.box.y), Math.min(region.bottom, part.box.y + part.box.h)] as const).filter(([top, end]) => end > top).sort((a, b) => a[0] - b[0]);
  let best = { top: region.top, height: 0 };
  let cursor = region.top;
  for (const [top, end] of [...spans, [region.bottom, region.bottom] as const]) {
    if (top - cursor > best.height) best = { top: cursor, height: top - cursor };
    cursor = Math.max(cursor, end);
  }
  return best;
}

/** A chart or whiteboard in the space under the title, drawn at `area`'s size. */
export function embedGeometry(geometry: SlideGeometry, slide: Of<'embed'>) {
  const { at, inner, body } = geometry;
  const gap = at(24);
  const title = slide.title ? titleBlock(geometry, slide.title) : undefined;
  // The picture's room: from under the title to the foot of the body (embed.ts fits and centres the drawing in it).
  const top = title ? below(title, gap) : body.y;
  const area = { x: body.x, y: top, w: inner.width, h: bottom(geometry) - top };
  const parts: Part[] = [...(title && slide.title ? [titlePart(['title'], title, slide.title)] : []), { path: ['visual'], box: area }];
  return { gap, title, area, parts };
}

