import type { LintFinding } from '@/lib/lint/finding';
import { GlimpseError } from '@/lib/errors';
import { contentHash } from '@/lib/hash';
import { MAX_OUTPUT_PIXELS } from '@/lib/limits';
import { targetFor, type VisualSpec } from '@/lib/spec/visual';
import { FORMATS, VISUAL_FORMATS, type FileFormat } from './formats';
import { sealPictures } from './picture';
import { rasterize } from './rasterize';
import { renderSvg } from './satori';
import { svgToPdf, type PdfOptions } from './pdf';
import { mergePdfPages } from './pdf-merge';
import { tableToCsv } from './csv';
import { repackOffice, zipFiles } from './zip';

/** Bump when any change to the pipeline changes output for the same spec (goes into every ETag). */
export const RENDERER_VERSION = 11;

export interface RenderOptions {
  format: FileFormat;
  scale: number;
  /** Page (0-based) for single-page formats of multi-page visuals: a slide. */
  page?: number;
}

/** Called as each page of a multi-page export (pdf, zip, pptx) is done: the CLI's progress bar. */
export type PageProgress = (done: number, total: number) => void;

export interface Rendered {
  body: Buffer;
  contentType: string;
  /** Output size in pixels (raster) or CSS px / pt (svg, pdf). */
  width: number;
  height: number;
  alt: string;
  /** Content hash of (spec, options, renderer and target versions): the strong ETag. */
  hash: string;
  /** The layout critic's findings for this render (every page of a pdf; none for csv, pptx, excalidraw). */
  findings?: LintFinding[];
}

/** Every file format a spec can be exported to: the four visual formats plus what its target adds. */
export function exportFormats(spec: VisualSpec): FileFormat[] {
  const target = targetFor(spec.kind);
  const formats: FileFormat[] = [...VISUAL_FORMATS];
  if (target.table?.(spec)) formats.push('csv');
  if (target.exporters?.pptx) formats.push('pptx');
  if ((target.pageCount?.(spec) ?? 1) > 1) formats.push('zip');
  if (target.exporters?.excalidraw && !(spec.kind === 'whiteboard' && spec.mermaid)) formats.push('excalidraw');
  return formats;
}

/** The cache key of a render, computable without rendering (ETag / 304 before any work). */
export function renderHash(spec: VisualSpec, options: RenderOptions): string {
  const target = targetFor(spec.kind);
  const { reads } = FORMATS[options.format];
  const scale = reads.scale ? options.scale : 1;
  const page = reads.page ? (options.page ?? 0) : 0;
  return contentHash({ spec, format: options.format, scale, page, renderer: RENDERER_VERSION, target: target.version });
}

/**
 * (spec, options) → bytes. Pure: no I/O besides reading bundled fonts/icons. Every format draws the
 * spec with its pictures sealed (decoded and re-encoded, ./picture.ts); the hash is of the spec as given.
 */
