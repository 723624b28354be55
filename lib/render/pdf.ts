import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { MAX_PICTURE_INPUT_PIXELS } from '@/lib/limits';
import { jpegSize, pngSize } from './picture-check';
import { stripJoiners } from './line-break';
import { measureText, textRuns } from './text-paths';

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
  /** SVG whose text is <text> elements (satori with embedFont: false), drawn as real PDF text. */
  svg: string;
  width: number;
  height: number;
}

export interface PdfOptions {
  title: string;
  description: string;
  /** Points per CSS px (1 for single visuals; 0.75 puts a 1280px slide on a 960pt = 13.33in page). */
  pointsPerPixel?: number;
  locale?: string;
}

const TEXT_ELEMENT = /<text\b([^>]*)>([^<]*)<\/text>/g;
const attribute = (source: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(source)?.[1];
const unescapeXml = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&amp;/g, '&');
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** CSS weights satori writes as words. */
const NAMED_WEIGHTS: Record<string, number> = { normal: 400, bold: 700 };

/** Words as satori places them with embedFont: false (x, baseline y, size, weight). */
export function placedTexts(svg: string): PlacedText[] {
  return [...svg.matchAll(TEXT_ELEMENT)]
    .map((match) => {
      const attributes = match[1] ?? '';
      const weight = attribute(attributes, 'font-weight') ?? '400';
      return {
        // Without the joiners line-break.ts put in to steer satori: the characters as written.
        text: stripJoiners(unescapeXml(match[2] ?? '')),
        x: Number(attribute(attributes, 'x') ?? 0),
        y: Number(attribute(attributes, 'y') ?? 0),
        size: Number(attribute(attributes, 'font-size') ?? 16),
        weight: NAMED_WEIGHTS[weight] ?? (Number(weight) || 400),
      };
    })
    .filter((placed) => placed.text.trim().length > 0);
}

/**
 * Each <text> satori placed (one per word) becomes one <text> per font run — the same fallback
 * chain as every other text path (Inter → CJK subsets → UnifontEX), so a character is drawn by the
 * font that has it — naming the run's font, which `faces` then holds for pdfkit. A character no
 * font has is left out, as everywhere else.
 */
function textAsRuns(svg: string, locale: string | undefined, faces: Map<string, TextRun['face']>): string {
  return svg.replace(TEXT_ELEMENT, (_whole, attributes: string, content: string) => {
    const text = unescapeXml(content);
    const size = Number(attribute(attributes, 'font-size') ?? 16);
    const weightName = attribute(attributes, 'font-weight') ?? '400';
    const weight = NAMED_WEIGHTS[weightName] ?? (Number(weightName) || 400);
    const letterSpacing = Number(attribute(attributes, 'letter-spacing') ?? 0) || 0;
    const rest = attributes.replace(/\s(x|font-family|font-weight|width|height)="[^"]*"/g, '');
    let x = Number(attribute(attributes, 'x') ?? 0);
    // Split into font runs without shaping (pdfkit shapes what it draws): most words are one run.
    const runs = textRuns(text, { size, weight, locale }, { shaped: false });
    let drawn = '';
    for (const [index, run] of runs.entries()) {
      faces.set(run.key, run.face);
      drawn += `<text x="${x}" font-family="${run.key}"${rest}>${escapeXml(run.text)}</text>`;
      // Only a word drawn in several fonts needs the widths (shaped, as satori placed the word).
      if (index < runs.length - 1) x += measureText(run.text, { size, weight, locale }) + letterSpacing * [...run.text].length;
    }
    return drawn;
  });
}

type TextRun = ReturnType<typeof textRuns>[number];

/**
 * SVG pages → one vector PDF (one page each). Text is real PDF text in the embedded (subset) fonts
 * that drew it, so it selects, searches and copies exactly; shapes, pictures and emoji go through
 * svg-to-pdfkit. Font faces come parsed from ./text-paths.ts's cache, shared by every document.
 */
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
  const faces = new Map<string, TextRun['face']>();
  const registered = new Set<string>();
  const fontFor = (family: string) => {
    const key = family.replace(/^['"]|['"]$/g, '');
    const face = faces.get(key);
    if (!face) return FALLBACK_FONT;
    if (!registered.has(key)) {
      // pdfkit takes a parsed fontkit font as it is: no second parse of the font file per document.
      document.registerFont(key, face as unknown as Buffer);
      registered.add(key);
    }
    return key;
  };
  for (const page of pages) {
    document.addPage({ size: [page.width * scale, page.height * scale], margin: 0 });
    SVGtoPDF(document, textAsRuns(inlineNestedSvgImages(page.svg), options.locale, faces), 0, 0, {
      width: page.width * scale,
      height: page.height * scale,
      assumePt: true,
      // Without it the outer <svg> keeps its own width in points, and a 1280px slide overflows its 960pt page.
      preserveAspectRatio: 'xMidYMid meet',
      imageCallback: sealedImage,
      fontCallback: fontFor,
      // A refused <image> draws nothing; pdfkit's complaint about it is not worth a log line.
      warningCallback: () => undefined,
    });
  }
  document.end();
  return done;
}

/** What a <text> with a family we did not write gets (none: every <text> is rewritten above). */
const FALLBACK_FONT = 'Helvetica';

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
