import { z } from 'zod';
import { oembedQuerySchema, oembedResponseSchema } from '@/lib/embed/oembed';
import { DECK_EXPORTS } from '@/lib/http/decks';
import { outputQuerySchema } from '@/lib/http/request';
import { MAX_SPEC_PARAM_CHARS } from '@/lib/limits';
import { chatRequestSchema } from '@/lib/llm/chat-request';
import { generateRequestSchema } from '@/lib/llm/generate-request';
import { versionChoiceSchema } from '@/lib/llm/visual-versions';
import { FORMAT_NAMES } from '@/lib/render/formats';
import { visualSpecSchema } from '@/lib/spec/visual';
import { CONVERSATION_ID } from '@/lib/store/conversations';
import type { ExampleRequest, RouteDescriptor } from './descriptors';
import { CHAT_EXAMPLE_ID, DECK_EXAMPLE, INVALID_SPEC, LINT_SPEC, registryExample, registryExamples, specParam, STORED_EXAMPLE, storedId, URL_EXAMPLE } from './examples';
import { errorResponses, RENDER_HEADERS, renderedContent } from './responses';
import { conversationListSchema, conversationSchema, deckSchema, generateResultSchema, healthSchema, lintResultSchema, lintRulesSchema, signedUrlSchema, storedVisualSchema, visualOutputSchema } from './schemas';

const format = z.enum(FORMAT_NAMES).optional().describe('Output format; without it a specific Accept header picks one, else png');
const outputQuery = outputQuerySchema.extend({ format });
const specQuery = outputQuery.extend({
  spec: z.string().max(MAX_SPEC_PARAM_CHARS).describe('The spec: base64url of its JSON (URL-encoded JSON works too)'),
  sig: z.string().optional().describe('HMAC signature (POST /api/sign makes these); required when the server has API keys'),
});
const idPath = z.object({ id: z.string().describe('The stored id') });
const conversationPath = z.object({ id: z.string().regex(CONVERSATION_ID).describe('The conversation id') });

const specExamples = Object.fromEntries(registryExamples.map((example) => [example.name, { summary: `${example.kind}: ${example.name}`, value: example.spec }]));
const invalidExample = { invalid: { summary: 'A trend that is not up, down or flat: 400 naming sections.0.items.0.trend', value: INVALID_SPEC } };
const only = (name: string) => ({ [name]: { summary: name, value: registryExample(name) } });
const chatQuestion = { id: CHAT_EXAMPLE_ID, message: { id: 'question-1', role: 'user', parts: [{ type: 'text', text: 'compare the populations\nCity,Population\nTaipei,2494000\nTaichung,2861000\nKaohsiung,2724000' }] } };

