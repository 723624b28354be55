import { createRequire } from 'node:module';
import path from 'node:path';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** pdf.js's own metrics for PDF's standard fonts (the text layer's Helvetica), read from the package. */
const STANDARD_FONTS = `${path.join(path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;

/** What a PDF page holds, read back with pdf.js: enough to tell a vector page from a picture of one. */
export interface PdfPage {
  /** Page size in points. */
  width: number;
  height: number;
  /** The page's extractable text, items joined by spaces. */
  text: string;
  /** Path-painting operations (fill, stroke, …): the vector drawing. */
  paths: number;
  /** Raster images painted on the page, with their size on the page in points. */
  images: { width: number; height: number }[];
  /** Where the page's text reaches, in points from the left: the right end of its rightmost item. */
  textRight: number;
  /** Text-showing operations painted with a visible fill (fill alpha above 0): real, drawn text. */
  visibleTexts: number;
}

const PATH_PAINTS = new Set<number>([OPS.fill, OPS.eoFill, OPS.stroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
const IMAGE_PAINTS = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObjectRepeat, OPS.paintImageMaskXObjectRepeat, OPS.paintSolidColorImageMask]);

const TEXT_SHOWS = new Set<number>([OPS.showText, OPS.showSpacedText, OPS.nextLineShowText, OPS.nextLineSetSpacingShowText]);

type Matrix = [number, number, number, number, number, number];
const multiply = ([a, b, c, d, e, f]: Matrix, [g, h, i, j, k, l]: Matrix): Matrix => [g * a + h * c, g * b + h * d, i * a + j * c, i * b + j * d, k * a + l * c + e, k * b + l * d + f];

/** A PDF's title and every page: size, text, how many paths it paints and which raster images (an image's unit square, through the current transform). */
export async function readPdf(bytes: Buffer): Promise<{ title: string | undefined; pages: PdfPage[] }> {
  const document = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, disableFontFace: true, standardFontDataUrl: STANDARD_FONTS }).promise;
  const pages: PdfPage[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    const [, , width = 0, height = 0] = page.view;
    const content = await page.getTextContent();
    const textRight = Math.max(0, ...content.items.map((item) => ('str' in item && item.str.trim() ? (item.transform[4] as number) + item.width : 0)));
    const operators = await page.getOperatorList();
    let paths = 0;
    const images: PdfPage['images'] = [];
    const stack: { matrix: Matrix; fillAlpha: number }[] = [];
    let matrix: Matrix = [1, 0, 0, 1, 0, 0];
    let fillAlpha = 1;
    let visibleTexts = 0;
    operators.fnArray.forEach((operator, index) => {
      const args = operators.argsArray[index] as unknown[];
      if (operator === OPS.save) stack.push({ matrix, fillAlpha });
      else if (operator === OPS.restore || operator === OPS.paintFormXObjectEnd) ({ matrix, fillAlpha } = stack.pop() ?? { matrix, fillAlpha });
      else if (operator === OPS.setGState) {
        for (const [key, value] of (args[0] ?? []) as [string, unknown][]) if (key === 'ca' && typeof value === 'number') fillAlpha = value;
      } else if (TEXT_SHOWS.has(operator)) {
        if (fillAlpha > 0) visibleTexts += 1;
      } else if (operator === OPS.transform) matrix = multiply(matrix, args as Matrix);
      else if (operator === OPS.paintFormXObjectBegin) {
        stack.push({ matrix, fillAlpha });
        if (Array.isArray(args[0])) matrix = multiply(matrix, args[0] as Matrix);
      } else if (PATH_PAINTS.has(operator)) paths += 1;
      else if (IMAGE_PAINTS.has(operator)) images.push({ width: Math.hypot(matrix[0], matrix[1]), height: Math.hypot(matrix[2], matrix[3]) });
    });
    pages.push({ width, height, text: content.items.map((item) => ('str' in item ? item.str : '')).join(' '), paths, images, visibleTexts, textRight });
  }
  const { info } = (await document.getMetadata()) as { info: { Title?: string } };
  return { title: info.Title, pages };
}
