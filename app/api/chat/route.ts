import { createUIMessageStream, createUIMessageStreamResponse } from 'ai';
import { fromZodError, reportError } from '@/lib/errors';
import { admit } from '@/lib/http/guard';
import { readJsonBody } from '@/lib/http/request';
import { conversationNotFound } from '@/lib/http/conversations';
import { ownerKey, ownerOf } from '@/lib/http/owner';
import { handle } from '@/lib/http/respond';
import { visualOutput } from '@/lib/http/visual-output';
import { lastVisual, replaceVisual, type GlimpseUIMessage, type VisualUpdate } from '@/lib/llm/chat-message';
import { chatRequestSchema, conversationHistory, questionText } from '@/lib/llm/chat-request';
import { asksRouter, caption, editsShown, nothingToDraw } from '@/lib/llm/chat-turn';
import { decide, type Decision } from '@/lib/llm/decide';
import { versionsOf, withVersion } from '@/lib/llm/visual-versions';
import { plan } from '@/lib/llm/plan';
import { critiqueWith } from '@/lib/render/critique';
import { renderService } from '@/lib/render/service';
import { configuredModel } from '@/lib/llm/providers';
import { loadConversation, saveConversation } from '@/lib/store/conversations';
import type { VisualKind } from '@/lib/targets/registry';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * Streaming chat (AI SDK UI message stream): an answer is a visual, a typed tool part, with a
 * short caption, or words. A follow-up that edits the visual in the conversation adds a version to
 * that visual's card (visual-versions.ts) and answers with a caption and a note naming the version.
 * The conversation is stored (SQLite or PostgreSQL) before and after the answer, under the asker's owner id: an id that
 * exists but is someone else's is 404 (nothing appended, no fork).
 */
export async function POST(request: Request): Promise<Response> {
  return handle(async () => {
    const owner = ownerOf(request);
    await admit(request, 'chat');
    const parsed = chatRequestSchema.safeParse(await readJsonBody(request));
    if (!parsed.success) throw fromZodError(parsed.error, 'invalid_request');
    const body = parsed.data;
    const prompt = questionText(body);
    if (!owner) throw conversationNotFound(body.id);
    const key = ownerKey(owner);
    const stored = (await loadConversation(body.id, key))?.messages ?? [];
    const messages = conversationHistory(stored, body.message as GlimpseUIMessage);
    // The visual a follow-up may edit: the conversation's last one, at the version its card shows.
    const shown = lastVisual(messages.slice(0, -1));
    // Creates it, or writes only where this owner owns it: a stranger's (or an ownerless old) id is refused here.
    if (!(await saveConversation(body.id, key, messages))) throw conversationNotFound(body.id);

    // A new version of the visual in context, put in place when the answer is stored.
    let versioned: VisualUpdate | undefined;
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
        let progressed = '';
        try {
          // With a model, a first short call decides: words or a picture, and, with a visual shown,
          // whether the message edits it or asks for a new one (offline, or when it is unclear, the
          // words decide). A new picture's kind it names lets plan() send that kind's schema alone.
          const model = configuredModel();
          let decision: Decision | undefined;
          if (model && asksRouter({ model: true, kind: body.kind })) {
            decision = await decide(prompt, model, { signal: request.signal }, shown ? { kind: shown.output.spec.kind, title: shown.output.spec.title } : undefined);
            if (!decision.draw) {
              say(decision.reply);
              return;
            }
          }
          const editing = shown && editsShown({ shown: true, prompt, decision }) ? shown : undefined;
          const suggestedKind = decision?.draw && !editing ? decision.kind : undefined;
          // An edit goes as a JSON Patch against the shown version (plan's default mode).
          const result = await plan(
            { prompt, kind: body.kind, previousSpec: editing?.output.spec, suggestedKind },
            {
              signal: request.signal,
              critique: critiqueWith(renderService(), request.signal),
              onPartial: (partial) => {
                if (editing) return;
                open();
                const progress = partial as { kind?: string; title?: string };
                const key = `${progress.kind ?? ''}|${progress.title ?? ''}`;
                if (key === progressed) return;
                progressed = key;
                writer.write({ type: 'data-progress', id: toolCallId, data: { kind: progress.kind, title: progress.title }, transient: true });
              },
            },
          );
          if (result.hint && !body.kind && !opened && !editing) {
            say(nothingToDraw(result.hint));
            return;
          }
          if (editing) {
            const drawn = await visualOutput(request, result.spec, result);
            const output = withVersion(editing.output, drawn, { source: result.planner, as: result.planner === 'model' ? result.editedAs : undefined, prompt, at: Date.now() });
            versioned = { toolCallId: editing.toolCallId, output };
            const { versions, current } = versionsOf(output);
            const count = versions.length;
            writer.write({ type: 'data-visual', id: `${toolCallId}-visual`, data: versioned, transient: true });
            say(caption(result.spec, { version: current + 1, count }));
            writer.write({ type: 'data-version', id: `${toolCallId}-version`, data: { toolCallId: editing.toolCallId, version: current + 1, count, kind: output.spec.kind, title: output.spec.title, url: output.url } });
            return;
          }
          open();
          const output = await visualOutput(request, result.spec, result);
          writer.write({ type: 'tool-output-available', toolCallId, output });
          say(caption(result.spec));
        } catch (error) {
          open();
          writer.write({ type: 'tool-output-error', toolCallId, errorText: reportError(error).message });
        }
      },
      onFinish: ({ messages: finished }) => void saveConversation(body.id, key, versioned ? (replaceVisual(finished, versioned.toolCallId, versioned.output) ?? finished) : finished).catch((error: unknown) => reportError(error)),
      onError: (error) => reportError(error).message,
    });
    return createUIMessageStreamResponse({ stream });
  });
}
