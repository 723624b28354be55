import { z } from 'zod';
import type { GlimpseErrorCode } from '@/lib/errors';
import { MAX_VISUAL_VERSIONS } from '@/lib/limits';
import type { VisualOutput } from '@/lib/llm/chat-message';
import { visualVersionSchema } from '@/lib/llm/visual-versions';
import { FORMAT_NAMES } from '@/lib/render/formats';
import { visualKinds } from '@/lib/spec/visual';

/**
 * Response bodies, as zod: what the OpenAPI document and /docs show. The routes build these
 * objects in TypeScript; the e2e test validates every example's real answer against these schemas,
 * so a change to a route that is not made here fails there.
 */

/** Every error code, checked against GlimpseErrorCode both ways (a missing or unknown code does not compile). */
const ERROR_CODES = {
  invalid_json: true,
  invalid_spec: true,
  invalid_option: true,
  invalid_request: true,
  unsupported_format: true,
  unsupported_media_type: true,
  too_large: true,
  content_overflow: true,
  unauthorized: true,
  forbidden: true,
  forbidden_origin: true,
  not_found: true,
  rate_limited: true,
  render_failed: true,
  render_timeout: true,
  unavailable: true,
  store_unavailable: true,
  cancelled: true,
  model_refused: true,
  provider_rate_limited: true,
  provider_timeout: true,
  provider_error: true,
  not_implemented: true,
  internal: true,
} as const satisfies Record<GlimpseErrorCode, true>;
export const errorCodes = Object.keys(ERROR_CODES) as [GlimpseErrorCode, ...GlimpseErrorCode[]];

export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.enum(errorCodes).describe('What went wrong; lib/errors.ts maps each code to its HTTP status'),
      message: z.string().describe('One line for people: the first problem, with its field path'),
      issues: z
        .array(z.object({ path: z.array(z.union([z.string(), z.number()])).describe('Path to the field, e.g. ["sections", 0, "items", 0, "icon"]'), message: z.string().describe('The rule it broke') }))
        .describe('Every problem found, each with its field path'),
    }),
  })
  .describe('Every error has this shape');

const url = z.string().describe('An absolute URL');
const formatUrls = z.partialRecord(z.enum(FORMAT_NAMES), url).describe('A URL per format this visual exports to');

export const lintFindingSchema = z
  .object({
    rule: z.string().describe('Rule id, e.g. unknown-icon, text-too-small, low-contrast'),
    severity: z.enum(['error', 'warning']).describe('error: a designer would reject it; warning: drawn, but check it'),
    path: z.array(z.union([z.string(), z.number()])).describe('The spec field, as in validation errors'),
    message: z.string().describe('What was found, and what was drawn instead'),
    box: z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() }).optional().describe('Where on the canvas (CSS px), for layout rules'),
  })
  .describe('A lint finding');

export const lintResultSchema = z.object({ findings: z.array(lintFindingSchema).describe('Spec rules, then what the layout critic reported while drawing') });
export const lintRulesSchema = z.object({ rules: z.array(z.object({ id: z.string(), severity: z.enum(['error', 'warning']), description: z.string() })) });

export const storedVisualSchema = z
  .object({
    id: z.string().nullable().describe('The stored spec id (null when nothing was stored: a GET)'),
    url: url.describe('The PNG'),
    width: z.number().describe('Width in pixels'),
    height: z.number().describe('Height in pixels'),
    alt: z.string().describe('Alt text derived from the spec'),
    urls: formatUrls,
    lint: z.array(lintFindingSchema).optional().describe('What the lint found (POST /api/lint answers the same)'),
  })
  .describe('A visual: its URLs, size, alt text and lint');

export const generateResultSchema = storedVisualSchema
  .extend({
    spec: z.record(z.string(), z.unknown()).describe('The spec the planner wrote (a VisualSpec)'),
    planner: z.enum(['model', 'offline']).describe('Who wrote the spec'),
    model: z.string().optional().describe('provider:model, when a model answered'),
    usage: z.object({ inputTokens: z.number().optional(), outputTokens: z.number().optional() }).optional().describe('Tokens the model used'),
    repairs: z.number().describe('Repair rounds the model needed'),
    notes: z.array(z.string()).describe('What the planner assumed'),
    fallback: z.string().optional().describe('Why the offline planner answered instead of the model'),
  })
  .describe('A generated visual');

