import { handle, publicOrigin } from '@/lib/http/respond';
import { openApiDocument } from '@/lib/openapi/document';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

let last: { origin: string; body: string } | undefined;

/** GET /api/openapi.json: OpenAPI 3.1 of every route, generated from the zod schemas; servers and examples name this origin. */
export async function GET(request: Request): Promise<Response> {
  return handle(async () => {
    const origin = publicOrigin(request);
    if (last?.origin !== origin) last = { origin, body: JSON.stringify(openApiDocument(origin)) };
    return new Response(last.body, { headers: { 'Content-Type': 'application/json', 'Cache-Control': 'public, max-age=300' } });
  });
}
