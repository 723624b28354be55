import { admit } from '@/lib/http/guard';
import { registerDirectRoute } from '@/lib/http/direct-route';
import { decodeSpecParam, chooseOutput, readJsonBody } from '@/lib/http/request';
import { errorImageFormat, handle, respondWithRender } from '@/lib/http/respond';
import { MAX_API_QUEUE_WAIT_MS, MAX_BODY_BYTES } from '@/lib/limits';
import { renderService } from '@/lib/render/service';
import { parseSpec } from '@/lib/spec/visual';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * POST a spec as JSON → the image (format from ?format= or Accept). A program that can retry:
 * while the render queue is over MAX_API_QUEUE_WAIT_MS deep it gets 503 + Retry-After at once.
 */
export async function POST(request: Request): Promise<Response> {
  return handle(async () => {
    await admit(request, 'api');
    const output = chooseOutput(request);
    const spec = parseSpec(await readJsonBody(request));
    return respondWithRender(request, spec, output, 'revalidate', renderService(), { maxQueueWaitMs: MAX_API_QUEUE_WAIT_MS });
  });
}

// scripts/server.mjs answers later POSTs with this same handler, without Next's routing (lib/http/direct-route.ts).
registerDirectRoute('POST', '/api/render', { handler: POST, maxBodyBytes: MAX_BODY_BYTES });

/** GET ?spec=<base64url JSON> → the image; embeddable in <img> and Markdown. Errors come back as images. */
export async function GET(request: Request): Promise<Response> {
  return handle(
    async () => {
      await admit(request, 'signed-url');
      const output = chooseOutput(request);
      const spec = parseSpec(decodeSpecParam(new URL(request.url).searchParams.get('spec')));
      return respondWithRender(request, spec, output, 'immutable');
    },
    () => errorImageFormat(request),
  );
}
