import { z } from 'zod';
import { fromZodError, GlimpseError } from '@/lib/errors';
import { MAX_BODY_BYTES, MAX_JSON_DEPTH, MAX_SCALE, MAX_SPEC_PARAM_CHARS, MIN_SCALE } from '@/lib/limits';
import { FORMAT_NAMES, FORMATS, type Format } from '@/lib/render/formats';
import { depthExceededAt } from './json-depth';

/** Reads a JSON request body, enforcing the media type and MAX_BODY_BYTES while streaming. */
export async function readJsonBody(request: Request): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type.trim())) {
    throw new GlimpseError('unsupported_media_type', `Content-Type must be application/json, got "${type || 'none'}"`, {
      issues: [{ path: ['content-type'], message: 'expected application/json' }],
    });
  }
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > MAX_BODY_BYTES) throw bodyTooLarge();
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw bodyTooLarge();
    }
    chunks.push(value);
  }
  return parseJson(Buffer.concat(chunks).toString('utf8'), ['body']);
}

const bodyTooLarge = () =>
  new GlimpseError('too_large', `request body is over the ${MAX_BODY_BYTES}-byte limit (MAX_BODY_BYTES)`, {
    issues: [{ path: ['body'], message: `at most ${MAX_BODY_BYTES} bytes` }],
  });

function parseJson(text: string, path: string[]): unknown {
  const deepAt = depthExceededAt(text, MAX_JSON_DEPTH);
  if (deepAt !== -1) {
    const message = `nested more than ${MAX_JSON_DEPTH} levels deep (MAX_JSON_DEPTH), at character ${deepAt}`;
    throw new GlimpseError('invalid_json', `${path.join('.')}: ${message}`, { issues: [{ path, message }] });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = `not valid JSON: ${error instanceof Error ? error.message : String(error)}`;
    throw new GlimpseError('invalid_json', `${path.join('.')}: ${message}`, { issues: [{ path, message }], cause: error });
  }
}

/** The `?spec=` value: base64url of the JSON spec (plain URL-encoded JSON is accepted too). */
export function decodeSpecParam(value: string | null): unknown {
  if (!value) {
    throw new GlimpseError('invalid_spec', 'spec: missing ?spec= (base64url of the JSON spec)', { issues: [{ path: ['spec'], message: 'required' }] });
  }
  if (value.length > MAX_SPEC_PARAM_CHARS) {
    const message = `at most ${MAX_SPEC_PARAM_CHARS} characters (MAX_SPEC_PARAM_CHARS); POST /api/specs stores longer specs`;
    throw new GlimpseError('too_large', `spec: ${message}`, { issues: [{ path: ['spec'], message }] });
  }
  const trimmed = value.trim();
  if (trimmed.startsWith('{')) return parseJson(trimmed, ['spec']);
  if (!/^[A-Za-z0-9_-]+={0,2}$/.test(trimmed)) {
    throw new GlimpseError('invalid_spec', 'spec: not base64url (A–Z a–z 0–9 - _)', { issues: [{ path: ['spec'], message: 'not base64url' }] });
  }
  return parseJson(Buffer.from(trimmed, 'base64url').toString('utf8'), ['spec']);
}

export function encodeSpecParam(spec: unknown): string {
  return Buffer.from(JSON.stringify(spec)).toString('base64url');
}

/** The output options every image route reads from its query (the OpenAPI document describes them from here). */
export const outputQuerySchema = z.object({
  format: z
    .string()
    .optional()
    .refine((value) => value === undefined || (FORMAT_NAMES as string[]).includes(value), { message: `must be one of: ${FORMAT_NAMES.join(', ')}` })
    .describe('Output format; without it a specific Accept header picks one, else png'),
  scale: z.coerce.number().min(MIN_SCALE).max(MAX_SCALE).default(1).describe('Pixel density of raster output (png, webp, each PNG of a zip)'),
  slide: z.coerce.number().int().min(1).optional().describe('Which slide (1-based) of a deck for png, webp or svg'),
});

export interface OutputChoice {
  format: Format;
  scale: number;
  /** 0-based page from ?slide= (1-based). */
  page?: number;
  /** True when the format came from the Accept header (the response must say Vary: Accept). */
  negotiated: boolean;
}

/** `?format=` wins, then a specific Accept header; browsers' wildcard Accept lists mean the default, png. */
export function chooseOutput(request: Request, fallbackFormat?: Format): OutputChoice {
  const params = new URL(request.url).searchParams;
  const parsed = outputQuerySchema.safeParse({ format: params.get('format') ?? undefined, scale: params.get('scale') ?? undefined, slide: params.get('slide') ?? undefined });
  if (!parsed.success) throw fromZodError(parsed.error, 'invalid_option');
  const page = parsed.data.slide === undefined ? undefined : parsed.data.slide - 1;
  const format = (parsed.data.format as Format | undefined) ?? fallbackFormat;
  if (format) return { format, scale: parsed.data.scale, page, negotiated: false };
  return { format: negotiate(request.headers.get('accept')), scale: parsed.data.scale, page, negotiated: true };
}

function negotiate(accept: string | null): Format {
  if (!accept) return 'png';
  const entries = accept
    .split(',')
    .map((part) => {
      const [type = '', ...parameters] = part.trim().split(';');
      const q = Number(parameters.find((parameter) => parameter.trim().startsWith('q='))?.trim().slice(2) ?? 1);
      return { type: type.trim().toLowerCase(), q: Number.isFinite(q) ? q : 0 };
    })
    .filter((entry) => entry.type && entry.q > 0);
  if (entries.some((entry) => entry.type.includes('*'))) return 'png';
  const supported = entries
    .map((entry) => ({ ...entry, format: FORMAT_NAMES.find((name) => FORMATS[name].contentType === entry.type) }))
    .filter((entry): entry is typeof entry & { format: Format } => entry.format !== undefined)
    .sort((a, b) => b.q - a.q);
  const best = supported[0];
  if (!best) {
    throw new GlimpseError('unsupported_format', `none of the Accept types is available; use ?format= (${FORMAT_NAMES.join(', ')})`, {
      issues: [{ path: ['accept'], message: `supported: ${FORMAT_NAMES.map((name) => FORMATS[name].contentType).join(', ')}` }],
    });
  }
  return best.format;
}
