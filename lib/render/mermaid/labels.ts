export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A label as the page drew it: its text, its box and the box of the shape it labels (viewBox units). */
export interface MermaidLabel {
  text: string;
  box: Box;
  container?: Box;
  /** Font size in the viewBox's units. */
  size?: number;
}

const parseBox = (value: string | undefined): Box | undefined => {
  const [x, y, width, height] = (value ?? '').split(' ').map(Number);
  return [x, y, width, height].every((part) => Number.isFinite(part)) ? { x: x!, y: y!, width: width!, height: height! } : undefined;
};

const decode = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&amp;/g, '&');

/** The labels the page script marked (data-glimpse-box, data-glimpse-container) in mermaid's SVG. */
export function mermaidLabels(svg: string): MermaidLabel[] {
  const labels: MermaidLabel[] = [];
  for (const match of svg.matchAll(/<text\b([^>]*)>([^<]*)<\/text>/g)) {
    const attributes = match[1] ?? '';
    const box = parseBox(/\sdata-glimpse-box="([^"]*)"/.exec(attributes)?.[1]);
    if (!box) continue;
    const container = parseBox(/\sdata-glimpse-container="([^"]*)"/.exec(attributes)?.[1]);
    const size = Number(/\sfont-size="([^"]*)"/.exec(attributes)?.[1]);
    labels.push({ text: decode(match[2] ?? ''), box, ...(container ? { container } : {}), ...(Number.isFinite(size) && size > 0 ? { size } : {}) });
  }
  return labels;
}

/** Mermaid's labels are 16 px in its own units, unless the page measured them smaller. */
export const MERMAID_LABEL_PX = 16;

/** The size of the smallest label drawn (gantt's ticks, a git graph's commit ids), in the viewBox's units. */
export function smallestLabelPx(labels: MermaidLabel[]): number {
  return Math.min(MERMAID_LABEL_PX, ...labels.map((label) => label.size ?? MERMAID_LABEL_PX));
}

/** The root's viewBox (mermaid's starts left of and above 0). */
export function viewBoxOf(svg: string): Box | undefined {
  const open = svg.slice(0, svg.indexOf('>', svg.indexOf('<svg')));
  const [x, y, width, height] = (/\sviewBox="([^"]*)"/.exec(open)?.[1] ?? '').trim().split(/[\s,]+/).map(Number);
  return [x, y, width, height].every((part) => Number.isFinite(part)) ? { x: x!, y: y!, width: width!, height: height! } : undefined;
}

/** How far `inner` runs past `outer` on its worst side (0 when inside). */
export function overhang(inner: Box, outer: Box): number {
  return Math.max(0, outer.x - inner.x, outer.y - inner.y, inner.x + inner.width - (outer.x + outer.width), inner.y + inner.height - (outer.y + outer.height));
}
