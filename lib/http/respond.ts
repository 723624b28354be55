import { lintSpec } from '@/lib/lint';
import { env } from '@/lib/env';
import { GlimpseError, httpStatus, reportError } from '@/lib/errors';
import { FORMATS, type FileFormat } from '@/lib/render/formats';
import { exportFormats, renderHash } from '@/lib/render/render';
import { everyPageFindings } from '@/lib/render/critique';
import { renderService, type Admission, type RenderService } from '@/lib/render/service';
import type { VisualSpec } from '@/lib/spec/visual';
import { saveSpec } from '@/lib/store/specs';
import { fastPath } from './fast-path';
import { publicOrigin } from './origin';
import { encodeSpecParam, type OutputChoice } from './request';
import { signUrl } from './signing';

export type CachePolicy = 'immutable' | 'revalidate';

function cacheControl(policy: CachePolicy): string {
  return policy === 'immutable' ? `public, max-age=${env.GLIMPSE_CACHE_MAX_AGE}, immutable` : 'no-cache';
}


function etagMatches(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((candidate) => {
    const value = candidate.trim();
    return value === '*' || value === etag || value === `W/${etag}`;
  });
}

/** Stored-spec URLs for every file format. */
export function specUrls(origin: string, id: string, formats: FileFormat[], scale = 1): Partial<Record<FileFormat, string>> {
  const suffix = scale === 1 ? '' : `?scale=${scale}`;
  return Object.fromEntries(formats.map((format) => [format, `${origin}/i/${id}.${format}${format === 'png' || format === 'webp' ? suffix : ''}`]));
}

/** `?spec=` URLs for every file format, signed when this server signs them: what a GET hands out, since a GET stores nothing. */
export function specParamUrls(origin: string, spec: VisualSpec, formats: FileFormat[], scale = 1): Partial<Record<FileFormat, string>> {
  const param = encodeSpecParam(spec);
  return Object.fromEntries(
    formats.map((format) => [format, signUrl(`${origin}/api/render?spec=${param}&format=${format}${scale !== 1 && (format === 'png' || format === 'webp') ? `&scale=${scale}` : ''}`)]),
  );
}

/**
 * Metadata instead of bytes: its URLs, size and alt text (from its SVG, drawn in a worker). A POST
 * stores the spec and answers with short /i/<id> URLs; a GET (`store: false`) writes nothing and
 * answers with `?spec=` URLs (and `id: null`).
 */
export async function describe(request: Request, spec: VisualSpec, scale: number, service: RenderService = renderService(), store = true, admission: Admission = {}) {
  const { width, height, alt, findings: first } = (await service.render(spec, { format: 'svg', scale: 1 }, request.signal, admission)).rendered;
  // A deck's lint covers every slide (each drawn once, cached for the pages that follow).
  const findings = await everyPageFindings(spec, first, async (page, options) => (await service.render(page, options, request.signal, admission)).rendered);
  const id = store ? await saveSpec(spec) : null;
  const origin = publicOrigin(request);
  const urls = id ? specUrls(origin, id, exportFormats(spec), scale) : specParamUrls(origin, spec, exportFormats(spec), scale);
  return { id, url: urls.png ?? '', width: Math.round(width * scale), height: Math.round(height * scale), alt, urls, lint: [...lintSpec(spec), ...(findings ?? [])] };
}

/**
 * spec + chosen output → the HTTP response: bytes with ETag/304, or JSON metadata. `admission`:
 * how long this caller waits in a busy render queue (POST /api/render: MAX_API_QUEUE_WAIT_MS).
 */
