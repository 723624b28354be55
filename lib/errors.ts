import type { z } from 'zod';

/** Every error Glimpse reports has one of these codes; `httpStatus` is the only code→status map. */
export type GlimpseErrorCode =
  | 'invalid_json'
  | 'invalid_spec'
  | 'invalid_option'
  | 'invalid_request'
  | 'unsupported_format'
  | 'unsupported_media_type'
  | 'too_large'
  | 'content_overflow'
  | 'unauthorized'
  | 'forbidden'
  | 'forbidden_origin'
  | 'not_found'
  | 'rate_limited'
  | 'render_failed'
  | 'render_timeout'
  | 'unavailable'
  | 'store_unavailable'
  | 'cancelled'
  | 'model_refused'
  | 'provider_rate_limited'
  | 'provider_timeout'
  | 'provider_error'
  | 'not_implemented'
  | 'internal';

export interface ErrorIssue {
  /** Path to the offending field, e.g. ["sections", 2, "items", 0, "icon"]. */
  path: (string | number)[];
  message: string;
}

/**
 * Next.js gives instrumentation.ts and the route bundles their own copies of this module, and the
 * render service made in one is used by all: `instanceof` checks this brand, not the class copy.
 */
const BRAND: unique symbol = Symbol.for('glimpse.error');

export class GlimpseError extends Error {
  readonly [BRAND] = true;
  readonly code: GlimpseErrorCode;
  readonly issues: ErrorIssue[];
  /** For 503s and 429s: when to try again (sent as `Retry-After`). */
  readonly retryAfterSeconds: number | undefined;

  constructor(code: GlimpseErrorCode, message: string, options: { issues?: ErrorIssue[]; cause?: unknown; retryAfterSeconds?: number } = {}) {
    super(message, { cause: options.cause });
    this.name = 'GlimpseError';
    this.code = code;
    this.issues = options.issues ?? [];
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  toJSON() {
    return { error: { code: this.code, message: this.message, issues: this.issues } };
  }

  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true;
  }
}

export function httpStatus(code: GlimpseErrorCode): number {
  switch (code) {
    case 'invalid_json':
    case 'invalid_spec':
    case 'invalid_option':
    case 'invalid_request':
      return 400;
    case 'unauthorized':
      return 401;
    case 'forbidden':
    case 'forbidden_origin':
      return 403;
    case 'not_found':
      return 404;
    case 'unsupported_format':
      return 406;
    case 'too_large':
      return 413;
    case 'unsupported_media_type':
      return 415;
    case 'content_overflow':
    case 'model_refused':
      return 422;
    case 'rate_limited':
    case 'provider_rate_limited':
      return 429;
    case 'provider_error':
      return 502;
    case 'not_implemented':
      return 501;
    case 'provider_timeout':
    case 'render_timeout':
      return 504;
    case 'unavailable':
    case 'store_unavailable':
      return 503;
    case 'cancelled':
      // nginx's "client closed request": nobody reads it, but logs and metrics can tell it apart.
      return 499;
    case 'render_failed':
    case 'internal':
      return 500;
    default: {
      const unreachable: never = code;
      return unreachable;
    }
  }
}

type ZodIssue = z.ZodError['issues'][number];

/**
 * zod answers a union none of whose options fit with one vague "Invalid input". When all options
 * but one failed on the value's type alone, the remaining option's issues are the real rule broken.
 */
function specificIssues(issue: ZodIssue): ZodIssue[] {
  if (issue.code !== 'invalid_union') return [issue];
  const fitting = issue.errors.filter((option) => !(option.length === 1 && option[0]?.code === 'invalid_type' && option[0].path.length === 0));
  if (fitting.length !== 1) return [issue];
  return (fitting[0] ?? []).flatMap((inner) => specificIssues({ ...inner, path: [...issue.path, ...inner.path] } as ZodIssue));
}

/** Turns a zod error into Glimpse's error shape, keeping every issue's path and rule. */
export function fromZodError(error: z.ZodError, code: GlimpseErrorCode = 'invalid_spec', prefix: (string | number)[] = []): GlimpseError {
  const specific = error.issues.flatMap(specificIssues);
  const issues = specific.map((issue) => ({
    path: [...prefix, ...issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part))],
    // zod says only "Invalid key in record"; the rule the key broke is inside.
    message: issue.code === 'invalid_key' && issue.issues[0] ? `invalid key: ${issue.issues[0].message}` : issue.message,
  }));
  // A schema rule can ask for a specific code (e.g. too_large for row limits) via params.code.
  const requested = specific.map((issue) => (issue.code === 'custom' ? (issue.params as { code?: GlimpseErrorCode } | undefined)?.code : undefined)).find(Boolean);
  const first = issues[0];
  const where = first && first.path.length > 0 ? `${first.path.join('.')}: ` : '';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return new GlimpseError(requested ?? code, `${where}${first?.message ?? 'invalid'}${more}`, { issues, cause: error });
}

/** Anything thrown that is not a GlimpseError is ours to fix: report it as `internal`, keep the cause. */
export function toGlimpseError(error: unknown): GlimpseError {
  if (error instanceof GlimpseError) return error;
  return new GlimpseError('internal', 'Internal error', { cause: error });
}

/**
 * The one place errors are reported: any error becomes a GlimpseError, and those that are ours
 * (a 5xx status) are logged with their cause; a client's mistake (4xx) is only answered.
 */
export function reportError(error: unknown, log: (...args: unknown[]) => void = console.error): GlimpseError {
  const glimpseError = toGlimpseError(error);
  // Shedding load (503 + Retry-After) is the server working as meant: under a flood, a stack per refused request would cost more than the refusal.
  const shed = glimpseError.code === 'unavailable' && glimpseError.retryAfterSeconds !== undefined;
  if (httpStatus(glimpseError.code) >= 500 && !shed) log('[glimpse]', glimpseError.code, glimpseError.cause ?? glimpseError);
  return glimpseError;
}
