import rough from 'roughjs';
import type { Options } from 'roughjs/bin/core';
import { colord } from 'colord';
import { contentHash } from '@/lib/hash';
import { iconSvg } from '@/lib/render/icons';
import { measureText, textSvg } from '@/lib/render/text-paths';
import { wrapLines } from '@/lib/render/wrap-lines';
import { tint, type Theme } from '@/lib/render/theme';
import { labelStyle, type Layout, type PlacedNode } from './layout';
import { cloudPath } from './outline';
import type { WhiteboardSpec } from './schema';

const generator = rough.generator();
export const MARGIN = 24;
export const NOTE_WIDTH = 220;
/** The room for a sticky note's text (the note less its padding). */
export const NOTE_TEXT_WIDTH = NOTE_WIDTH - 28;
/** A frame's title starts this far in from the frame's left side. */
export const GROUP_LABEL_INSET = 16;

type Style = ReturnType<typeof labelStyle>;
const round = (value: number) => Math.round(value * 10) / 10;

/** A fixed seed per spec: the same spec always draws the same strokes. */
function seedOf(spec: WhiteboardSpec): number {
  return Number.parseInt(contentHash(spec).replace(/[^0-9a-f]/gi, '').slice(0, 6) || '1', 16) % 2_000_000_000 || 1;
}

function roughPaths(drawable: ReturnType<typeof generator.rectangle>): string {
  return generator
    .toPaths(drawable)
    .map((path) => `<path d="${path.d.replace(/-?\d+\.\d+/g, (number) => String(round(Number(number))))}" stroke="${path.stroke}" stroke-width="${path.strokeWidth}" fill="${path.fill ?? 'none'}"${path.stroke === 'none' ? '' : ' stroke-linecap="round" stroke-linejoin="round"'}/>`)
    .join('');
}

function text(lines: string[], centerX: number, top: number, style: Style, color: string, size = style.size): string {
  const lineHeight = (style.lineHeight * size) / style.size;
  return lines
    .map((line, index) => {
      const width = measureText(line, { ...style, size });
      const baseline = top + lineHeight * index + lineHeight * 0.78;
      return textSvg(line, centerX - width / 2, baseline, { ...style, size }, ` fill="${color}"`);
    })
    .join('');
}

function shape(node: PlacedNode, options: Options, theme: Theme): string {
  const { x, y, width: w, height: h } = node;
  switch (node.shape) {
    case 'box':
      return roughPaths(generator.rectangle(x, y, w, h, options));
    case 'rounded': {
      const r = Math.min(18, h / 3);
      return roughPaths(generator.path(`M${x + r},${y} H${x + w - r} Q${x + w},${y} ${x + w},${y + r} V${y + h - r} Q${x + w},${y + h} ${x + w - r},${y + h} H${x + r} Q${x},${y + h} ${x},${y + h - r} V${y + r} Q${x},${y} ${x + r},${y} Z`, options));
    }
    case 'circle':
      return roughPaths(generator.ellipse(x + w / 2, y + h / 2, w, h, options));
    case 'diamond':
      return roughPaths(generator.polygon([[x + w / 2, y], [x + w, y + h / 2], [x + w / 2, y + h], [x, y + h / 2]], options));
    case 'cylinder': {
      const e = 14;
      return (
        roughPaths(generator.path(`M${x},${y + e} V${y + h - e} A${w / 2},${e} 0 0 0 ${x + w},${y + h - e} V${y + e}`, options)) +
        roughPaths(generator.ellipse(x + w / 2, y + e, w, e * 2, options))
      );
    }
    case 'cloud':
      return roughPaths(generator.path(cloudPath(node), options));
    case 'person': {
      const cx = x + w / 2;
      const line = { ...options, fill: undefined };
      return (
        roughPaths(generator.circle(cx, y + 14, 26, options)) +
        roughPaths(generator.line(cx, y + 27, cx, y + 52, line)) +
        roughPaths(generator.line(cx - 18, y + 36, cx + 18, y + 36, line)) +
        roughPaths(generator.line(cx, y + 52, cx - 14, y + 70, line)) +
        roughPaths(generator.line(cx, y + 52, cx + 14, y + 70, line))
      );
    }
    case 'note': {
      const fold = 16;
      return roughPaths(generator.polygon([[x, y], [x + w - fold, y], [x + w, y + fold], [x + w, y + h], [x, y + h]], { ...options, fill: node.color ?? '#FDE68A' })) + roughPaths(generator.polygon([[x + w - fold, y], [x + w - fold, y + fold], [x + w, y + fold]], { ...options, fill: tint(theme, '#B45309', 0.3) }));
    }
    case 'text':
      return '';
    default: {
      const unreachable: never = node.shape;
      return unreachable;
    }
  }
}

