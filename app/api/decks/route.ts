import { GlimpseError } from '@/lib/errors';
import { deckLinks } from '@/lib/http/decks';
import { admit } from '@/lib/http/guard';
import { readJsonBody } from '@/lib/http/request';
import { handle, publicOrigin } from '@/lib/http/respond';
import { parseSpec } from '@/lib/spec/visual';
import { saveSpec } from '@/lib/store/specs';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Stores a slides spec → 201 { id, url, embedUrl, exports: { pdf, pptx, zip }, slides }. */
export async function POST(request: Request): Promise<Response> {
  return handle(async () => {
    await admit(request, 'api');
    const spec = parseSpec(await readJsonBody(request));
    if (spec.kind !== 'slides') {
      throw new GlimpseError('invalid_spec', `kind: a deck is a "slides" spec, not "${spec.kind}"`, { issues: [{ path: ['kind'], message: 'must be "slides"' }] });
    }
    const id = await saveSpec(spec);
    const links = deckLinks(publicOrigin(request), id);
    const body = { id, url: links.url, embedUrl: links.embedUrl, exports: links.exports, slides: spec.slides.length };
    return Response.json(body, { status: 201, headers: { Location: links.url } });
  });
}