export const visualOutputSchema = storedVisualSchema
  .extend({
    id: z.string().nullable().optional(),
    spec: z.looseObject({ kind: z.string(), title: z.string() }).describe('The spec (a VisualSpec)'),
    planner: z.enum(['model', 'offline']),
    notes: z.array(z.string()),
    fallback: z.string().optional(),
    versions: z.array(visualVersionSchema).max(MAX_VISUAL_VERSIONS).optional().describe('Its versions, oldest first; `spec`, `url`, `urls` and `alt` are of the one shown (absent: one version)'),
    current: z.number().int().optional().describe('The index in `versions` of the version shown'),
  })
  .describe("A chat answer's visual");
// The chat's own type must fit the documented schema.
export const visualOutputFits = (output: VisualOutput): z.input<typeof visualOutputSchema> => output;

export const deckSchema = z
  .object({
    id: z.string().describe('The stored deck id'),
    url: url.describe('The deck viewer page'),
    embedUrl: url.describe('The viewer without app chrome, for an <iframe>'),
    exports: z.object({ pdf: url, pptx: url, zip: url }).describe('Downloads of the whole deck'),
    slides: z.number().describe('How many slides'),
  })
  .describe('A stored deck');

export const excalidrawFileSchema = z
  .looseObject({ type: z.literal('excalidraw'), version: z.number(), elements: z.array(z.looseObject({ type: z.string() })).describe('Shapes, arrows, text and frames, editable') })
  .describe('An .excalidraw file');

export const signedUrlSchema = z.object({ url: url.describe('A GET /api/render?spec= URL (with sig when this server has API keys)') });

export const healthSchema = z
  .object({
    status: z.enum(['ok', 'degraded']),
    kinds: z.array(z.enum(visualKinds as [string, ...string[]])).describe('The render targets'),
    renderer: z.number().describe('Renderer version (in every ETag)'),
    store: z.enum(['sqlite', 'postgres']).describe('Where specs, decks and conversations are kept (GLIMPSE_DATABASE_URL: postgres)'),
    storage: z.enum(['ok', 'error']).describe('Whether the store answers; error → 503'),
    cache: z.enum(['memory', 'disk', 'redis', 'none']).describe("The output cache's outermost tier (redis: shared by every node)"),
    redis: z.enum(['ok', 'unreachable']).optional().describe('With GLIMPSE_REDIS_URL: whether Redis answers; unreachable stays 200 (this node caches and limits on its own meanwhile)'),
    render: z.object({ status: z.enum(['ok', 'error']), workers: z.number().optional(), maxQueue: z.number().optional(), admitted: z.number().optional(), running: z.number().optional(), expectedWaitMs: z.number().optional().describe('How long a render admitted now is expected to wait for a worker (ms)') }),
    eventLoop: z
      .object({ p99Ms: z.number(), maxMs: z.number(), windowMs: z.number() })
      .describe("How late the server's thread ran its timers over the last window (ms): what a burst of requests costs every other answer"),
  })
  .describe('Liveness and load');

export const conversationListSchema = z.object({
  conversations: z.array(z.object({ id: z.string(), title: z.string(), updatedAt: z.number() })).describe("The asker's conversations, newest first"),
});

export const conversationSchema = z.object({
  id: z.string(),
  title: z.string(),
  shareUrl: url.describe('The read-only shared view'),
  messages: z.array(z.looseObject({ id: z.string(), role: z.string(), parts: z.array(z.unknown()) })).describe('AI SDK UI messages'),
  createdAt: z.number(),
  updatedAt: z.number(),
});

/** JSON Schema of a zod schema as the OpenAPI document embeds it (draft 2020-12, the input side). */
export function jsonSchemaOf(schema: z.ZodType, io: 'input' | 'output' = 'input'): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
}
