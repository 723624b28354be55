import { layoutText, measureText } from './text-paths';

/**
 * Replaces every <text> in an SVG (as Vega writes them) with an outlined <path> drawn in
 * Glimpse's fonts, keeping position, anchor, size, weight, colour, opacity and transform.
 */

// A self-closing <text/> (Vega writes one for an empty label) is matched on its own, never as the
// start of the next element's content.
const TEXT_ELEMENT = /<text\b([^>]*?)(?:\/>|>([\s\S]*?)<\/text>)/g;
const TSPAN = /<tspan\b([^>]*)>([\s\S]*?)<\/tspan>/g;
const ATTRIBUTE = /([\w:-]+)="([^"]*)"/g;
const PASSED_THROUGH = ['transform', 'fill', 'opacity', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'clip-path', 'class', 'aria-hidden', 'role', 'aria-label'];

function attributes(source: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const match of source.matchAll(ATTRIBUTE)) result[match[1] ?? ''] = match[2] ?? '';
  return result;
}

const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;|&#39;/g, "'")
    .replace(/&#(\d+);/g, (_whole, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_whole, code: string) => String.fromCodePoint(Number.parseInt(code, 16)))
    .replace(/&amp;/g, '&');

const number = (value: string | undefined, fallback = 0) => {
  const parsed = Number.parseFloat(value ?? '');
  return Number.isFinite(parsed) ? parsed : fallback;
};

function fontWeight(value: string | undefined): number {
  if (!value || value === 'normal') return 400;
  if (value === 'bold' || value === 'bolder') return 700;
  if (value === 'lighter') return 300;
  return number(value, 400);
}

/** Lengths in em resolve against the font size; everything else is px. */
const length = (value: string | undefined, size: number) => (value?.endsWith('em') ? number(value) * size : number(value));

export function outlineSvgText(svg: string, locale?: string): string {
  return svg.replace(TEXT_ELEMENT, (_whole, rawAttributes: string, content: string | undefined) => {
    if (content === undefined) return '';
    const attrs = attributes(rawAttributes);
    const size = number(attrs['font-size'], 11);
    const style = { size, weight: fontWeight(attrs['font-weight']), locale };
    const anchor = attrs['text-anchor'] ?? 'start';
    const baseX = number(attrs.x) + length(attrs.dx, size);
    let y = number(attrs.y) + length(attrs.dy, size);
    const lines: { text: string; x: number; y: number }[] = [];
    if (content.includes('<tspan')) {
      for (const match of content.matchAll(TSPAN)) {
        const spanAttributes = attributes(match[1] ?? '');
        y += length(spanAttributes.dy, size);
        lines.push({ text: decode(match[2] ?? ''), x: spanAttributes.x !== undefined ? number(spanAttributes.x) : baseX, y });
      }
    } else {
      lines.push({ text: decode(content), x: baseX, y });
    }
    const laid = lines.map((line) => {
      const width = anchor === 'start' ? 0 : measureText(line.text, style);
      const startX = anchor === 'middle' ? line.x - width / 2 : anchor === 'end' ? line.x - width : line.x;
      return layoutText(line.text, startX, line.y, style);
    });
    const data = laid.map((line) => line.path).join('');
    const emoji = laid.map((line) => line.emoji).join('');
    const kept = PASSED_THROUGH.filter((name) => attrs[name] !== undefined)
      .map((name) => ` ${name}="${attrs[name]}"`)
      .join('');
    const fill = attrs.fill === undefined ? ' fill="#000"' : '';
    if (!emoji) return data ? `<path data-glimpse-text="" d="${data}"${kept}${fill}/>` : '';
    // Emoji share the text's transform, clip and opacity, and keep their own colours.
    const group = PASSED_THROUGH.filter((name) => attrs[name] !== undefined && !name.startsWith('fill') && !name.startsWith('stroke'))
      .map((name) => ` ${name}="${attrs[name]}"`)
      .join('');
    const paint = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity'].filter((name) => attrs[name] !== undefined).map((name) => ` ${name}="${attrs[name]}"`).join('');
    return `<g data-glimpse-text-group=""${group}>${data ? `<path data-glimpse-text="" d="${data}"${paint}${fill}/>` : ''}${emoji}</g>`;
  });
}

/** Prefixes every id (and its url(#…) / href="#…" references) so nested SVGs cannot collide. */
export function prefixSvgIds(svg: string, prefix: string): string {
  // Ids are renumbered in order of appearance: Vega numbers clips and gradients from a
  // process-wide counter, so its ids depend on how many charts ran before (a render must not).
  const ids = new Map<string, string>();
  for (const [, id] of svg.matchAll(/\bid="([^"]+)"/g)) if (id && !ids.has(id)) ids.set(id, `${prefix}${ids.size + 1}`);
  const rename = (id: string) => ids.get(id) ?? `${prefix}${id}`;
  return svg
    .replace(/\bid="([^"]+)"/g, (_whole, id: string) => `id="${rename(id)}"`)
    .replace(/url\(#([^)]+)\)/g, (_whole, id: string) => `url(#${rename(id)})`)
    .replace(/href="#([^"]+)"/g, (_whole, id: string) => `href="#${rename(id)}"`);
}

/** Drops every href that is not a data: URI, so no rasteriser ever reads a file or a URL. */
export function stripExternalHrefs(svg: string): string {
  return svg.replace(/\s(xlink:)?href="(?!data:|#)[^"]*"/g, '');
}
