import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { documentedRequests, documentSchemas } from '@/lib/testing/openapi';
import { openApiDocument } from './document';
import { routeDescriptors } from './routes';

const ORIGIN = 'http://127.0.0.1:3000';
const ROOT = path.join(import.meta.dirname, '..', '..');
const document = openApiDocument(ORIGIN);
type Operation = { parameters?: { name: string; in: string; required: boolean; schema: Record<string, unknown> }[]; requestBody?: { content: Record<string, { schema: Record<string, unknown>; examples: Record<string, { value: unknown }> }> }; responses: Record<string, { content?: Record<string, unknown> }>; 'x-glimpse-requests': { name: string; body?: string; query?: Record<string, string>; path?: Record<string, string>; status: number; contentType: string }[] };
const paths = document.paths as Record<string, Record<string, Operation>>;
const operations = Object.entries(paths).flatMap(([route, methods]) => Object.entries(methods).map(([method, operation]) => ({ id: `${method.toUpperCase()} ${route}`, route, operation })));

/** Every Next.js route handler under app/, with the HTTP methods it exports. */
function routeFiles(directory = path.join(ROOT, 'app')): { file: string; path: string; methods: string[] }[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    if (!/^route\.(ts|tsx|js)$/.test(entry.name)) return [];
    const file = path.relative(ROOT, full).split(path.sep).join('/');
    const source = readFileSync(full, 'utf8');
    const methods = [...source.matchAll(/export\s+(?:async\s+)?(?:function|const)\s+(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/g)].map((match) => match[1]!.toLowerCase());
    const route = `/${path.dirname(file).replace(/^app\/?/, '')}`
      .split('/')
      .filter((segment) => !/^\(.*\)$/.test(segment))
      .map((segment) => segment.replace(/^\[(?:\.\.\.)?(\w+)\]$/, '{$1}'))
      .join('/');
    return [{ file, path: route || '/', methods }];
  });
}

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1 (@seriousme/openapi-schema-validator)', async () => {
    const validator = new Validator();
    const result = await validator.validate(document);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('describes every route handler under app/ with exactly the methods it exports', () => {
    const missing: string[] = [];
    for (const route of routeFiles()) {
      for (const method of route.methods) {
        if (!paths[route.path]?.[method]) {
          missing.push(
            `${route.file} serves ${method.toUpperCase()} ${route.path}, which /api/openapi.json does not describe: add ` +
              `{ path: '${route.path}', file: '${route.file}', operations: { ${method}: { operationId, summary, tag, access, body?, responses, examples: [a runnable request] } } } ` +
              `to routeDescriptors() in lib/openapi/routes.ts (or the ${method} operation to its existing entry)`,
          );
        }
      }
    }
    expect(missing, missing.join('\n')).toEqual([]);
    const files = routeFiles();
    const stale = routeDescriptors(ORIGIN).flatMap((route) => {
      const served = files.find((candidate) => candidate.file === route.file && candidate.path === route.path);
      if (!served) return [`${route.path}: ${route.file} does not exist (or serves another path); fix or remove it in lib/openapi/routes.ts`];
      return Object.keys(route.operations)
        .filter((method) => !served.methods.includes(method))
        .map((method) => `${method.toUpperCase()} ${route.path} is described but ${route.file} does not export ${method.toUpperCase()}`);
    });
    expect(stale, stale.join('\n')).toEqual([]);
  });

  it('gives every operation at least one runnable example, a documented answer for each, and schemas the examples fit', () => {
    const schemas = documentSchemas(document);
    const problems: string[] = [];
    for (const { id, route, operation } of operations) {
      const requests = operation['x-glimpse-requests'];
      if (requests.length === 0) problems.push(`${id}: no example request`);
      const media = operation.requestBody ? Object.values(operation.requestBody.content)[0] : undefined;
      for (const request of requests) {
        const response = operation.responses[String(request.status)];
        if (!response) problems.push(`${id} ${request.name}: status ${request.status} is not documented`);
        else if (request.contentType && !response.content?.[request.contentType]) problems.push(`${id} ${request.name}: ${request.contentType} is not documented for ${request.status}`);
        else if (!request.contentType && response.content) problems.push(`${id} ${request.name}: ${request.status} is documented with a body`);
        if (request.body !== undefined) {
          const example = media?.examples[request.body];
          if (!example) problems.push(`${id} ${request.name}: no body example "${request.body}"`);
          else if (request.status < 400) problems.push(...schemas.problems(media.schema, example.value).map((problem) => `${id} ${request.name} body ${problem}`));
        } else if (operation.requestBody) problems.push(`${id} ${request.name}: the operation needs a body`);
        for (const name of route.match(/\{(\w+)\}/g)?.map((part) => part.slice(1, -1)) ?? []) if (request.path?.[name] === undefined) problems.push(`${id} ${request.name}: no value for {${name}}`);
        for (const parameter of operation.parameters ?? []) {
          const value = (parameter.in === 'path' ? request.path : request.query)?.[parameter.name];
          if (value === undefined && parameter.required && parameter.in === 'query' && request.status < 400) problems.push(`${id} ${request.name}: required ${parameter.name} missing`);
          // Query values are strings on the wire; numbers are compared as numbers.
          const typed = value !== undefined && /^(number|integer)$/.test(String(parameter.schema.type)) ? Number(value) : value;
          if (value !== undefined && request.status < 400) problems.push(...schemas.problems(parameter.schema, typed).map((problem) => `${id} ${request.name} ${parameter.name} ${problem}`));
        }
        for (const name of Object.keys(request.query ?? {})) if (!operation.parameters?.some((parameter) => parameter.in === 'query' && parameter.name === name)) problems.push(`${id} ${request.name}: query ${name} is not a documented parameter`);
      }
      for (const name of Object.keys(media?.examples ?? {})) if (!requests.some((request) => request.body === name)) problems.push(`${id}: body example "${name}" is never run`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('runs every registry example through POST /api/render, and the invalid one is a 400', () => {
    const requests = documentedRequests(document).filter((request) => request.method === 'post' && request.path === '/api/render');
    expect(requests.filter((request) => request.status === 200 && request.contentType === 'image/png').length).toBeGreaterThanOrEqual(40);
    expect(requests.find((request) => request.name === 'invalid')).toMatchObject({ status: 400, url: '/api/render?format=png', hasBody: true });
  });

  it('says who may call what: keyed endpoints take a bearer key or nothing, the rest no key', () => {
    const security = (route: string, method: string) => (paths[route]?.[method] as { security?: unknown } | undefined)?.security;
    expect(security('/api/render', 'post')).toEqual([{ apiKey: [] }, {}]);
    expect(security('/api/generate', 'post')).toEqual([{ apiKey: [] }, {}]);
    expect(security('/i/{file}', 'get')).toEqual([{}]);
    expect((document.components as { securitySchemes: Record<string, unknown> }).securitySchemes.apiKey).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it('takes its request schemas from zod: the render body is the registry union with every kind', () => {
    const visual = (document.components as { schemas: Record<string, { oneOf?: { properties?: { kind?: { const?: string } } }[] }> }).schemas.VisualSpec;
    expect(visual?.oneOf?.map((option) => option.properties?.kind?.const)).toEqual(['infographic', 'chart', 'slides', 'whiteboard']);
    const error = JSON.stringify((document.components as { schemas: Record<string, unknown> }).schemas.Error);
    expect(error).toContain('"not_implemented"');
    expect(error).toContain('"invalid_spec"');
  });
});
