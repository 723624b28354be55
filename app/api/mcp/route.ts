import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import { GlimpseError } from '@/lib/errors';
import { admit } from '@/lib/http/guard';
import { sameOrigin } from '@/lib/http/owner';
import { readJsonBody } from '@/lib/http/request';
import { handle } from '@/lib/http/respond';
import { httpContext } from '@/lib/mcp/http';
import { createMcpServer } from '@/lib/mcp/server';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * MCP over Streamable HTTP, stateless: every POST gets its own server and transport (no session
 * to keep or leak), answered as JSON. The body passes Glimpse's own limits first (size, depth,
 * JSON only), and the request is admitted like any API call: a key when keys are configured, the
 * render rate; generate_visual also takes the model's rate. As the MCP spec asks of Streamable
 * HTTP servers, a browser's request from another origin is refused (MCP clients send no Origin).
 */
export async function POST(request: Request): Promise<Response> {
  return handle(async () => {
    if (!sameOrigin(request)) {
      const message = 'must be this server’s origin (or absent)';
      throw new GlimpseError('forbidden_origin', `Origin ${request.headers.get('origin')?.slice(0, 200)} may not call this server's MCP endpoint`, { issues: [{ path: ['headers', 'origin'], message }] });
    }
    await admit(request, 'api');
    const body = await readJsonBody(request);
    const server = createMcpServer(httpContext(request));
    const transport = new WebStandardStreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    await server.connect(transport);
    try {
      const response = await transport.handleRequest(request, { parsedBody: body });
      response.headers.set('Cache-Control', 'no-store');
      return response;
    } finally {
      await server.close();
    }
  });
}

/** No sessions, so no server-to-client stream to open (GET) or session to end (DELETE). */
function methodNotAllowed(): Response {
  return Response.json(
    { jsonrpc: '2.0', error: { code: -32000, message: 'Method not allowed: this MCP endpoint is stateless; POST JSON-RPC messages to it' }, id: null },
    { status: 405, headers: { Allow: 'POST', 'Cache-Control': 'no-store' } },
  );
}

export const GET = methodNotAllowed;
export const DELETE = methodNotAllowed;
