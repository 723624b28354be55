import { createUIMessageStream, createUIMessageStreamResponse } from 'ai';
import { fromZodError, reportError } from '@/lib/errors';
import { admit } from '@/lib/http/guard';
import { readJsonBody } from '@/lib/http/request';
import { conversationNotFound } from '@/lib/http/conversations';
import { ownerKey, ownerOf } from '@/lib/http/owner';
import { handle } from '@/lib/http/respond';
import { visualOutput } from '@/lib/http/visual-output';
import type { GlimpseUIMessage } from '@/lib/llm/chat-message';
import { chatRequestSchema, conversationHistory, questionText } from '@/lib/llm/chat-request';
import { asksRouter, caption, editTarget, nothingToDraw } from '@/lib/llm/chat-turn';
import { decide } from '@/lib/llm/decide';
import { plan } from '@/lib/llm/plan';
import { critiqueWith } from '@/lib/render/critique';
import { renderService } from '@/lib/render/service';
import { configuredModel } from '@/lib/llm/providers';
import { loadConversation, saveConversation } from '@/lib/store/conversations';
import type { VisualKind } from '@/lib/targets/registry';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * Streaming chat (AI SDK UI message stream): every answer is a visual, a typed tool part, with a
 * short caption. The conversation is stored in SQLite before and after the answer, under the
 * asker's owner id: an id that exists but is someone else's is 404 (nothing appended, no fork).
 */
export async function POST(request: Request): Promise<Response> {
  return handle(async () => {
    const owner = ownerOf(request);
    admit(request, 'chat');
    const parsed = chatRequestSchema.safeParse(await readJsonBody(request));
    if (!parsed.success) throw fromZodError(parsed.error, 'invalid_request');
    const body = parsed.data;
    const prompt = questionText(body);
    if (!owner) throw conversationNotFound(body.id);
    const key = ownerKey(owner);
    const stored = loadConversation(body.id, key)?.messages ?? [];
    const messages = conversationHistory(stored, body.message as GlimpseUIMessage);
    const previousSpec = editTarget(messages.slice(0, -1), prompt);
    // Creates it, or writes only where this owner owns it: a stranger's (or an ownerless old) id is refused here.
    if (!saveConversation(body.id, key, messages)) throw conversationNotFound(body.id);

    const stream = createUIMessageStream<GlimpseUIMessage>({
      originalMessages: messages,
      execute: async ({ writer }) => {
        writer.write({ type: 'start' });
        const toolCallId = `visual-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
        const say = (text: string) => {
          writer.write({ type: 'text-start', id: `${toolCallId}-text` });
          writer.write({ type: 'text-delta', id: `${toolCallId}-text`, delta: text });
          writer.write({ type: 'text-end', id: `${toolCallId}-text` });
        };
        // The visual part opens with the first sign of one (a partial spec, the result or an error),
        // so an answer with nothing to draw can be words only.
        let opened = false;
        const open = () => {
          if (opened) return;
          opened = true;
          writer.write({ type: 'tool-input-start', toolCallId, toolName: 'visual' });
          writer.write({ type: 'tool-input-available', toolCallId, toolName: 'visual', input: { prompt: prompt.slice(0, 200), kind: body.kind } });
        };
        let shown = '';
        try {
          // With a model, a first short call decides whether a picture helps (not for forced kinds or edits).
          // It also names the kind that shows the answer best, so plan() sends that kind's schema alone.
          const model = configuredModel();
          let suggestedKind: VisualKind | undefined;
          if (model && asksRouter({ model: true, kind: body.kind, editing: Boolean(previousSpec) })) {
            const decision = await decide(prompt, model, { signal: request.signal });
            if (!decision.draw) {
              say(decision.reply);
              return;
            }
            suggestedKind = decision.kind;
          }
          // An edit (previousSpec) goes as a JSON Patch against the last visual (plan's default mode).
          const result = await plan(
            { prompt, kind: body.kind, previousSpec, suggestedKind },
            {
              signal: request.signal,
              critique: critiqueWith(renderService(), request.signal),
              onPartial: (partial) => {
                open();
                const progress = partial as { kind?: string; title?: string };
                const key = `${progress.kind ?? ''}|${progress.title ?? ''}`;
                if (key === shown) return;
                shown = key;
                writer.write({ type: 'data-progress', id: toolCallId, data: { kind: progress.kind, title: progress.title }, transient: true });
              },
            },
          );
          if (result.hint && !body.kind && !opened) {
            say(nothingToDraw(result.hint));
            return;
          }
          open();
          const output = await visualOutput(request, result.spec, result);
          writer.write({ type: 'tool-output-available', toolCallId, output });
          say(caption(result.spec, Boolean(previousSpec)));
        } catch (error) {
          open();
          writer.write({ type: 'tool-output-error', toolCallId, errorText: reportError(error).message });
        }
      },
      onFinish: ({ messages: finished }) => void saveConversation(body.id, key, finished),
      onError: (error) => reportError(error).message,
    });
    return createUIMessageStreamResponse({ stream });
  });
}
