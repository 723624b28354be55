import { createUIMessageStream, createUIMessageStreamResponse } from 'ai';
import { z } from 'zod';
import { fromZodError, GlimpseError, toGlimpseError } from '@/lib/errors';
import { readJsonBody } from '@/lib/http/request';
import { describe, handle } from '@/lib/http/respond';
import { lastSpec, messageText, type GlimpseUIMessage, type VisualOutput } from '@/lib/llm/chat-message';
import { plan } from '@/lib/llm/plan';
import { MAX_PROMPT_CHARS } from '@/lib/limits';
import { visualKinds } from '@/lib/spec/visual';
import type { VisualKind } from '@/lib/targets/registry';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const bodySchema = z.object({ messages: z.array(z.record(z.string(), z.unknown())).min(1).max(200), kind: z.enum(visualKinds as [VisualKind, ...VisualKind[]]).optional() }).passthrough();

/** Follow-ups that edit the previous visual rather than start a new one. */
const EDIT = /^(?:make|change|turn|use|add|remove|sort|rename|call|show it|as a|in (?:dark|light))\b|改|換|换|加上|新增|変え|바꿔/i;

/** Streaming chat: every answer is a visual (a typed tool part) with a short caption. */
export async function POST(request: Request): Promise<Response> {
  return handle(async () => {
    const parsed = bodySchema.safeParse(await readJsonBody(request));
    if (!parsed.success) throw fromZodError(parsed.error, 'invalid_request');
    const messages = parsed.data.messages as unknown as GlimpseUIMessage[];
    const last = messages.at(-1);
    const prompt = last ? messageText(last).trim() : '';
    if (!prompt || prompt.length > MAX_PROMPT_CHARS) {
      throw new GlimpseError('invalid_request', `messages: the last message needs 1–${MAX_PROMPT_CHARS} characters of text`, { issues: [{ path: ['messages', messages.length - 1], message: 'empty or too long' }] });
    }
    const previous = lastSpec(messages.slice(0, -1));
    const previousSpec = previous && EDIT.test(prompt) ? previous : undefined;
    const stream = createUIMessageStream<GlimpseUIMessage>({
      execute: async ({ writer }) => {
        const toolCallId = `visual-${Date.now().toString(36)}`;
        writer.write({ type: 'tool-input-start', toolCallId, toolName: 'visual' });
        writer.write({ type: 'tool-input-available', toolCallId, toolName: 'visual', input: { prompt, kind: parsed.data.kind } });
        let shown = '';
        try {
          const result = await plan(
            { prompt, kind: parsed.data.kind, previousSpec },
            {
              onPartial: (partial) => {
                const progress = partial as { kind?: string; title?: string };
                const key = `${progress.kind ?? ''}|${progress.title ?? ''}`;
                if (key === shown) return;
                shown = key;
                writer.write({ type: 'data-progress', id: toolCallId, data: { kind: progress.kind, title: progress.title }, transient: true });
              },
            },
          );
          const described = await describe(request, result.spec, 1);
          const output: VisualOutput = { ...described, spec: result.spec as VisualOutput['spec'], planner: result.planner, notes: result.notes, fallback: result.fallback };
          writer.write({ type: 'tool-output-available', toolCallId, output });
          const caption = `${previousSpec ? 'Updated' : 'Here is'} ${article(result.spec.kind)} ${result.spec.kind === 'slides' ? 'deck' : result.spec.kind}: “${result.spec.title}”.`;
          writer.write({ type: 'text-start', id: `${toolCallId}-caption` });
          writer.write({ type: 'text-delta', id: `${toolCallId}-caption`, delta: caption });
          writer.write({ type: 'text-end', id: `${toolCallId}-caption` });
        } catch (error) {
          const glimpseError = toGlimpseError(error);
          writer.write({ type: 'tool-output-error', toolCallId, errorText: glimpseError.message });
        }
      },
      onError: (error) => toGlimpseError(error).message,
    });
    return createUIMessageStreamResponse({ stream });
  });
}

const article = (kind: string) => (/^[aeiou]/.test(kind) ? 'an' : 'a');
