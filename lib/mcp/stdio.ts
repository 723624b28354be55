import { ResourceTemplate, type McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { GlimpseError } from '@/lib/errors';
import { FORMATS, isFormat } from '@/lib/render/formats';
import { exportFormats } from '@/lib/render/render';
import { renderService } from '@/lib/render/service';
import { appHtml } from './app-html';
import type { McpContext } from './context';
import { parseResourceUri, sessionId, sessionLinks, VISUAL_RESOURCE_PREFIX } from './links';
import { createMcpServer } from './server';
import { SessionVisuals } from './session-visuals';
import { takeStdout } from './stdout-guard';

export interface StdioOptions {
  /** The folder `export_deck`'s relative `outputPath` is resolved against: where the user started the command (default: the current folder). */
  cwd?: string;
  stdin?: NodeJS.ReadableStream;
}

const TEXT_FORMATS = new Set(['svg', 'csv', 'excalidraw']);

/** `glimpse://visuals/<id>.<format>` and `…/<id>-slide-<n>.png`: the files of this session's visuals, rendered on read. */
function registerVisualResources(server: McpServer, visuals: SessionVisuals, context: McpContext): void {
  const template = new ResourceTemplate(`${VISUAL_RESOURCE_PREFIX}{name}`, {
    list: () => ({
      resources: visuals.list().map(([id, spec]) => ({ uri: `${VISUAL_RESOURCE_PREFIX}${id}.png`, name: spec.title, mimeType: 'image/png', description: `${spec.kind}; also ${exportFormats(spec).join(', ')}` })),
    }),
  });
  server.registerResource('Glimpse visuals', template, { description: "This session's visuals in every format they export to" }, async (uri) => {
    const parsed = parseResourceUri(uri.href);
    const spec = parsed ? visuals.get(parsed.id) : undefined;
    if (!parsed || !spec) throw new GlimpseError('not_found', `no visual at ${uri.href} in this session (it keeps the last ${visuals.capacity})`);
    if (!isFormat(parsed.format) || parsed.format === 'json' || !exportFormats(spec).includes(parsed.format)) {
      throw new GlimpseError('unsupported_format', `${uri.href}: this ${spec.kind} exports as ${exportFormats(spec).join(', ')}`);
    }
    const page = parsed.slide !== undefined ? parsed.slide - 1 : undefined;
    const rendered = await context.render(spec, { format: parsed.format, scale: 1, page });
    const mimeType = FORMATS[parsed.format].contentType;
    return { contents: [TEXT_FORMATS.has(parsed.format) ? { uri: uri.href, mimeType, text: rendered.body.toString('utf8') } : { uri: uri.href, mimeType, blob: rendered.body.toString('base64') }] };
  });
}

/**
 * `glimpse mcp`: the same tools and App as /api/mcp, over stdin/stdout, with no HTTP server.
 * Renders go through the render service (worker processes, deadline, memory cache) in this
 * process; visuals have no URL, so results carry the picture inline and `glimpse://` resources.
 * Resolves when the client closes the connection (stdin ends), after the workers have stopped.
 */
export async function runStdioServer(options: StdioOptions = {}): Promise<void> {
  const protocolOut = takeStdout();
  const visuals = new SessionVisuals();
  const service = renderService();
  const context: McpContext = {
    transport: 'stdio',
    render: async (spec, renderOptions, signal) => (await service.render(spec, renderOptions, signal)).rendered,
    publish: (spec) => {
      const id = sessionId(spec);
      visuals.put(id, spec);
      return sessionLinks(spec, id);
    },
    lookup: (id) => visuals.get(id),
    admitModelCall: () => undefined,
    appHtml: () => appHtml('source'),
    resourceDomains: [],
    outputDirectory: options.cwd ?? process.cwd(),
  };
  const server = createMcpServer(context);
  registerVisualResources(server, visuals, context);
  const transport = new StdioServerTransport((options.stdin ?? process.stdin) as NodeJS.ReadStream, protocolOut);
  const closed = new Promise<void>((resolve) => (transport.onclose = resolve));
  (options.stdin ?? process.stdin).on('end', () => void transport.close());
  await server.connect(transport);
  console.error('[glimpse] MCP server on stdio: tools generate_visual, render_visual, export_deck, describe_kinds');
  await closed;
  await service.close();
}
