import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { Resvg } from '@resvg/resvg-js';

/**
 * svg-to-pdfkit cannot draw SVG documents nested in <image> (satori's icons and emoji), so those
 * are inlined as <svg> elements at the image's box first; the result stays vector throughout.
 */
function inlineNestedSvgImages(svg: string): string {
  return svg.replace(/<image\b([^>]*?)href="data:image\/svg\+xml;base64,([^"]+)"([^>]*?)\/>/g, (whole, before: string, data: string, after: string) => {
    const attributes = `${before} ${after}`;
    const read = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(attributes)?.[1];
    const inner = Buffer.from(data, 'base64').toString('utf8');
    const open = inner.indexOf('>', inner.indexOf('<svg'));
    if (open === -1) return whole;
    const viewBox = /viewBox="([^"]*)"/.exec(inner.slice(0, open))?.[1];
    const box = ['x', 'y', 'width', 'height'].map((name) => (read(name) ? ` ${name}="${read(name)}"` : '')).join('');
    const transform = read('transform');
    const nested = `<svg${box}${viewBox ? ` viewBox="${viewBox}"` : ''} preserveAspectRatio="${read('preserveAspectRatio') ?? 'xMidYMid meet'}">${inner.slice(open + 1).replace(/<\/svg>\s*$/, '')}</svg>`;
    return transform ? `<g transform="${transform}">${nested}</g>` : nested;
  });
}

const FIXED_DATE = new Date(0);

export interface PdfOptions {
  title: string;
  description: string;
  width: number;
  height: number;
}

/** One SVG → a one-page vector PDF of the same size (1 CSS px = 1 pt). */
export async function svgToPdf(svg: string, options: PdfOptions): Promise<Buffer> {
  const document = new PDFDocument({
    size: [options.width, options.height],
    margin: 0,
    autoFirstPage: true,
    // Fixed dates keep the PDF (and its file ID, hashed from info) a pure function of the spec.
    info: { Title: options.title, Subject: options.description.slice(0, 1000), Creator: 'Glimpse', Producer: 'Glimpse', CreationDate: FIXED_DATE, ModDate: FIXED_DATE },
    displayTitle: true,
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);
  });
  SVGtoPDF(document, inlineNestedSvgImages(svg), 0, 0, {
    width: options.width,
    height: options.height,
    assumePt: true,
    imageCallback: (link: string) => rasterDataUri(link),
  });
  document.end();
  return done;
}

/** Fallback for any non-SVG-in-SVG image svg-to-pdfkit meets: PNG/JPEG pass through, other SVGs rasterise at 4×. */
function rasterDataUri(link: string): string {
  if (!link.startsWith('data:image/svg+xml')) return link;
  const comma = link.indexOf(',');
  const payload = link.slice(comma + 1);
  const svg = link.slice(0, comma).endsWith(';base64') ? Buffer.from(payload, 'base64').toString('utf8') : decodeURIComponent(payload);
  return `data:image/png;base64,${new Resvg(svg, { fitTo: { mode: 'zoom', value: 4 }, font: { loadSystemFonts: false } }).render().asPng().toString('base64')}`;
}
