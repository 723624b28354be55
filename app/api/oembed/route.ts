import { oembedFor, oembedQuerySchema } from '@/lib/embed/oembed';
import { fromZodError } from '@/lib/errors';
import { admit } from '@/lib/http/guard';
import { handle, publicOrigin } from '@/lib/http/respond';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Seconds a consumer (Slack, Notion, WordPress, Discourse) may keep an answer: the visuals behind our URLs never change. */
const CACHE_SECONDS = 86_400;

/**
 * GET /api/oembed?url=<one of our URLs>&maxwidth=&maxheight=&format=json → oEmbed 1.0: `photo` for
 * /i/<id>.png|webp|svg, `rich` (an <iframe>) for /deck/<id> and /share/<id>. A URL of another server
 * is 400 naming `url`, an unknown id 404, format=xml 501.
 */
export async function GET(request: Request): Promise<Response> {
  return handle(async () => {
    await admit(request, 'public');
    const params = new URL(request.url).searchParams;
    const parsed = oembedQuerySchema.safeParse(Object.fromEntries([...params].filter(([name]) => name in oembedQuerySchema.shape)));
    if (!parsed.success) throw fromZodError(parsed.error, 'invalid_option');
    const body = await oembedFor(parsed.data, publicOrigin(request), request.signal);
    return Response.json({ ...body, cache_age: CACHE_SECONDS }, { headers: { 'Cache-Control': `public, max-age=${CACHE_SECONDS}`, 'Access-Control-Allow-Origin': '*' } });
  });
}
