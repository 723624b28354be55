import { availableParallelism } from 'node:os';
import { z } from 'zod';

/**
 * The only reader of process.env. Every variable has a default that works on a fresh machine
 * with nothing configured.
 */
export const envSchema = z.object({
  GLIMPSE_DB_PATH: z
    .string()
    .default('.data/glimpse.db')
    .describe('SQLite file for stored specs; ":memory:" keeps nothing on disk'),
  GLIMPSE_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, 'must be a postgres:// or postgresql:// URL')
    .optional()
    .describe('PostgreSQL for stored specs, decks and conversations (several nodes share it; migrations run on start); unset = SQLite at GLIMPSE_DB_PATH'),
  GLIMPSE_DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10).describe('PostgreSQL connections each node keeps at most (with GLIMPSE_DATABASE_URL)'),
  GLIMPSE_REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/\S+$/, 'must be a redis:// or rediss:// URL')
    .optional()
    .describe('Redis shared by all nodes: the output cache\'s shared tier, rate-limit counters and cross-node single-flight; unset, or unreachable = each node keeps its own cache and limits'),
  GLIMPSE_REDIS_CACHE_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .max(31_536_000)
    .default(86_400)
    .describe('How long a render stays in the Redis tier (seconds); give Redis a maxmemory with allkeys-lru for the byte budget'),
  GLIMPSE_PUBLIC_URL: z
    .string()
    .url()
    .optional()
    .describe('Origin used in returned URLs (set it behind a proxy or TLS terminator); unset = the request\'s Host, checked against GLIMPSE_ALLOWED_HOSTS'),
  GLIMPSE_ALLOWED_HOSTS: z
    .string()
    .default('')
    .transform((value) => value.split(',').map((host) => host.trim().toLowerCase()).filter(Boolean))
    .describe('Comma-separated host names (`*.example.com` for subdomains) a request\'s Host may name for the URLs Glimpse hands out; empty = any well-formed host except 0.0.0.0/[::]'),
  GLIMPSE_API_KEYS: z
    .string()
    .default('')
    .transform((value) => value.split(',').map((entry) => entry.trim()).filter(Boolean))
    .pipe(z.array(z.string().regex(/^(?:[\w.-]{1,64}:)?[\x21-\x7e]{16,256}$/, 'each entry is name:key or key, the key 16–256 printable characters')))
    .describe('Comma-separated API keys (`name:key` or `key`); when set, POST /api/render, /api/specs, /api/decks, /api/generate and /api/sign need `Authorization: Bearer <key>`, and GET /api/render?spec= needs a signature (`sig`)'),
  GLIMPSE_URL_SECRET: z
    .string()
    .min(32)
    .optional()
    .describe('Secret for signed ?spec= URLs (HMAC-SHA256); unset = derived from GLIMPSE_API_KEYS, so rotating the keys invalidates old URLs'),
  GLIMPSE_RATE_LIMIT_RENDERS: z.coerce
    .number()
    .int()
    .min(0)
    .default(600)
    .describe('Requests per minute per client (API key, else IP) to the render, store and (offline) chat endpoints; 0 = no limit; over it 429 + Retry-After'),
  GLIMPSE_RATE_LIMIT_MODEL: z.coerce
    .number()
    .int()
    .min(0)
    .default(30)
    .describe('Requests per minute per client that call the model (chat, generate) when GLIMPSE_MODEL is set; 0 = no limit'),
  GLIMPSE_RETENTION_DAYS: z.coerce
    .number()
    .min(0)
    .default(0)
    .describe('Delete conversations untouched and stored specs created more than this many days ago (checked at boot and hourly); 0 = keep everything'),
  GLIMPSE_CHROMIUM_PATH: z
    .string()
    .default('/usr/bin/chromium')
    .describe('Chromium binary for e2e tests, benchmarks and (later) mermaid'),
  GLIMPSE_CHART_DATA_HOSTS: z
    .string()
    .default('')
    .transform((value) => value.split(',').map((host) => host.trim().toLowerCase()).filter(Boolean))
    .describe('Comma-separated hosts Vega-Lite specs may load data.url from; empty (default) refuses every URL'),
  GLIMPSE_CACHE_MAX_AGE: z.coerce
    .number()
    .int()
    .min(0)
    .default(31_536_000)
    .describe('Cache-Control max-age (seconds) for content-addressed image URLs'),
  GLIMPSE_EMBED_FRAME_ANCESTORS: z
    .string()
    .trim()
    .default('*')
    .transform((value) => value || '*')
    .describe("Who may put /embed/deck/<id> in an <iframe> (CSP frame-ancestors, space-separated); other pages allow only 'self'"),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production').describe('Set by Next.js and vitest; development lets page scripts use eval (React dev tooling)'),
  GLIMPSE_MERMAID_POOL_SIZE: z.coerce.number().int().min(1).max(16).default(2).describe('Warm Chromium pages rendering mermaid diagrams concurrently'),
  GLIMPSE_MERMAID_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000).describe('Per-diagram mermaid render timeout'),
  GLIMPSE_RENDER_WORKERS: z.coerce
    .number()
    .int()
    .min(1)
    .max(64)
    .default(availableParallelism())
    .describe('Render worker processes (satori, Vega, elkjs, resvg, sharp, PDF, PPTX); default one per core'),
  GLIMPSE_RENDER_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(600_000)
    .default(30_000)
    .describe('Wall-clock limit per render, queue wait included; past it the worker is killed and replaced (504 render_timeout)'),
  GLIMPSE_RENDER_MEMORY_MB: z.coerce
    .number()
    .int()
    .min(64)
    .max(65_536)
    .default(768)
    .describe("Heap each render worker may use (V8's --max-old-space-size); a render that needs more ends its worker, which is replaced (413 too_large)"),
  GLIMPSE_RENDER_CACHE_MB: z.coerce.number().min(0).max(65_536).default(256).describe('Memory for rendered outputs (LRU by bytes); 0 turns the memory tier off'),
  GLIMPSE_RENDER_DISK_CACHE_MB: z.coerce
    .number()
    .min(0)
    .max(1_048_576)
    .default(2048)
    .describe('Disk for rendered outputs beside the SQLite file (<db>-render-cache/); 0, or GLIMPSE_DB_PATH=":memory:", turns it off'),
  GLIMPSE_RENDER_WORKER_BUNDLE: z
    .string()
    .optional()
    .describe('Set by scripts/server.mjs in production: the esbuild bundle of lib/render/worker.ts; unset = run the TypeScript source with tsx'),
  GLIMPSE_MODEL: z
    .string()
    .regex(/^(openai|anthropic|google|openai-compatible):.+$/, 'must be provider:model with provider openai, anthropic, google or openai-compatible')
    .optional()
    .describe('Model for /api/generate, e.g. openai:gpt-4.1-mini or openai-compatible:llama3.1; unset = the offline planner'),
  OPENAI_API_KEY: z.string().optional().describe('Key for openai (and openai-compatible servers that want one)'),
  OPENAI_BASE_URL: z.string().url().optional().describe('Base URL for openai-compatible servers (Ollama, vLLM, llama.cpp, LM Studio, OpenRouter) or an OpenAI proxy'),
  ANTHROPIC_API_KEY: z.string().optional().describe('Key for anthropic'),
  GOOGLE_GENERATIVE_AI_API_KEY: z.string().optional().describe('Key for google'),
  GLIMPSE_LLM_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(60_000).describe('Per model call timeout'),
  GLIMPSE_LLM_MAX_RETRIES: z.coerce.number().int().min(0).max(5).default(2).describe('Provider retries on 429/5xx (the AI SDK backs off between them)'),
});

export type Env = z.infer<typeof envSchema>;

function parseEnv(source: NodeJS.ProcessEnv): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment variables:\n${lines.join('\n')}`);
  }
  return result.data;
}

export const env: Env = parseEnv(process.env);
