import { database } from '@/lib/store/db';
import { visualKinds } from '@/lib/spec/visual';
import { RENDERER_VERSION } from '@/lib/render/render';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export function GET(): Response {
  let storage: 'ok' | 'error' = 'ok';
  try {
    database().prepare('select 1').get();
  } catch (error) {
    console.error('[glimpse] health: storage', error);
    storage = 'error';
  }
  const ok = storage === 'ok';
  return Response.json(
    { status: ok ? 'ok' : 'degraded', kinds: visualKinds, renderer: RENDERER_VERSION, storage },
    { status: ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
