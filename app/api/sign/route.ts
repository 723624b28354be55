import { admit } from '@/lib/http/guard';
import { chooseOutput, encodeSpecParam, readJsonBody } from '@/lib/http/request';
import { handle, publicOrigin } from '@/lib/http/respond';
import { signUrl } from '@/lib/http/signing';
import { parseSpec } from '@/lib/spec/visual';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * POST a spec (?format=, ?scale=, ?slide= as for /api/render) → { url }: a `GET /api/render?spec=`
 * URL anyone can fetch, signed when this server has API keys (then this endpoint needs one).
 * Nothing is stored and nothing is drawn.
 */
export async function POST(request: Request): Promise<Response> {
  return handle(async () => {
    await admit(request, 'api');
    const output = chooseOutput(request, 'png');
    const spec = parseSpec(await readJsonBody(request));
    const query = new URLSearchParams({ spec: encodeSpecParam(spec), format: output.format });
    if (output.scale !== 1) query.set('scale', String(output.scale));
    if (output.page !== undefined) query.set('slide', String(output.page + 1));
    const url = signUrl(`${publicOrigin(request)}/api/render?${query}`);
    return Response.json({ url }, { headers: { 'Cache-Control': 'no-store' } });
  });
}
