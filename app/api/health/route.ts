import { visualKinds } from '@/lib/spec/visual';
import { eventLoopDelay } from '@/lib/http/event-loop';
import { redisLink } from '@/lib/redis/link';
import { RENDERER_VERSION } from '@/lib/render/render';
import { cacheTierName, renderService } from '@/lib/render/service';
import { configuredStoreKind, store } from '@/lib/store/store';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** What the render workers hold: how many, how many drawing, how many admitted (drawing + waiting). */
function renderLoad() {
  try {
    const { threads, maxQueue, admitted, running, expectedWaitMs } = renderService().pool.stats();
    return { status: 'ok' as const, workers: threads, maxQueue, admitted, running: running.length, expectedWaitMs };
  } catch (error) {
    console.error('[glimpse] health: render workers', error);
    return { status: 'error' as const };
  }
}

async function storage(): Promise<'ok' | 'error'> {
  try {
    await store().ping();
    return 'ok';
  } catch (error) {
    console.error('[glimpse] health: storage', error);
    return 'error';
  }
}

/**
 * Liveness for a load balancer. 503 when the store or the render workers fail (this node cannot do
 * its work); 200 while Redis is away (`redis: "unreachable"`): the node still serves everything,
 * with its own cache and rate limits, and shares again when Redis is back.
 */
export async function GET(): Promise<Response> {
  const link = redisLink();
  const [stored, redis] = await Promise.all([storage(), link ? link.reachable() : undefined]);
  const render = renderLoad();
  const ok = stored === 'ok' && render.status === 'ok';
  const body = {
    status: ok ? ('ok' as const) : ('degraded' as const),
    kinds: visualKinds,
    renderer: RENDERER_VERSION,
    store: configuredStoreKind(),
    storage: stored,
    cache: cacheTierName(renderService().cache),
    ...(redis === undefined ? {} : { redis: redis ? ('ok' as const) : ('unreachable' as const) }),
    render,
    eventLoop: eventLoopDelay(),
  };
  return Response.json(body, { status: ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