export async function render(input: VisualSpec, options: RenderOptions, onPage?: PageProgress): Promise<Rendered> {
  const hash = renderHash(input, options);
  const spec = await sealPictures(input, targetFor(input.kind).pictures?.(input) ?? []);
  const contentType = FORMATS[options.format].contentType;
  if (options.format === 'csv') {
    const table = targetFor(spec.kind).table?.(spec);
    if (!table) {
      const message = `csv is the data behind a chart; this ${spec.kind} has none (formats: png, webp, svg, pdf)`;
      throw new GlimpseError('unsupported_format', message, { issues: [{ path: ['format'], message }] });
    }
    return { body: Buffer.from(tableToCsv(table)), contentType: `${contentType}; charset=utf-8`, width: 0, height: 0, alt: targetFor(spec.kind).alt(spec), hash };
  }
  const target = targetFor(spec.kind);
  const pages = target.pageCount?.(spec) ?? 1;
  if (options.format === 'pptx') {
    if (!target.exporters?.pptx) {
      const message = `pptx is for slide decks; a ${spec.kind} exports as png, webp, svg or pdf`;
      throw new GlimpseError('unsupported_format', message, { issues: [{ path: ['format'], message }] });
    }
    return { body: repackOffice(await target.exporters.pptx(spec, onPage)), contentType, width: 0, height: 0, alt: target.alt(spec), hash };
  }
  if (options.format === 'excalidraw') {
    if (!target.exporters?.excalidraw) {
      const message = `excalidraw is for whiteboards; a ${spec.kind} exports as png, webp, svg or pdf`;
      throw new GlimpseError('unsupported_format', message, { issues: [{ path: ['format'], message }] });
    }
    return { body: await target.exporters.excalidraw(spec), contentType, width: 0, height: 0, alt: target.alt(spec), hash };
  }
  if (options.format === 'pdf') {
    let done = 0;
    const parts = await pdfParts(spec, Array.from({ length: pages }, (_, page) => page), () => onPage?.((done += 1), pages));
    return assemblePdf(spec, parts, hash);
  }
  if (options.format === 'zip') {
    let done = 0;
    const rendered = await Promise.all(Array.from({ length: pages }, (_, page) => renderSvg(spec, page)));
    for (const [index, page] of rendered.entries()) checkPixels(page, options.scale, `page ${index + 1}`);
    const files = await Promise.all(
      rendered.map(async (page, index) => {
        const bytes = await rasterize(page.svg, { format: 'png', scale: options.scale });
        onPage?.((done += 1), pages);
        return [`${String(index + 1).padStart(2, '0')}.png`, bytes] as const;
      }),
    );
    const body = zipFiles(Object.fromEntries(files.map(([name, bytes]) => [name, new Uint8Array(bytes)])), 0);
    return { body, contentType, width: 0, height: 0, alt: target.alt(spec), hash };
  }
  const page = options.page ?? 0;
  if (page >= pages) {
    const message = `slide ${page + 1} does not exist; this ${spec.kind} has ${pages}`;
    throw new GlimpseError('invalid_option', message, { issues: [{ path: ['slide'], message }] });
  }
  const svg = await renderSvg(spec, page);
  switch (options.format) {
    case 'svg':
      return { body: Buffer.from(svg.svg), contentType, width: svg.width, height: svg.height, alt: svg.alt, hash, findings: svg.findings };
    case 'png':
    case 'webp': {
      const { width, height } = checkPixels(svg, options.scale);
      const body = await rasterize(svg.svg, { format: options.format, scale: options.scale });
      return { body, contentType, width, height, alt: svg.alt, hash, findings: svg.findings };
    }
    default: {
      const unreachable: never = options.format;
      return unreachable;
    }
  }
}

/** One page of a PDF, drawn alone: a one-page document (merged by assemblePdf), its size, alt and findings. */
export interface PdfPart {
  body: Buffer;
  width: number;
  height: number;
  alt: string;
  findings: LintFinding[];
}

/** The options a spec's PDF is written with (each page alone and the merged whole alike). */
function pdfOptions(spec: VisualSpec, description: string): PdfOptions {
  return { title: spec.title, description, pointsPerPixel: targetFor(spec.kind).pdfPointsPerPixel, locale: spec.locale };
}

/**
 * Pages of `spec` (pictures already sealed) as one-page PDFs. Render workers each draw a share of a
 * deck's pages with this (lib/render/service.ts), and `render()` draws all of them the same way.
 */
export async function pdfParts(spec: VisualSpec, pages: number[], onPage?: () => void): Promise<PdfPart[]> {
  const parts: PdfPart[] = [];
  for (const page of pages) {
    const svg = await renderSvg(spec, page, { text: 'elements' });
    const body = await svgToPdf([svg], pdfOptions(spec, svg.alt));
    parts.push({ body, width: svg.width, height: svg.height, alt: svg.alt, findings: svg.findings });
    onPage?.();
  }
  return parts;
}

/** The PDF of `spec` from its pages in order: one page is the document itself, more are merged. */
export async function assemblePdf(spec: VisualSpec, parts: PdfPart[], hash: string): Promise<Rendered> {
  const first = parts[0];
  if (!first) throw new GlimpseError('render_failed', 'nothing to render');
  const body = parts.length === 1 ? first.body : await mergePdfPages(parts.map((part) => part.body), pdfOptions(spec, first.alt));
  const findings = parts.flatMap((part) => part.findings);
  return { body, contentType: FORMATS.pdf.contentType, width: first.width, height: first.height, alt: first.alt, hash, findings };
}

/** Every raster page, alone, stays within MAX_OUTPUT_PIXELS (png, webp and each page of a zip). */
function checkPixels(page: { width: number; height: number }, scale: number, what = 'output') {
  const width = Math.round(page.width * scale);
  const height = Math.round(page.height * scale);
  if (width * height > MAX_OUTPUT_PIXELS) {
    const message = `${what} would be ${width}×${height} = ${width * height} pixels, over the ${MAX_OUTPUT_PIXELS} limit; lower scale`;
    throw new GlimpseError('too_large', message, { issues: [{ path: ['scale'], message }] });
  }
  return { width, height };
}
