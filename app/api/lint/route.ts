import { admit } from '@/lib/http/guard';
import { readJsonBody } from '@/lib/http/request';
import { handle } from '@/lib/http/respond';
import { lintSpec, SPEC_RULES } from '@/lib/lint';
import { parseSpec } from '@/lib/spec/visual';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** POST a spec → 200 { findings: [{ rule, severity, path, message, box? }] }; an invalid spec is a 400 with its paths. */
export async function POST(request: Request): Promise<Response> {
  return handle(async () => {
    admit(request, 'api');
    const input = await readJsonBody(request);
    return Response.json({ findings: lintSpec(parseSpec(input), input) }, { headers: { 'Cache-Control': 'no-store' } });
  });
}

/** The rules the lint applies. */
export function GET(request: Request): Promise<Response> {
  return handle(async () => {
    admit(request, 'public');
    return Response.json({ rules: SPEC_RULES.map(({ id, severity, description }) => ({ id, severity, description })) });
  });
}
