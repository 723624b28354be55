import { GlimpseError, type ErrorIssue, type GlimpseErrorCode } from '@/lib/errors';
import type { VisualSpec } from '@/lib/spec/visual';
import type { PageRequest } from './mermaid/page-script';
import type { PdfPart, Rendered, RenderOptions } from './render';

/**
 * What the main thread and a render worker (lib/render/worker.ts, a child process) say to each
 * other. Tasks and outcomes go through tinypool; the messages below go beside them on the
 * task's channel (child-process IPC, structured clone).
 */
export type RenderTask =
  | { type: 'render'; spec: VisualSpec; options: RenderOptions }
  | { type: 'error-image'; error: SerializedError; status: number; format: 'png' | 'webp' | 'svg' }
  /** A share of a deck's PDF pages, each drawn as a one-page PDF (lib/render/service.ts spreads a deck across idle workers). */
  | { type: 'pdf-pages'; spec: VisualSpec; pages: number[] }
  /** Those pages, in order, merged into the deck's PDF. */
  | { type: 'pdf-merge'; spec: VisualSpec; options: RenderOptions; parts: PdfPart[] };

/** A worker never throws across the boundary: it answers `{ ok, value | parts | error }`. */
export type TaskOutcome = { ok: true; value: Rendered } | { ok: true; parts: PdfPart[] } | { ok: false; error: SerializedError };

export interface SerializedError {
  code: GlimpseErrorCode;
  message: string;
  issues: ErrorIssue[];
}

/** Worker → main: a task began drawing in process `pid`; mermaid wants the Chromium pool. */
export type WorkerMessage =
  | { type: 'started'; pid: number }
  | { type: 'mermaid'; id: number; request: Omit<PageRequest, 'id'>; timeoutMs?: number };

/** Main → worker: the answer to a `mermaid` message. */
export type MainMessage = { type: 'mermaid-result'; id: number; svg: string } | { type: 'mermaid-error'; id: number; error: SerializedError };

export function serializeError(error: GlimpseError): SerializedError {
  return { code: error.code, message: error.message, issues: error.issues };
}

export function deserializeError(error: SerializedError): GlimpseError {
  return new GlimpseError(error.code, error.message, { issues: error.issues });
}

/** Structured clone turns a Buffer into a plain Uint8Array; give the body back its Buffer view. */
export function reviveRendered<T extends { body: Buffer }>(value: T): T {
  const body = value.body as Uint8Array;
  return { ...value, body: Buffer.isBuffer(body) ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength) };
}

/**
 * The CPU priority (nice) render workers lower themselves to. The main process answers health
 * checks, cache hits and refusals in a few ms each; at the same priority it waited behind drawing
 * workers on every core (/api/health up to 580 ms under a 100-client flood).
 */
export const RENDER_WORKER_NICE = 5;

/**
 * V8 flags of every render worker. `--single-threaded`: no GC helper or background-compiler
 * threads. A worker draws one task at a time and every core already has a worker on it, so those
 * threads only took CPU from the other worker: 2 workers on 2 cores drew 34–39 standard cards/s
 * with them and 39–56/s without (1 worker: the same 21–32/s either way; interleaved runs, production
 * bundle, scratch measure through RenderPool). `--max-semi-space-size=4` (MB; V8's default grows
 * the young generation to 16 MB per semi-space): a worker drawing the flood's mix 300 times in one
 * process held 263–273 MB RSS (heap 138 MB) by default, 230–232 MB (heap 118 MB) with 4 MB and
 * 229–230 MB with 2 MB, at 78 / 83 / 80 ms per render (within the noise of one run each).
 */
export const RENDER_WORKER_V8_FLAGS = ['--single-threaded', '--max-semi-space-size=4'] as const;
