import { admit } from '@/lib/http/guard';
import { readJsonBody } from '@/lib/http/request';
import { handle } from '@/lib/http/respond';
import { LAYOUT_RULES, lintSpec, SPEC_RULES } from '@/lib/lint';
import { parseSpec } from '@/lib/spec/visual';
import { renderService } from '@/lib/render/service';
import { everyPageFindings } from '@/lib/render/critique';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** POST a spec → 200 { findings: [{ rule, severity, path, message, box? }] }; an invalid spec is a 400 with its paths. */
export async function POST(request: Request): Promise<Response> {
  return handle(async () => {
    await admit(request, 'api');
    const input = await readJsonBody(request);
    const spec = parseSpec(input);
    // The layout critic's findings come with the render (drawn in a worker, cached like any render).
    const service = renderService();
    const { rendered } = await service.render(spec, { format: 'svg', scale: 1 }, request.signal);
    // Every slide of a deck, not only the first.
    const findings = await everyPageFindings(spec, rendered.findings, async (page, options) => (await service.render(page, options, request.signal)).rendered);
    return Response.json({ findings: [...lintSpec(spec, input), ...findings] }, { headers: { 'Cache-Control': 'no-store' } });
  });
}

/** The rules the lint applies. */
export function GET(request: Request): Promise<Response> {
  return handle(async () => {
    await admit(request, 'public');
    return Response.json({ rules: [...SPEC_RULES.map(({ id, severity, description }) => ({ id, severity, description })), ...LAYOUT_RULES] });
  });
}
