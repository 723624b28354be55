import sharp from 'sharp';

/*
 * Test helpers that look inside a drawing, so a test can say what it shows (a chart's marks, ink
 * where the chart belongs) instead of "the PNG is not one colour", which a title alone satisfies.
 */

/** An SVG document satori embedded as a data-URL <image> (a chart or whiteboard), with its box in CSS px. */
export interface EmbeddedSvg {
  x: number;
  y: number;
  width: number;
  height: number;
  svg: string;
}

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** Every SVG image embedded in `svg`, in document order. */
export function embeddedSvgs(svg: string): EmbeddedSvg[] {
  return [...svg.matchAll(/<image\b[^>]*>/g)].flatMap(([tag]) => {
    const href = /href="data:image\/svg\+xml;base64,([^"]+)"/.exec(tag)?.[1];
    if (!href) return [];
    const [x, y, width, height] = ['x', 'y', 'width', 'height'].map((name) => Number(attribute(tag, name) ?? 0));
    return [{ x: x ?? 0, y: y ?? 0, width: width ?? 0, height: height ?? 0, svg: Buffer.from(href, 'base64').toString('utf8') }];
  });
}

/**
 * The data items Vega drew, as their ARIA labels (`a: x; b: 3`): children of its mark containers
 * (`<g class="mark-TYPE role-mark">`, group marks excluded) that Vega marks as data
 * (`role="graphics-symbol"`). Axes, legends, titles and selection brushes are not counted, so an
 * empty chart has none. Vega escapes `<` and `>` in attributes and text, so a tag scan is enough.
 */
export function vegaDataItems(svg: string): string[] {
  const open: boolean[] = [];
  const items: string[] = [];
  for (const [tag, closing, name, selfClosing] of svg.matchAll(/<(\/?)([\w:-]+)[^>]*?(\/?)>/g)) {
    if (closing) {
      open.pop();
      continue;
    }
    if (open.at(-1) && name !== 'g' && /\srole="graphics-symbol"/.test(tag)) items.push(attribute(tag, 'aria-label') ?? '');
    const container = name === 'g' && /\sclass="mark-(?!group\b)[\w-]+ role-mark\b/.test(tag);
    if (!selfClosing) open.push(container);
  }
  return items;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Pixels in `box` of a PNG (transparency flattened onto white) whose colour differs (by more than `tolerance` in a channel) from the box's most common colour. */
export async function inkPixels(png: Buffer, box: Box, tolerance = 24): Promise<number> {
  const region = { left: Math.round(box.x), top: Math.round(box.y), width: Math.round(box.width), height: Math.round(box.height) };
  const { data, info } = await sharp(png).extract(region).flatten({ background: '#FFFFFF' }).raw().toBuffer({ resolveWithObject: true });
  const counts = new Map<number, number>();
  for (let offset = 0; offset < data.length; offset += info.channels) {
    const colour = ((data[offset] ?? 0) << 16) | ((data[offset + 1] ?? 0) << 8) | (data[offset + 2] ?? 0);
    counts.set(colour, (counts.get(colour) ?? 0) + 1);
  }
  const background = [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
  const channels = [(background >> 16) & 255, (background >> 8) & 255, background & 255];
  let ink = 0;
  for (let offset = 0; offset < data.length; offset += info.channels) {
    if (channels.some((value, channel) => Math.abs((data[offset + channel] ?? 0) - value) > tolerance)) ink += 1;
  }
  return ink;
}
