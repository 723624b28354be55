import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { Resvg } from '@resvg/resvg-js';
import { textRuns } from './text-paths';

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

/** A word or line as satori placed it (embedFont: false): baseline origin in CSS px. */
export interface PlacedText {
  text: string;
  x: number;
  y: number;
  size: number;
  weight: number;
}

export interface PdfPage {
  svg: string;
  width: number;
  height: number;
  /** Text to lay invisibly over the drawing so the PDF is selectable and searchable. */
  texts?: PlacedText[];
}

export interface PdfOptions {
  title: string;
  description: string;
  /** Points per CSS px (1 for single visuals; 0.75 puts a 1280px slide on a 960pt = 13.33in page). */
  pointsPerPixel?: number;
  locale?: string;
}

/** SVG pages → one vector PDF (one page each), with an invisible text layer for selection and search. */
export async function svgToPdf(pages: PdfPage[], options: PdfOptions): Promise<Buffer> {
  const scale = options.pointsPerPixel ?? 1;
  const first = pages[0];
  const document = new PDFDocument({
    size: [(first?.width ?? 100) * scale, (first?.height ?? 100) * scale],
    margin: 0,
    autoFirstPage: false,
    // Fixed dates keep the PDF (and its file ID, hashed from info) a pure function of the spec.
    info: { Title: options.title, Subject: options.description.slice(0, 1000), Creator: 'Glimpse', Producer: 'Glimpse', CreationDate: FIXED_DATE, ModDate: FIXED_DATE },
    displayTitle: true,
    lang: options.locale,
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);
  });
  const registered = new Set<string>();
  for (const page of pages) {
    document.addPage({ size: [page.width * scale, page.height * scale], margin: 0 });
    SVGtoPDF(document, inlineNestedSvgImages(page.svg), 0, 0, {
      width: page.width * scale,
      height: page.height * scale,
      assumePt: true,
      imageCallback: (link: string) => rasterDataUri(link),
    });
    if (page.texts?.length) addTextLayer(document, page.texts, scale, registered, options.locale);
  }
  document.end();
  return done;
}

/** Invisible (opacity 0) text at each word's baseline, in fonts that cover its characters. */
function addTextLayer(document: PDFKit.PDFDocument, texts: PlacedText[], scale: number, registered: Set<string>, locale?: string) {
  document.save();
  document.fillOpacity(0);
  for (const placed of texts) {
    let x = placed.x * scale;
    for (const run of textRuns(placed.text, { size: placed.size * scale, weight: placed.weight, locale })) {
      if (!registered.has(run.key)) {
        document.registerFont(run.key, run.data);
        registered.add(run.key);
      }
      document.font(run.key).fontSize(placed.size * scale).text(run.text, x, placed.y * scale, { lineBreak: false, baseline: 'alphabetic' });
      x += run.width;
    }
  }
  document.restore();
}
/** Fallback for any non-SVG-in-SVG image svg-to-pdfkit meets: PNG/JPEG pass through, other SVGs rasterise at 4×. */
function rasterDataUri(link: string): string {
  if (!link.startsWith('data:image/svg+xml')) return link;
  const comma = link.indexOf(',');
  const payload = link.slice(comma + 1);
  const svg = link.slice(0, comma).endsWith(';base64') ? Buffer.from(payload, 'base64').toString('utf8') : decodeURIComponent(payload);
  return `data:image/png;base64,${new Resvg(svg, { fitTo: { mode: 'zoom', value: 4 }, font: { loadSystemFonts: false } }).render().asPng().toString('base64')}`;
}
