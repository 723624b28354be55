import type { z } from 'zod';
import packageJson from '@/package.json';
import { chatRequestSchema } from '@/lib/llm/chat-request';
import { generateRequestSchema } from '@/lib/llm/generate-request';
import { oembedResponseSchema } from '@/lib/embed/oembed';
import { OWNER_COOKIE } from '@/lib/http/owner';
import { visualSpecSchema } from '@/lib/spec/visual';
import { METHODS, type Access, type Body, type OperationDescriptor, type RouteDescriptor } from './descriptors';
import { routeDescriptors } from './routes';
import { conversationListSchema, conversationSchema, deckSchema, errorBodySchema, generateResultSchema, healthSchema, jsonSchemaOf, signedUrlSchema, storedVisualSchema, visualOutputSchema } from './schemas';

type Json = Record<string, unknown>;

/** Schemas the document names once under components/schemas and refers to. */
const NAMED: [z.ZodType, string][] = [
  [visualSpecSchema, 'VisualSpec'],
  [errorBodySchema, 'Error'],
  [storedVisualSchema, 'Visual'],
  [generateRequestSchema, 'GenerateRequest'],
  [generateResultSchema, 'GeneratedVisual'],
  [deckSchema, 'Deck'],
  [signedUrlSchema, 'SignedUrl'],
  [healthSchema, 'Health'],
  [chatRequestSchema, 'ChatRequest'],
  [conversationListSchema, 'ConversationList'],
  [conversationSchema, 'Conversation'],
  [visualOutputSchema, 'VisualOutput'],
  [oembedResponseSchema, 'OEmbed'],
];

const TAGS = [
  { name: 'Render', description: 'A spec in, a file out: nothing stored' },
  { name: 'Store', description: 'Content-addressed specs behind short, immutable URLs' },
  { name: 'Decks', description: 'Slide decks: a viewer, an embeddable viewer, exports' },
  { name: 'Embed', description: 'oEmbed, so Slack, Notion, WordPress and Discourse unfurl our URLs' },
  { name: 'Generate', description: 'A prompt → a spec (offline planner or a model)' },
  { name: 'Chat', description: 'The chat UI: conversations owned by a cookie' },
  { name: 'Server', description: 'Health and machine-readable descriptions' },
];

const ACCESS: Record<Access, { security: Json[]; note: string }> = {
  'api-key': { security: [{ apiKey: [] }, {}], note: 'Needs `Authorization: Bearer <key>` when the server has GLIMPSE_API_KEYS; open otherwise.' },
  'signed-url': { security: [{ apiKey: [] }, {}], note: 'Needs a valid `sig` (POST /api/sign) or a key when the server has GLIMPSE_API_KEYS; open otherwise.' },
  public: { security: [{}], note: 'Anyone with the URL (its id is the capability); rate-limited per client.' },
  owner: { security: [{ ownerCookie: [] }, {}], note: `Conversations belong to the ${OWNER_COOKIE} cookie (the first response sets it); anyone else gets 404.` },
  open: { security: [{}], note: 'Anyone.' },
};

function schemaOf(body: Body): Json {
  if (body === 'binary') return { type: 'string', format: 'binary' };
  if (body === 'text') return { type: 'string' };
  const named = NAMED.find(([schema]) => schema === body)?.[1];
  return named ? { $ref: `#/components/schemas/${named}` } : jsonSchemaOf(body);
}

function parameters(operation: OperationDescriptor): Json[] {
  return (['path', 'query'] as const).flatMap((place) => {
    const object = operation[place];
    if (!object) return [];
    const schema = jsonSchemaOf(object) as { properties?: Record<string, Json>; required?: string[] };
    return Object.entries(schema.properties ?? {}).map(([name, property]) => {
      const { description, ...rest } = property as Json & { description?: string };
      const examples = Object.fromEntries(operation.examples.flatMap((example) => (example[place]?.[name] === undefined ? [] : [[example.name, { summary: example.summary, value: example[place][name] }]])));
      return {
        name,
        in: place,
        required: place === 'path' || (schema.required ?? []).includes(name),
        ...(description ? { description } : {}),
        schema: rest,
        ...(Object.keys(examples).length ? { examples } : {}),
      };
    });
  });
}

function operationObject(operation: OperationDescriptor): Json {
  const access = ACCESS[operation.access];
  const responses = Object.fromEntries(
    Object.entries(operation.responses).map(([status, response]) => [
      status,
      {
        description: response.description,
        ...(response.headers ? { headers: Object.fromEntries(Object.entries(response.headers).map(([name, description]) => [name, { description, schema: { type: 'string' } }])) } : {}),
        ...(response.content ? { content: Object.fromEntries(Object.entries(response.content).map(([type, body]) => [type, { schema: schemaOf(body) }])) } : {}),
      },
    ]),
  );
  const body = operation.body;
  return {
    operationId: operation.operationId,
    summary: operation.summary,
    description: [operation.description, access.note].filter(Boolean).join('\n\n'),
    tags: [operation.tag],
    security: access.security,
    ...(operation.path || operation.query ? { parameters: parameters(operation) } : {}),
    ...(body ? { requestBody: { required: true, content: { [body.mediaType ?? 'application/json']: { schema: schemaOf(body.schema), examples: body.examples } } } } : {}),
    responses,
    'x-glimpse-access': operation.access,
    'x-glimpse-requests': operation.examples,
  };
}

/** The OpenAPI 3.1 document of every route, generated from the zod schemas and the route list. */
export function openApiDocument(origin: string, routes: RouteDescriptor[] = routeDescriptors(origin)): Json {
  const paths = Object.fromEntries(routes.map((route) => [route.path, Object.fromEntries(METHODS.flatMap((method) => (route.operations[method] ? [[method, operationObject(route.operations[method])]] : [])))]));
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Glimpse',
      version: packageJson.version,
      summary: 'Visual specs in; PNG, WebP, SVG, PDF, PPTX, ZIP, CSV and Excalidraw out',
      description:
        'Every schema here is generated from the zod schemas the server validates with. Each operation lists runnable examples in x-glimpse-requests (request body examples by name, parameter examples by the same name, and the status and media type to expect); run in document order, later ones use what earlier ones stored.',
    },
    servers: [{ url: origin }],
    tags: TAGS,
    paths,
    components: {
      schemas: Object.fromEntries(NAMED.map(([schema, name]) => [name, jsonSchemaOf(schema)])),
      securitySchemes: {
        apiKey: { type: 'http', scheme: 'bearer', description: 'One of GLIMPSE_API_KEYS (name:key entries; send the key). Only when the server has keys.' },
        ownerCookie: { type: 'apiKey', in: 'cookie', name: OWNER_COOKIE, description: 'The anonymous owner of conversations; the server sets it on the first response.' },
      },
    },
  };
}
