import { admit } from '@/lib/http/guard';
import { readJsonBody } from '@/lib/http/request';
import { describe, handle } from '@/lib/http/respond';
import { parseSpec } from '@/lib/spec/visual';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Stores a spec (content-addressed, idempotent) → 201 { id, url, urls, width, height, alt }. */
export async function POST(request: Request): Promise<Response> {
  return handle(async () => {
    await admit(request, 'api');
    const spec = parseSpec(await readJsonBody(request));
    const described = await describe(request, spec, 1);
    return Response.json(described, { status: 201, headers: { Location: described.url } });
  });
}