function arrowHead(from: { x: number; y: number }, to: { x: number; y: number }, color: string, options: Options): string {
  const angle = Math.atan2(to.y - from.y, to.x - from.x);
  const size = 12;
  const left = [to.x - size * Math.cos(angle - Math.PI / 7), to.y - size * Math.sin(angle - Math.PI / 7)] as [number, number];
  const right = [to.x - size * Math.cos(angle + Math.PI / 7), to.y - size * Math.sin(angle + Math.PI / 7)] as [number, number];
  return roughPaths(generator.polygon([[to.x, to.y], left, right], { ...options, fill: color, fillStyle: 'solid', stroke: color }));
}

export interface DiagramSvg {
  svg: string;
  width: number;
  height: number;
}

/** The laid-out diagram as SVG: rough (or clean) shapes and edges, outlined handwritten labels, sticky notes. */
export function drawWhiteboard(spec: WhiteboardSpec, layout: Layout, theme: Theme): DiagramSvg {
  const style = labelStyle(spec);
  const sketch = spec.style === 'sketch';
  const seed = seedOf(spec);
  const ink = theme.text;
  const base: Options = { seed, roughness: sketch ? 1.1 : 0, bowing: sketch ? 1 : 0, stroke: ink, strokeWidth: sketch ? 1.8 : 1.6, fillStyle: sketch ? 'hachure' : 'solid', hachureGap: 7, fillWeight: 1.4, disableMultiStroke: !sketch };
  const parts: string[] = [];
  for (const [index, group] of layout.groups.entries()) {
    parts.push(roughPaths(generator.rectangle(group.x, group.y, group.width, group.height, { ...base, seed: seed + 100 + index, stroke: theme.textMuted, strokeLineDash: [10, 8], fill: tint(theme, theme.accents[index % theme.accents.length] ?? theme.primary, 0.06), fillStyle: 'solid' })));
    parts.push(text([group.label], group.x + GROUP_LABEL_INSET + measureText(group.label, { ...style, size: style.size * 0.9 }) / 2, group.y + 10, style, theme.textMuted, style.size * 0.9));
  }
  layout.edges.forEach((placed, index) => {
    const edge = spec.edges[placed.index];
    if (!edge || placed.points.length < 2) return;
    const options: Options = { ...base, seed: seed + 300 + index, stroke: theme.textMuted, strokeWidth: sketch ? 1.6 : 1.4, ...(edge.dashed ? { strokeLineDash: [8, 7] } : {}) };
    const points = placed.points.map((point) => [point.x, point.y] as [number, number]);
    parts.push(roughPaths(spec.edgeStyle === 'spline' && points.length > 2 ? splineOf(points, options) : generator.linearPath(points, options)));
    const [first, second] = placed.points;
    const last = placed.points.at(-1);
    const beforeLast = placed.points.at(-2);
    if ((edge.arrow === 'end' || edge.arrow === 'both') && last && beforeLast) parts.push(arrowHead(beforeLast, last, theme.textMuted, options));
    if ((edge.arrow === 'start' || edge.arrow === 'both') && first && second) parts.push(arrowHead(second, first, theme.textMuted, options));
    if (placed.label) {
      const { box } = placed.label;
      parts.push(`<rect x="${round(box.x)}" y="${round(box.y)}" width="${round(box.width)}" height="${round(box.height)}" rx="6" fill="${theme.background}" opacity="0.92"/>`);
      parts.push(text(placed.label.lines, box.x + box.width / 2, box.y + 3, style, theme.textMuted, style.size * 0.8));
    }
  });
  layout.nodes.forEach((node, index) => {
    const accent = theme.accents[index % theme.accents.length] ?? theme.primary;
    const fill = node.color ?? (node.shape === 'text' ? undefined : tint(theme, accent, sketch ? 0.55 : 0.16));
    parts.push(shape(node, { ...base, seed: seed + index, fill, stroke: node.shape === 'text' ? 'none' : ink }, theme));
    const labelHeight = node.lines.length * style.lineHeight;
    const iconSize = node.icon ? 26 : 0;
    const labelWidth = Math.max(...node.lines.map((line) => measureText(line, style)));
    const top = node.shape === 'person' ? node.y + 76 : node.y + (node.height - labelHeight) / 2;
    const centerX = node.x + node.width / 2 + (node.icon ? (iconSize + 8) / 2 : 0);
    if (node.icon) {
      const icon = iconSvg(node.icon, colord(accent).darken(0.15).toHex());
      const iconX = centerX - labelWidth / 2 - iconSize - 8;
      const iconY = top + labelHeight / 2 - iconSize / 2;
      // A nested <svg> element, not an <image>: it survives being embedded in satori's output again.
      parts.push(icon.replace(/^<svg\b[^>]*?(\sviewBox="[^"]*")[^>]*>/, (open, viewBox: string) => `<svg x="${round(iconX)}" y="${round(iconY)}" width="${iconSize}" height="${iconSize}"${viewBox}>`));
    }
    parts.push(text(node.lines, centerX, top, style, ink));
  });
  const diagramWidth = layout.width + MARGIN * 2;
  const notes = spec.notes.map((note, index) => ({ note, lines: noteLines(note.text, style), index }));
  let noteY = MARGIN;
  const noteX = diagramWidth + (notes.length ? 8 : 0);
  const noteParts: string[] = [];
  for (const { note, lines, index } of notes) {
    const height = lines.length * style.lineHeight + 32;
    noteParts.push(roughPaths(generator.rectangle(noteX, noteY, NOTE_WIDTH, height, { ...base, seed: seed + 900 + index, fill: note.color ?? '#FDE68A', fillStyle: 'solid', stroke: colord(note.color ?? '#FDE68A').darken(0.3).toHex() })));
    noteParts.push(text(lines, noteX + NOTE_WIDTH / 2, noteY + 16, style, '#1F2937'));
    noteY += height + 16;
  }
  const width = Math.ceil(noteX + (notes.length ? NOTE_WIDTH + MARGIN : 0));
  const height = Math.ceil(Math.max(layout.height + MARGIN * 2, noteY + MARGIN));
  const body = `<g transform="translate(${MARGIN},${MARGIN})">${parts.join('')}</g>${noteParts.join('')}`;
  return { svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${body}</svg>`, width, height };
}

/**
 * elkjs's spline sections are cubic Béziers (start, then control, control, point per piece): drawn
 * as such, not as a curve through the control points (which curled at every bend).
 */
export function splineOf(points: [number, number][], options: Options) {
  if ((points.length - 1) % 3 !== 0) return generator.curve(points, options);
  const [start, ...rest] = points;
  let d = `M${start![0]},${start![1]}`;
  for (let index = 0; index + 2 < rest.length; index += 3) d += ` C${rest[index]![0]},${rest[index]![1]} ${rest[index + 1]![0]},${rest[index + 1]![1]} ${rest[index + 2]![0]},${rest[index + 2]![1]}`;
  return generator.path(d, { ...options, fill: undefined });
}

/** A sticky note's text in lines that fit it (the label rules: lib/render/wrap-lines.ts). */
export function noteLines(value: string, style: Style): string[] {
  return wrapLines(value, NOTE_TEXT_WIDTH, (line) => measureText(line, style), { locale: style.locale });
}