/** The render route's example requests: every registry example as PNG, then one of each other format. */
const renderRequests: ExampleRequest[] = [
  ...registryExamples.map((example) => ({ name: `${example.name}-png`, summary: `${example.name} as PNG`, query: { format: 'png' }, body: example.name, status: 200, contentType: 'image/png' })),
  { name: 'showcase-svg', summary: 'SVG (text as paths, alt text in <title>/<desc>)', query: { format: 'svg' }, body: 'showcase', status: 200, contentType: 'image/svg+xml' },
  { name: 'showcase-webp-2x', summary: 'WebP at twice the pixels', query: { format: 'webp', scale: '2' }, body: 'showcase', status: 200, contentType: 'image/webp' },
  { name: 'showcase-pdf', summary: 'Vector PDF with a text layer', query: { format: 'pdf' }, body: 'showcase', status: 200, contentType: 'application/pdf' },
  { name: 'showcase-json', summary: 'Its URLs, size and alt text instead of bytes (stores the spec)', query: { format: 'json' }, body: 'showcase', status: 200, contentType: 'application/json' },
  { name: 'chart-csv', summary: 'The data behind a chart', query: { format: 'csv' }, body: 'chart-bar', status: 200, contentType: 'text/csv' },
  { name: 'deck-pptx', summary: 'An editable PowerPoint deck', query: { format: 'pptx' }, body: DECK_EXAMPLE, status: 200, contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' },
  { name: 'deck-zip', summary: 'Every slide as PNG in a ZIP', query: { format: 'zip' }, body: DECK_EXAMPLE, status: 200, contentType: 'application/zip' },
  { name: 'deck-slide-2', summary: 'One slide', query: { format: 'png', slide: '2' }, body: DECK_EXAMPLE, status: 200, contentType: 'image/png' },
  { name: 'whiteboard-excalidraw', summary: 'An editable Excalidraw file', query: { format: 'excalidraw' }, body: 'whiteboard-shapes', status: 200, contentType: 'application/vnd.excalidraw+json' },
  { name: 'invalid', summary: 'A broken rule: 400 with its path', query: { format: 'png' }, body: 'invalid', status: 400, contentType: 'application/json' },
];

/** Every HTTP route the server has, once. Ordered as a reader (and the example runner) should go. */
export function routeDescriptors(origin: string): RouteDescriptor[] {
  const stored = storedId(STORED_EXAMPLE);
  const deck = storedId(DECK_EXAMPLE);
  return [
    {
      path: '/api/health',
      file: 'app/api/health/route.ts',
      operations: {
        get: {
          operationId: 'health',
          summary: 'Liveness and render load',
          tag: 'Server',
          access: 'open',
          responses: { 200: { description: 'Up', content: { 'application/json': healthSchema } }, 503: { description: 'Storage or render workers failing (Redis being away is not: 200 with redis: unreachable)', content: { 'application/json': healthSchema } } },
          examples: [{ name: 'health', summary: 'Is it up?', status: 200, contentType: 'application/json' }],
        },
      },
    },
    {
      path: '/api/schema',
      file: 'app/api/schema/route.ts',
      operations: {
        get: {
          operationId: 'schema',
          summary: 'The visual spec union as JSON Schema (draft 2020-12)',
          description: 'Generated from the zod schemas of the registry: what models, MCP clients and this document read.',
          tag: 'Server',
          access: 'open',
          responses: { 200: { description: 'JSON Schema', content: { 'application/schema+json': z.record(z.string(), z.unknown()) } } },
          examples: [{ name: 'schema', summary: 'The whole union', status: 200, contentType: 'application/schema+json' }],
        },
      },
    },
    {
      path: '/api/openapi.json',
      file: 'app/api/openapi.json/route.ts',
      operations: {
        get: {
          operationId: 'openapi',
          summary: 'This document (OpenAPI 3.1)',
          tag: 'Server',
          access: 'open',
          responses: { 200: { description: 'OpenAPI 3.1', content: { 'application/json': z.record(z.string(), z.unknown()) } } },
          examples: [{ name: 'openapi', summary: 'This document', status: 200, contentType: 'application/json' }],
        },
      },
    },
    {
      path: '/api/render',
      file: 'app/api/render/route.ts',
      operations: {
        post: {
          operationId: 'renderSpec',
          summary: 'A spec → its image (or PDF, PPTX, ZIP, CSV, Excalidraw, JSON)',
          description: 'The format comes from ?format=, else a specific Accept header, else PNG. Strong ETag; If-None-Match → 304.',
          tag: 'Render',
          access: 'api-key',
          query: outputQuery,
          body: { schema: visualSpecSchema, examples: { ...specExamples, ...invalidExample } },
          responses: { 200: { description: 'The rendered file', content: renderedContent(), headers: RENDER_HEADERS }, 304: { description: 'Not modified (If-None-Match matched the ETag)' }, ...errorResponses([400, 401, 406, 413, 415, 422, 429, 503, 504]) },
          examples: renderRequests,
        },
        get: {
          operationId: 'renderUrl',
          summary: 'The same as a URL, for <img> and Markdown',
          description: 'Immutable. Errors come back as an error image with the error status, so a broken <img> shows why (JSON when the client asks for application/json).',
          tag: 'Render',
          access: 'signed-url',
          query: specQuery,
          responses: { 200: { description: 'The rendered file', content: renderedContent(FORMAT_NAMES.filter((name) => name !== 'json')), headers: RENDER_HEADERS }, ...errorResponses([400, 403, 406, 413, 422, 429, 503, 504], true) },
          examples: [
            { name: 'url-png', summary: 'A spec in the URL', query: { spec: specParam(URL_EXAMPLE), format: 'png' }, status: 200, contentType: 'image/png' },
            { name: 'url-broken', summary: 'Not base64url: an error picture with status 400', query: { spec: 'not base64!', format: 'png' }, status: 400, contentType: 'image/png' },
          ],
        },
      },
    },
    {
      path: '/api/sign',
      file: 'app/api/sign/route.ts',
      operations: {
        post: {
          operationId: 'signUrl',
          summary: 'A spec → a GET /api/render?spec= URL (signed when the server has API keys)',
          description: 'Nothing is stored and nothing is drawn.',
          tag: 'Render',
          access: 'api-key',
          query: outputQuery,
          body: { schema: visualSpecSchema, examples: only(URL_EXAMPLE) },
          responses: { 200: { description: 'The URL', content: { 'application/json': signedUrlSchema } }, ...errorResponses([400, 401, 413, 415, 429]) },
          examples: [{ name: 'sign', summary: 'A URL for a 2× PNG', query: { format: 'png', scale: '2' }, body: URL_EXAMPLE, status: 200, contentType: 'application/json' }],
        },
      },
    },
    {
      path: '/api/specs',
      file: 'app/api/specs/route.ts',
      operations: {
        post: {
          operationId: 'storeSpec',
          summary: 'Stores a spec (content-addressed) → short /i/<id> URLs',
          tag: 'Store',
          access: 'api-key',
          body: { schema: visualSpecSchema, examples: only(STORED_EXAMPLE) },
          responses: { 201: { description: 'Stored (Location: its PNG)', content: { 'application/json': storedVisualSchema } }, ...errorResponses([400, 401, 413, 415, 422, 429]) },
          examples: [{ name: 'store', summary: `Stores ${STORED_EXAMPLE} (id ${stored})`, body: STORED_EXAMPLE, status: 201, contentType: 'application/json' }],
        },
      },
    },
    {
      path: '/i/{file}',
      file: 'app/i/[file]/route.ts',
      operations: {
        get: {
          operationId: 'storedImage',
          summary: 'A stored spec rendered: /i/<id>.<png|webp|svg|pdf|csv|…>',
          description: 'Immutable (the id is the content hash). Errors as pictures, like GET /api/render.',
          tag: 'Store',
          access: 'public',
          path: z.object({ file: z.string().describe('<id>.<extension>; the extension is the format') }),
          query: outputQuerySchema.pick({ scale: true, slide: true }),
          responses: { 200: { description: 'The rendered file', content: renderedContent(FORMAT_NAMES.filter((name) => name !== 'json')), headers: RENDER_HEADERS }, ...errorResponses([400, 404, 406, 413, 422, 429, 503, 504], true) },
          examples: [
            { name: 'stored-png', summary: 'The PNG of the spec the store example saved', path: { file: `${stored}.png` }, status: 200, contentType: 'image/png' },
            { name: 'stored-svg', summary: 'Its SVG', path: { file: `${stored}.svg` }, status: 200, contentType: 'image/svg+xml' },
            { name: 'stored-missing', summary: 'An id nobody stored: an error picture with 404', path: { file: 'AAAAAAAAAAAAAAAAAAAAAA.png' }, status: 404, contentType: 'image/png' },
          ],
        },
      },
    },
    {
      path: '/api/decks',
      file: 'app/api/decks/route.ts',
      operations: {
        post: {
          operationId: 'storeDeck',
          summary: 'Stores a slides spec → the viewer, its embed URL and exports',
          tag: 'Decks',
          access: 'api-key',
          body: { schema: visualSpecSchema, examples: only(DECK_EXAMPLE) },
          responses: { 201: { description: 'Stored (Location: the viewer)', content: { 'application/json': deckSchema } }, ...errorResponses([400, 401, 413, 415, 429]) },
          examples: [{ name: 'deck', summary: `Stores ${DECK_EXAMPLE} (id ${deck})`, body: DECK_EXAMPLE, status: 201, contentType: 'application/json' }],
        },
      },
    },
    {
      path: '/api/decks/{id}/export',
      file: 'app/api/decks/[id]/export/route.ts',
      operations: {
        get: {
          operationId: 'exportDeck',
          summary: 'A stored deck as PDF, PPTX or a ZIP of PNGs',
          tag: 'Decks',
          access: 'public',
          path: idPath,
          query: outputQuerySchema.pick({ scale: true }).extend({ format: z.enum(DECK_EXPORTS).default('pdf').describe('pdf, pptx or zip') }),
          responses: { 200: { description: 'The export', content: renderedContent(DECK_EXPORTS), headers: RENDER_HEADERS }, ...errorResponses([400, 404, 413, 429, 503, 504]) },
          examples: [
            { name: 'deck-pdf', summary: 'The stored deck as PDF', path: { id: deck }, query: { format: 'pdf' }, status: 200, contentType: 'application/pdf' },
            { name: 'deck-missing', summary: 'No such deck', path: { id: 'AAAAAAAAAAAAAAAAAAAAAA' }, query: { format: 'pdf' }, status: 404, contentType: 'application/json' },
          ],
        },
      },
    },
    {
      path: '/api/lint',
      file: 'app/api/lint/route.ts',
      operations: {
        post: {
          operationId: 'lint',
          summary: 'Lints a spec: what renders but a designer (or the model) should fix',
          description: 'Rules over the spec (unknown-icon, unknown-field, implicit-node, uneven-table, low-contrast, palette-collision …) plus the layout critic’s findings from drawing it (text-too-small, text-overflow, overlap, missing-glyph, clipped, empty-space). An invalid spec is the usual 400.',
          tag: 'Render',
          access: 'api-key',
          body: { schema: visualSpecSchema, examples: { lint: { summary: 'An icon name that is not Lucide’s', value: LINT_SPEC }, ...only(URL_EXAMPLE), ...invalidExample } },
          responses: { 200: { description: 'The findings', content: { 'application/json': lintResultSchema } }, ...errorResponses([400, 401, 413, 415, 422, 429, 503, 504]) },
          examples: [
            { name: 'lint-finding', summary: 'One unknown-icon warning at sections.0.items.0.icon', body: 'lint', status: 200, contentType: 'application/json' },
            { name: 'lint-clean', summary: `${URL_EXAMPLE}: no findings`, body: URL_EXAMPLE, status: 200, contentType: 'application/json' },
            { name: 'lint-invalid', summary: 'An invalid spec: 400 with its path', body: 'invalid', status: 400, contentType: 'application/json' },
          ],
        },
        get: {
          operationId: 'lintRules',
          summary: 'The rules the lint applies',
          tag: 'Render',
          access: 'public',
          responses: { 200: { description: 'The rules', content: { 'application/json': lintRulesSchema } }, ...errorResponses([429]) },
          examples: [{ name: 'lint-rules', summary: 'Every rule with its severity', status: 200, contentType: 'application/json' }],
        },
      },
    },
    {
      path: '/api/mcp',
      file: 'app/api/mcp/route.ts',
      operations: {
        post: {
          operationId: 'mcp',
          summary: 'MCP over Streamable HTTP (stateless, JSON answers): generate_visual, render_visual, export_deck, describe_kinds and the ui:// App',
          description: 'JSON-RPC 2.0 messages as the Model Context Protocol defines them; use an MCP client. Clients must send Accept: application/json, text/event-stream (without it: 406). A browser Origin other than this server’s: 403.',
          tag: 'MCP',
          access: 'api-key',
          body: { schema: z.record(z.string(), z.unknown()).describe('A JSON-RPC 2.0 request, e.g. initialize or tools/call'), examples: { 'tools-list': { summary: 'tools/list', value: { jsonrpc: '2.0', id: 1, method: 'tools/list' } } } },
          responses: {
            200: { description: 'The JSON-RPC answer', content: { 'application/json': z.record(z.string(), z.unknown()) } },
            406: { description: 'The client did not accept application/json and text/event-stream', content: { 'application/json': z.record(z.string(), z.unknown()) } },
            ...errorResponses([400, 401, 403, 413, 415, 429]),
          },
          examples: [{ name: 'mcp-no-accept', summary: 'Without the Accept header MCP asks for: 406', body: 'tools-list', status: 406, contentType: 'application/json' }],
        },
        get: {
          operationId: 'mcpStream',
          summary: 'No server-to-client stream: the endpoint is stateless (405)',
          tag: 'MCP',
          access: 'open',
          responses: { 405: { description: 'Method not allowed (Allow: POST)', content: { 'application/json': z.record(z.string(), z.unknown()) } } },
          examples: [{ name: 'mcp-get', summary: '405', status: 405, contentType: 'application/json' }],
        },
        delete: {
          operationId: 'mcpEndSession',
          summary: 'No session to end: the endpoint is stateless (405)',
          tag: 'MCP',
          access: 'open',
          responses: { 405: { description: 'Method not allowed (Allow: POST)', content: { 'application/json': z.record(z.string(), z.unknown()) } } },
          examples: [{ name: 'mcp-delete', summary: '405', status: 405, contentType: 'application/json' }],
        },
      },
    },
    {
      path: '/api/oembed',
      file: 'app/api/oembed/route.ts',
      operations: {
        get: {
          operationId: 'oembed',
          summary: 'oEmbed 1.0 for /deck/<id>, /i/<id>.png|webp|svg and /share/<id> URLs',
          description: 'photo for images (sized to maxwidth/maxheight), rich (an <iframe>) for decks and shared conversations. Pages link here with <link rel="alternate" type="application/json+oembed">.',
          tag: 'Embed',
          access: 'public',
          query: oembedQuerySchema,
          responses: { 200: { description: 'The oEmbed answer', content: { 'application/json': oembedResponseSchema } }, ...errorResponses([400, 404, 429, 501]) },
          examples: [
            { name: 'oembed-image', summary: 'A stored PNG, at most 600 px wide', query: { url: `${origin}/i/${stored}.png`, maxwidth: '600' }, status: 200, contentType: 'application/json' },
            { name: 'oembed-deck', summary: 'The stored deck as an <iframe> of its viewer', query: { url: `${origin}/deck/${deck}` }, status: 200, contentType: 'application/json' },
            { name: 'oembed-foreign', summary: 'Not a URL of this server: 400 naming url', query: { url: 'https://example.com/deck/x' }, status: 400, contentType: 'application/json' },
            { name: 'oembed-xml', summary: 'Only JSON: 501', query: { url: `${origin}/deck/${deck}`, format: 'xml' }, status: 501, contentType: 'application/json' },
          ],
        },
      },
    },
    {
      path: '/api/generate',
      file: 'app/api/generate/route.ts',
      operations: {
        post: {
          operationId: 'generate',
          summary: 'A prompt (and data, or a spec to edit) → a spec and its image URL',
          description: 'The offline planner unless GLIMPSE_MODEL is set. With "stream": true, Server-Sent Events: partial (the spec so far), then result or error.',
          tag: 'Generate',
          access: 'api-key',
          body: {
            schema: generateRequestSchema,
            examples: {
              cities: { summary: 'A table → a bar chart', value: { prompt: 'compare the populations of the largest cities in Taiwan', data: 'City,Population\nNew Taipei,4046000\nTaichung,2861000\nKaohsiung,2724000' } },
              streamed: { summary: 'The same, streamed', value: { prompt: 'steps: plan, build, ship', stream: true } },
              empty: { summary: 'No prompt: 400 naming prompt', value: { prompt: '' } },
            },
          },
          responses: {
            200: { description: 'The visual (JSON), or an event stream with "stream": true', content: { 'application/json': generateResultSchema, 'text/event-stream': 'text' } },
            ...errorResponses([400, 401, 413, 415, 422, 429, 502, 504]),
          },
          examples: [
            { name: 'generate', summary: 'Offline: a bar chart', body: 'cities', status: 200, contentType: 'application/json' },
            { name: 'generate-stream', summary: 'Server-Sent Events', body: 'streamed', status: 200, contentType: 'text/event-stream' },
            { name: 'generate-empty', summary: '400 naming prompt', body: 'empty', status: 400, contentType: 'application/json' },
          ],
        },
      },
    },
    {
      path: '/api/chat',
      file: 'app/api/chat/route.ts',
      operations: {
        post: {
          operationId: 'chat',
          summary: 'One chat turn: the new question → an AI SDK UI message stream (a tool-visual part)',
          description: 'A new id starts a conversation owned by the glimpse_owner cookie (set on the first response); someone else\'s id is 404.',
          tag: 'Chat',
          access: 'owner',
          body: { schema: chatRequestSchema, examples: { question: { summary: 'A question with numbers', value: chatQuestion } } },
          responses: { 200: { description: 'UI message stream', content: { 'text/event-stream': 'text' } }, ...errorResponses([400, 403, 404, 413, 415, 429]) },
          examples: [{ name: 'chat', summary: `Starts conversation ${CHAT_EXAMPLE_ID}`, body: 'question', status: 200, contentType: 'text/event-stream' }],
        },
      },
    },
    {
      path: '/api/conversations',
      file: 'app/api/conversations/route.ts',
      operations: {
        get: {
          operationId: 'listConversations',
          summary: "The asker's conversations, newest first",
          tag: 'Chat',
          access: 'owner',
          responses: { 200: { description: 'The list', content: { 'application/json': conversationListSchema } } },
          examples: [{ name: 'conversations', summary: 'Those of this cookie', status: 200, contentType: 'application/json' }],
        },
      },
    },
    {
      path: '/api/conversations/{id}',
      file: 'app/api/conversations/[id]/route.ts',
      operations: {
        get: {
          operationId: 'getConversation',
          summary: 'One conversation with its messages and share URL (its owner only)',
          tag: 'Chat',
          access: 'owner',
          path: conversationPath,
          responses: { 200: { description: 'The conversation', content: { 'application/json': conversationSchema } }, ...errorResponses([404]) },
          examples: [{ name: 'conversation', summary: 'The one the chat example started', path: { id: CHAT_EXAMPLE_ID }, status: 200, contentType: 'application/json' }],
        },
        delete: {
          operationId: 'deleteConversation',
          summary: 'Deletes a conversation (its owner only)',
          tag: 'Chat',
          access: 'owner',
          path: conversationPath,
          responses: { 204: { description: 'Deleted' }, ...errorResponses([403, 404]) },
          examples: [{ name: 'conversation-delete', summary: 'Deletes the chat example', path: { id: CHAT_EXAMPLE_ID }, status: 204, contentType: '' }],
        },
      },
    },
    {
      path: '/api/conversations/{id}/visuals/{toolCallId}',
      file: 'app/api/conversations/[id]/visuals/[toolCallId]/route.ts',
      operations: {
        put: {
          operationId: 'editVisual',
          summary: "Adds a hand-edited spec to one answer's visual as a new version (the chat's spec editor), validated → its new URLs",
          description: 'The visual keeps its versions (`versions`, `current`). With `amend=1` the spec replaces the last version when that is a hand edit still shown (one editing session, one version).',
          tag: 'Chat',
          access: 'owner',
          path: conversationPath.extend({ toolCallId: z.string().describe("The answer's tool call id") }),
          query: z.object({ amend: z.enum(['1']).optional().describe('Replace the last version when it is a hand edit still shown') }),
          body: { schema: visualSpecSchema, examples: only(URL_EXAMPLE) },
          responses: { 200: { description: 'The new visual', content: { 'application/json': visualOutputSchema } }, ...errorResponses([400, 403, 404, 413, 415]) },
          examples: [{ name: 'edit-missing', summary: 'A conversation this cookie does not own: 404', path: { id: 'not-a-conversation', toolCallId: 'visual-1' }, body: URL_EXAMPLE, status: 404, contentType: 'application/json' }],
        },
        patch: {
          operationId: 'showVisualVersion',
          summary: "Shows one version of an answer's visual (undo, redo, the version list): rebuilt from its patches, drawn, stored as the one shown",
          tag: 'Chat',
          access: 'owner',
          path: conversationPath.extend({ toolCallId: z.string().describe("The answer's tool call id") }),
          body: { schema: versionChoiceSchema, examples: { first: { summary: 'The first version', value: { version: 1 } } } },
          responses: { 200: { description: 'The visual, showing that version', content: { 'application/json': visualOutputSchema } }, ...errorResponses([400, 403, 404, 413, 415]) },
          examples: [{ name: 'version-missing', summary: 'A conversation this cookie does not own: 404', path: { id: 'not-a-conversation', toolCallId: 'visual-1' }, body: 'first', status: 404, contentType: 'application/json' }],
        },
      },
    },
  ];
}
