import type { z } from 'zod';

/**
 * The shape of the one list of HTTP routes (routes.ts) that the OpenAPI document, /docs and the
 * drift test read. A new route is described there once.
 */

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
export const METHODS: readonly Method[] = ['get', 'post', 'put', 'patch', 'delete'];

/** Who may call an operation: the admissions of lib/http/guard.ts, as a reader needs them. */
export type Access =
  /** A key when the server has GLIMPSE_API_KEYS (else anyone). */
  | 'api-key'
  /** A `sig` (or a key) when the server has keys. */
  | 'signed-url'
  /** Anyone: capability URLs (unguessable ids), rate-limited per client. */
  | 'public'
  /** The `glimpse_owner` cookie's conversations only (no key). */
  | 'owner'
  /** Anyone, no rate limit: cheap, static answers. */
  | 'open';

/** A response body: a zod schema (JSON), or bytes / text of the media type. */
export type Body = z.ZodType | 'binary' | 'text';

export interface ResponseDescriptor {
  description: string;
  content?: Record<string, Body>;
  /** Header name → what it says. */
  headers?: Record<string, string>;
}

/**
 * A request a reader can run as is (x-glimpse-requests in the document; the e2e test runs every
 * one against the built server, in document order: later ones may use what earlier ones stored).
 */
export interface ExampleRequest {
  name: string;
  summary: string;
  path?: Record<string, string>;
  query?: Record<string, string>;
  /** The name of one of the operation's body examples. */
  body?: string;
  /** The answer to expect: its status and media type ('' for none, e.g. 204). */
  status: number;
  contentType: string;
}

export interface OperationDescriptor {
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  access: Access;
  path?: z.ZodObject;
  query?: z.ZodObject;
  body?: { schema: z.ZodType; mediaType?: string; examples: Record<string, { summary: string; value: unknown }> };
  responses: Record<number, ResponseDescriptor>;
  examples: ExampleRequest[];
}

export interface RouteDescriptor {
  /** OpenAPI path, e.g. /api/decks/{id}/export. */
  path: string;
  /** The Next.js route file that serves it (the drift test checks both ways). */
  file: string;
  operations: Partial<Record<Method, OperationDescriptor>>;
}