export async function respondWithRender(request: Request, spec: VisualSpec, output: OutputChoice, policy: CachePolicy, service: RenderService = renderService(), admission: Admission = {}): Promise<Response> {
  const headers = new Headers({ 'Cache-Control': cacheControl(policy) });
  if (output.negotiated) headers.set('Vary', 'Accept');
  if (output.format === 'json') {
    headers.set('Cache-Control', 'no-store');
    return Response.json(await describe(request, spec, output.scale, service, request.method !== 'GET' && request.method !== 'HEAD', admission), { headers });
  }
  const options = { format: output.format, scale: output.scale, page: output.page };
  const etag = `"${renderHash(spec, options)}"`;
  headers.set('ETag', etag);
  if (etagMatches(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers });
  // Next.js aborts request.signal when the client hangs up (it listens on the response side), which
  // takes the render off its worker or out of the queue.
  const { rendered: result, cache } = await service.render(spec, options, request.signal, admission);
  headers.set('X-Glimpse-Cache', cache);
  headers.set('Content-Type', result.contentType + (output.format === 'svg' ? '; charset=utf-8' : ''));
  headers.set('Content-Length', String(result.body.byteLength));
  headers.set('X-Glimpse-Content-Length', String(result.body.byteLength));
  const disposition = output.format === 'pptx' || output.format === 'zip' || output.format === 'excalidraw' ? 'attachment' : 'inline';
  headers.set('Content-Disposition', `${disposition}; filename="${fileName(spec.title)}.${output.format}"`);
  if (result.width > 0) {
    headers.set('X-Glimpse-Width', String(result.width));
    headers.set('X-Glimpse-Height', String(result.height));
  }
  headers.set('X-Glimpse-Alt', encodeURIComponent(result.alt.slice(0, 2000)));
  if (request.method === 'GET' && policy === 'immutable' && !request.headers.has('authorization')) {
    const url = new URL(request.url);
    fastPath().remember(service.cache, url.pathname + url.search, output.negotiated ? (request.headers.get('accept') ?? undefined) : undefined, etag.slice(1, -1));
  }
  return new Response(new Uint8Array(result.body), { status: 200, headers });
}

function fileName(title: string): string {
  const slug = title.normalize('NFKD').replace(/[^\w\s-]/g, '').trim().toLowerCase().replace(/[\s_-]+/g, '-').slice(0, 60);
  return slug || 'glimpse';
}

/** Error response: JSON `{ error: { code, message, issues } }`, or an error image when an <img> asked. */
export async function errorResponse(error: unknown, image?: 'png' | 'webp' | 'svg'): Promise<Response> {
  const glimpseError = reportError(error);
  const status = httpStatus(glimpseError.code);
  const headers: Record<string, string> = { 'Cache-Control': 'no-store', 'X-Glimpse-Error': glimpseError.code };
  if (glimpseError.retryAfterSeconds !== undefined) headers['Retry-After'] = String(glimpseError.retryAfterSeconds);
  if (glimpseError.code === 'unauthorized') headers['WWW-Authenticate'] = 'Bearer realm="glimpse"';
  // A full queue would refuse the picture too, and a client that left reads nothing: JSON for both.
  if (image && glimpseError.retryAfterSeconds === undefined && glimpseError.code !== 'cancelled') {
    try {
      const body = await renderService().errorImage(glimpseError, status, image);
      return new Response(new Uint8Array(body), {
        status,
        headers: { ...headers, 'Content-Type': FORMATS[image].contentType, 'X-Glimpse-Content-Length': String(body.byteLength) },
      });
    } catch (imageError) {
      console.error('[glimpse] error image failed', imageError);
    }
  }
  return Response.json(glimpseError.toJSON(), { status, headers });
}

/** Runs a handler; anything thrown becomes an error response (an image if `image` says so). */
export async function handle(run: () => Promise<Response>, image?: () => 'png' | 'webp' | 'svg' | undefined): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    return errorResponse(error, image?.());
  }
}

/** For GET image URLs: which error image format matches what the client asked for. */
export function errorImageFormat(request: Request, fallback?: string): 'png' | 'webp' | 'svg' | undefined {
  const asked = new URL(request.url).searchParams.get('format');
  if (!asked && !fallback && /application\/json/i.test(request.headers.get('accept') ?? '')) return undefined;
  const format = asked ?? fallback ?? 'png';
  return format === 'png' || format === 'webp' || format === 'svg' ? format : undefined;
}

export { GlimpseError, publicOrigin };
