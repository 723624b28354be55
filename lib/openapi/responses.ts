import { httpStatus } from '@/lib/errors';
import { FORMAT_NAMES, FORMATS } from '@/lib/render/formats';
import type { Body, ResponseDescriptor } from './descriptors';
import { errorBodySchema, errorCodes, excalidrawFileSchema, storedVisualSchema } from './schemas';

/** The codes lib/errors.ts maps to a status, for its response's description. */
export const codesFor = (status: number) => errorCodes.filter((code) => httpStatus(code) === status);

const REASONS: Record<number, string> = {
  400: 'Bad input, naming the field path and the rule',
  401: 'This server needs an API key (WWW-Authenticate: Bearer)',
  403: 'A tampered or missing signature, or a cross-site request',
  404: 'No such id',
  406: 'No format this visual can be',
  413: 'Over a limit (lib/limits.ts)',
  415: 'The body is not application/json',
  422: 'Content that cannot fit its canvas, or a model that declined',
  429: 'Over the rate limit (Retry-After)',
  499: 'The client hung up',
  501: 'Not produced by this server',
  502: "The model's provider failed",
  503: 'Busy: the render queue or the mermaid pool is full (Retry-After), or no Chromium',
  504: 'A render or a model call ran past its deadline',
};

/** Error responses, JSON; image routes answer errors as a picture when the client asked for one. */
export function errorResponses(statuses: readonly number[], asImage = false): Record<number, ResponseDescriptor> {
  const content: Record<string, Body> = asImage ? { 'application/json': errorBodySchema, 'image/png': 'binary', 'image/webp': 'binary', 'image/svg+xml': 'text' } : { 'application/json': errorBodySchema };
  return Object.fromEntries(
    statuses.map((status) => [status, { description: `${REASONS[status] ?? 'Error'}: ${codesFor(status).join(', ')}`, content, headers: { 'X-Glimpse-Error': 'The error code' } }]),
  );
}

/** What a render answers, per format, from the one formats table (json: the visual's URLs instead of bytes). */
export function renderedContent(formats: readonly string[] = FORMAT_NAMES): Record<string, Body> {
  return Object.fromEntries(
    FORMAT_NAMES.filter((format) => formats.includes(format)).map((format) => [FORMATS[format].contentType, format === 'json' ? storedVisualSchema : format === 'excalidraw' ? excalidrawFileSchema : format === 'svg' || format === 'csv' ? 'text' : 'binary']),
  );
}

export const RENDER_HEADERS = {
  ETag: 'Strong, from a hash of the spec, the options and the renderer version; send it back in If-None-Match for a 304',
  'Cache-Control': 'immutable for GET URLs (the URL is the content), no-cache for POST',
  'X-Glimpse-Cache': 'miss (drawn for this request) or hit',
  'X-Glimpse-Alt': 'Alt text, URL-encoded',
  'X-Glimpse-Width': 'Width in pixels (images and PDF)',
  'X-Glimpse-Height': 'Height in pixels (images and PDF)',
};
