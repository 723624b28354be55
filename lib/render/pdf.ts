import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { MAX_PICTURE_INPUT_PIXELS } from '@/lib/limits';
import { jpegSize, pngSize } from './picture-check';
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
      imageCallback: sealedImage,
      // A refused <image> draws nothing; pdfkit's complaint about it is not worth a log line.
      warningCallback: () => undefined,
    });
    if (page.texts?.length) addTextLayer(document, page.texts, scale, registered, options.locale);
  }
  document.end();
  return done;
}

/**
 * Text in WinAnsi (Latin-1) goes into the invisible layer in Helvetica, one of PDF's standard fonts:
 * nothing to parse, shape, subset or embed (for a 10-slide deck that was half of the PDF's time).
 * Each run is scaled horizontally (Tz) to the width its outlined glyphs take, so a selection
 * covers exactly what it selects. Other scripts use the font that drew them, embedded.
 */
const STANDARD_TEXT = /^[\x20-\x7e\u00a0-\u00ff]+$/;
const STANDARD_FONT = 'Helvetica';

/** Invisible (opacity 0) text at each word's baseline, in fonts that cover its characters. */
function addTextLayer(document: PDFKit.PDFDocument, texts: PlacedText[], scale: number, registered: Set<string>, locale?: string) {
  document.save();
  document.fillOpacity(0);
  for (const placed of texts) {
    let x = placed.x * scale;
    const size = placed.size * scale;
    // Unshaped widths: the layer is invisible, a kerning pair's difference does not matter to a selection.
    for (const run of textRuns(placed.text, { size, weight: placed.weight, locale }, { shaped: false })) {
      const options = { lineBreak: false, baseline: 'alphabetic' as const };
      if (STANDARD_TEXT.test(run.text)) {
        document.font(STANDARD_FONT).fontSize(size);
        const natural = document.widthOfString(run.text);
        const horizontalScaling = natural > 0 && run.width > 0 ? Math.round((10_000 * run.width) / natural) / 100 : 100;
        // horizontalScaling (Tz) is pdfkit's, missing from @types/pdfkit.
        document.text(run.text, x, placed.y * scale, { ...options, horizontalScaling } as PDFKit.Mixins.TextOptions);
      } else {
        if (!registered.has(run.key)) {
          document.registerFont(run.key, run.data);
          registered.add(run.key);
        }
        document.font(run.key).fontSize(size).text(run.text, x, placed.y * scale, options);
      }
      x += run.width;
    }
  }
  document.restore();
}
/** What pdfkit gets for an image it must not draw: a data URI it refuses ("Unknown image format"), never a path. */
const REFUSED_IMAGE = 'data:image/png;base64,';

/**
 * svg-to-pdfkit hands every <image> href it meets to this callback, and pdfkit reads any string that
 * is not a data URI from disk (a path, file://, /dev/zero, a FIFO). Only a PNG or JPEG data URI
 * whose header reads within MAX_PICTURE_INPUT_PIXELS passes, rebuilt from its bytes; SVG images were
 * inlined above, and spec pictures were sealed before satori saw them. Everything else draws nothing.
 */
export function sealedImage(link: string): string {
  const match = /^data:image\/(png|jpeg);base64,([A-Za-z0-9+/=\s]*)$/.exec(link);
  if (!match) return REFUSED_IMAGE;
  const bytes = Buffer.from((match[2] ?? '').replace(/\s+/g, ''), 'base64');
  const size = match[1] === 'png' ? pngSize(bytes) : jpegSize(bytes);
  if (!size || size.width * size.height > MAX_PICTURE_INPUT_PIXELS) return REFUSED_IMAGE;
  return `data:image/${match[1]};base64,${bytes.toString('base64')}`;
}
