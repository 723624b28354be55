import { GlimpseError } from '@/lib/errors';
import { DECK_EXPORTS, loadDeck } from '@/lib/http/decks';
import { admit } from '@/lib/http/guard';
import { chooseOutput } from '@/lib/http/request';
import { handle, respondWithRender } from '@/lib/http/respond';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/decks/:id/export?format=pdf|pptx|zip (default pdf). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return handle(async () => {
    await admit(request, 'public');
    const output = chooseOutput(request, 'pdf');
    if (!(DECK_EXPORTS as readonly string[]).includes(output.format)) {
      const message = `format must be one of ${DECK_EXPORTS.join(', ')} (single slides: /i/<id>.png?slide=N)`;
      throw new GlimpseError('invalid_option', message, { issues: [{ path: ['format'], message }] });
    }
    return respondWithRender(request, await loadDeck(id), output, 'immutable');
  });
}
