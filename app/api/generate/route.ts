import { fromZodError, GlimpseError, httpStatus, toGlimpseError } from '@/lib/errors';
import { admit } from '@/lib/http/guard';
import { readJsonBody } from '@/lib/http/request';
import { describe, handle } from '@/lib/http/respond';
import { dataText, generateRequestSchema, type GenerateRequest } from '@/lib/llm/generate-request';
import { plan, type PlanResult } from '@/lib/llm/plan';
import { critiqueWith } from '@/lib/render/critique';
import { renderService } from '@/lib/render/service';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

async function planAndDescribe(request: Request, body: GenerateRequest, onPartial?: (partial: unknown) => void) {
  const result: PlanResult = await plan({ prompt: body.prompt, kind: body.kind, data: dataText(body.data), previousSpec: body.previousSpec, mode: body.mode }, { onPartial, askRouter: true, critique: critiqueWith(renderService(), request.signal) });
  const described = await describe(request, result.spec, 1);
  const patch = result.patch ? { patch: result.patch } : {};
  return { ...described, spec: result.spec, planner: result.planner, model: result.model, usage: result.usage, repairs: result.repairs, notes: result.notes, fallback: result.fallback, ...patch };
}

/**
 * POST { prompt, kind?, data?, previousSpec?, mode?, stream? } → { spec, url, urls, alt, width, height, planner, …, patch? }.
 * With stream: true, Server-Sent Events: `partial` (spec so far), then `result` or `error`.
 */
export async function POST(request: Request): Promise<Response> {
  return handle(async () => {
    await admit(request, 'api-model');
    const parsed = generateRequestSchema.safeParse(await readJsonBody(request));
    if (!parsed.success) throw fromZodError(parsed.error, 'invalid_request');
    const body = parsed.data;
    if (!body.stream) return Response.json(await planAndDescribe(request, body), { headers: { 'Cache-Control': 'no-store' } });
    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        const send = (event: string, data: unknown) => controller.enqueue(encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`));
        try {
          send('result', await planAndDescribe(request, body, (partial) => send('partial', partial)));
        } catch (error) {
          const glimpseError = toGlimpseError(error);
          if (httpStatus(glimpseError.code) >= 500 && !(error instanceof GlimpseError)) console.error('[glimpse] generate', error);
          send('error', { ...glimpseError.toJSON(), status: httpStatus(glimpseError.code) });
        } finally {
          controller.close();
        }
      },
    });
    return new Response(stream, { headers: { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive', 'X-Accel-Buffering': 'no' } });
  });
}
