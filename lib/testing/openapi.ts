import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';

type Json = Record<string, unknown>;

/**
 * Validates values against schemas inside an OpenAPI 3.1 document (draft 2020-12), with its
 * `#/components/schemas/…` references resolved: the unit test checks the document's examples with
 * it, the e2e test the server's real answers.
 */
export function documentSchemas(document: Json) {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  const components = (document.components as { schemas?: Json } | undefined)?.schemas ?? {};
  const rewrite = <T>(schema: T): T => JSON.parse(JSON.stringify(schema).replaceAll('"#/components/schemas/', '"urn:glimpse:openapi#/$defs/')) as T;
  ajv.addSchema({ $id: 'urn:glimpse:openapi', $defs: rewrite(components) });
  const compiled = new Map<string, ReturnType<typeof ajv.compile>>();
  return {
    /** Problems of `value` against `schema` as "path: message" lines (none: it fits). */
    problems(schema: Json, value: unknown): string[] {
      const key = JSON.stringify(schema);
      let validate = compiled.get(key);
      if (!validate) {
        validate = ajv.compile(rewrite(schema));
        compiled.set(key, validate);
      }
      if (validate(value)) return [];
      return (validate.errors ?? []).slice(0, 5).map((error: ErrorObject) => `${error.instancePath || '(root)'}: ${error.message ?? error.keyword}`);
    },
  };
}

export interface DocumentedRequest {
  path: string;
  method: string;
  name: string;
  summary: string;
  url: string;
  body: unknown;
  hasBody: boolean;
  mediaType: string;
  status: number;
  contentType: string;
  /** The documented response: its content schemas by media type. */
  responses: Record<string, { schema?: Json } | undefined>;
}

/** Every runnable example request of the document (x-glimpse-requests), in document order, as URL + body. */
export function documentedRequests(document: Json): DocumentedRequest[] {
  const paths = document.paths as Record<string, Record<string, Json>>;
  return Object.entries(paths).flatMap(([path, operations]) =>
    Object.entries(operations).flatMap(([method, operation]) => {
      const requests = (operation['x-glimpse-requests'] ?? []) as { name: string; summary: string; path?: Record<string, string>; query?: Record<string, string>; body?: string; status: number; contentType: string }[];
      const content = (operation.requestBody as { content?: Record<string, { examples?: Record<string, { value: unknown }> }> } | undefined)?.content ?? {};
      const [mediaType = 'application/json', media] = Object.entries(content)[0] ?? [];
      const responses = operation.responses as Record<string, { content?: Record<string, { schema?: Json }> }>;
      return requests.map((request) => {
        const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(request.path?.[name] ?? `{${name}}`));
        const query = new URLSearchParams(request.query ?? {}).toString();
        return {
          path,
          method,
          name: request.name,
          summary: request.summary,
          url: `${filled}${query ? `?${query}` : ''}`,
          body: request.body === undefined ? undefined : media?.examples?.[request.body]?.value,
          hasBody: request.body !== undefined,
          mediaType,
          status: request.status,
          contentType: request.contentType,
          responses: responses[String(request.status)]?.content ?? {},
        };
      });
    }),
  );
}
