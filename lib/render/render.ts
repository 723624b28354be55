import { GlimpseError } from '@/lib/errors';
import { contentHash } from '@/lib/hash';
import { MAX_OUTPUT_PIXELS } from '@/lib/limits';
import { targetFor, type VisualSpec } from '@/lib/spec/visual';
import { FORMATS, type FileFormat } from './formats';
import { rasterize } from './rasterize';
import { renderSvg } from './satori';
import { svgToPdf } from './pdf';
import { tableToCsv } from './csv';

/** Bump when any change to the pipeline changes output for the same spec (goes into every ETag). */
export const RENDERER_VERSION = 1;

export interface RenderOptions {
  format: FileFormat;
  scale: number;
}

export interface Rendered {
  body: Buffer;
  contentType: string;
  /** Output size in pixels (raster) or CSS px / pt (svg, pdf). */
  width: number;
  height: number;
  alt: string;
  /** Content hash of (spec, options, renderer and target versions): the strong ETag. */
  hash: string;
}

/** The cache key of a render, computable without rendering (ETag / 304 before any work). */
export function renderHash(spec: VisualSpec, options: RenderOptions): string {
  const target = targetFor(spec.kind);
  const scale = options.format === 'png' || options.format === 'webp' ? options.scale : 1;
  return contentHash({ spec, format: options.format, scale, renderer: RENDERER_VERSION, target: target.version });
}

/** (spec, options) → bytes. Pure: no I/O besides reading bundled fonts/icons. */
export async function render(spec: VisualSpec, options: RenderOptions): Promise<Rendered> {
  const hash = renderHash(spec, options);
  const contentType = FORMATS[options.format].contentType;
  if (options.format === 'csv') {
    const table = targetFor(spec.kind).table?.(spec);
    if (!table) {
      const message = `csv is the data behind a chart; this ${spec.kind} has none (formats: png, webp, svg, pdf)`;
      throw new GlimpseError('unsupported_format', message, { issues: [{ path: ['format'], message }] });
    }
    return { body: Buffer.from(tableToCsv(table)), contentType: `${contentType}; charset=utf-8`, width: 0, height: 0, alt: targetFor(spec.kind).alt(spec), hash };
  }
  const svg = await renderSvg(spec);
  switch (options.format) {
    case 'svg':
      return { body: Buffer.from(svg.svg), contentType, width: svg.width, height: svg.height, alt: svg.alt, hash };
    case 'pdf': {
      const body = await svgToPdf(svg.svg, { title: spec.title, description: svg.alt, width: svg.width, height: svg.height });
      return { body, contentType, width: svg.width, height: svg.height, alt: svg.alt, hash };
    }
    case 'png':
    case 'webp': {
      const width = Math.round(svg.width * options.scale);
      const height = Math.round(svg.height * options.scale);
      if (width * height > MAX_OUTPUT_PIXELS) {
        const message = `output would be ${width}×${height} = ${width * height} pixels, over the ${MAX_OUTPUT_PIXELS} limit; lower scale`;
        throw new GlimpseError('too_large', message, { issues: [{ path: ['scale'], message }] });
      }
      const body = await rasterize(svg.svg, { format: options.format, scale: options.scale });
      return { body, contentType, width, height, alt: svg.alt, hash };
    }
    default: {
      const unreachable: never = options.format;
      return unreachable;
    }
  }
}
