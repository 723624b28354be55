import { database } from '@/lib/store/db';
import { visualKinds } from '@/lib/spec/visual';
import { RENDERER_VERSION } from '@/lib/render/render';
import { renderService } from '@/lib/render/service';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** What the render workers hold: how many, how many drawing, how many admitted (drawing + waiting). */
function renderLoad() {
  try {
    const { threads, maxQueue, admitted, running } = renderService().pool.stats();
    return { status: 'ok' as const, workers: threads, maxQueue, admitted, running: running.length };
  } catch (error) {
    console.error('[glimpse] health: render workers', error);
    return { status: 'error' as const };
  }
}

export function GET(): Response {
  let storage: 'ok' | 'error' = 'ok';
  try {
    database().prepare('select 1').get();
  } catch (error) {
    console.error('[glimpse] health: storage', error);
    storage = 'error';
  }
  const render = renderLoad();
  const ok = storage === 'ok' && render.status === 'ok';
  return Response.json(
    { status: ok ? 'ok' : 'degraded', kinds: visualKinds, renderer: RENDERER_VERSION, storage, render },
    { status: ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
