import { registerAppResource, registerAppTool, RESOURCE_MIME_TYPE, type McpUiAppResourceConfig } from '@modelcontextprotocol/ext-apps/server';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { z } from 'zod';
import packageJson from '@/package.json' with { type: 'json' };
import type { McpContext } from './context';
import { toolError } from './tool-error';
import { describeKindsTool } from './tools/describe-kinds';
import { exportDeckTool } from './tools/export-deck';
import { generateVisualTool } from './tools/generate-visual';
import { renderVisualTool } from './tools/render-visual';

/** The MCP App: one HTML view for every visual tool's result (lib/mcp/app/). */
export const APP_RESOURCE_URI = 'ui://glimpse/visual.html';

const INSTRUCTIONS = [
  'Glimpse draws pictures: charts, infographics, slide decks and whiteboard diagrams.',
  'generate_visual turns a request (plus optional data) into a visual; pass previousSpec to edit one.',
  'render_visual draws a spec you wrote (describe_kinds lists the kinds with examples); export_deck gives a deck as PDF, PPTX or a ZIP of PNGs.',
  'Each result has the PNG inline, its URL (over HTTP) and alt text, and the spec in structuredContent. Show the picture to the user, e.g. as Markdown with the URL.',
].join(' ');

interface Tool<Input extends z.ZodObject> {
  name: string;
  title: string;
  description: string;
  input: Input;
  annotations: Record<string, boolean>;
  run: (context: McpContext, args: z.infer<Input>, signal?: AbortSignal) => Promise<CallToolResult>;
}

/** The client's cancellation and (HTTP) the request's hang-up, as one signal. */
function callSignal(context: McpContext, extra: { signal?: AbortSignal }): AbortSignal | undefined {
  const signals = [context.signal, extra.signal].filter((signal): signal is AbortSignal => signal !== undefined);
  return signals.length > 1 ? AbortSignal.any(signals) : signals[0];
}

/** A tool's handler: whatever it throws is a tool error (`isError: true`) naming the paths, never a protocol error. */
function handler<Input extends z.ZodObject>(context: McpContext, tool: Tool<Input>) {
  return async (args: z.infer<Input>, extra: { signal?: AbortSignal }): Promise<CallToolResult> => {
    try {
      return await tool.run(context, args, callSignal(context, extra));
    } catch (error) {
      return toolError(error);
    }
  };
}

function config<Input extends z.ZodObject>(tool: Tool<Input>) {
  return { title: tool.title, description: tool.description, inputSchema: tool.input, annotations: tool.annotations };
}

/**
 * Glimpse as an MCP server: the same tools and App over Streamable HTTP (app/api/mcp, one server
 * per request, stateless) and stdio (lib/mcp/stdio.ts); `context` is what differs between them.
 */
export function createMcpServer(context: McpContext): McpServer {
  const server = new McpServer({ name: 'glimpse', title: 'Glimpse', version: packageJson.version }, { instructions: INSTRUCTIONS });
  // The visual tools name the App in their metadata: hosts with MCP Apps show their results in it.
  const withApp = <Input extends z.ZodObject>(tool: Tool<Input>) =>
    registerAppTool(server, tool.name, { ...config(tool), _meta: { ui: { resourceUri: APP_RESOURCE_URI } } }, handler(context, tool));
  withApp(generateVisualTool);
  withApp(renderVisualTool);
  withApp(exportDeckTool);
  server.registerTool(describeKindsTool.name, config(describeKindsTool), handler(context, describeKindsTool));

  const uiMeta = { ui: { prefersBorder: true, ...(context.resourceDomains.length > 0 ? { csp: { resourceDomains: context.resourceDomains } } : {}) } };
  registerAppResource(
    server,
    'Glimpse visual view',
    APP_RESOURCE_URI,
    { description: 'Shows a Glimpse visual with its downloads (a slide viewer for decks) and a box to ask for a change.', _meta: uiMeta } as McpUiAppResourceConfig,
    async () => ({ contents: [{ uri: APP_RESOURCE_URI, mimeType: RESOURCE_MIME_TYPE, text: await context.appHtml(), _meta: uiMeta }] }),
  );
  return server;
}
