import { z } from 'zod';
import { GlimpseError } from '@/lib/errors';
import { MAX_CHAT_MESSAGE_CHARS, MAX_CONVERSATION_ID_CHARS, MAX_CONVERSATION_MESSAGES, MAX_MESSAGE_ID_CHARS, MAX_MESSAGE_PARTS, MIN_CONVERSATION_ID_CHARS } from '@/lib/limits';
import { visualKinds } from '@/lib/spec/visual';
import { CONVERSATION_ID } from '@/lib/store/conversations';
import type { VisualKind } from '@/lib/targets/registry';
import { messageText, type GlimpseUIMessage } from './chat-message';

/**
 * Body of POST /api/chat. The browser sends only the new question (AI SDK
 * `prepareSendMessagesRequest`); the history comes from SQLite, so a long conversation costs one
 * message per request and the server never trusts a client-side copy of earlier answers. A
 * regenerated question is the same message resent: its id says what it replaces (see
 * conversationHistory), so no trigger or answer id is needed.
 */
export const chatRequestSchema = z
  .object({
    id: z.string().regex(CONVERSATION_ID, `a URL-safe conversation id of ${MIN_CONVERSATION_ID_CHARS}–${MAX_CONVERSATION_ID_CHARS} characters`).describe('Conversation id'),
    message: z
      .object({
        id: z.string().min(1).max(MAX_MESSAGE_ID_CHARS),
        role: z.literal('user'),
        parts: z.array(z.object({ type: z.literal('text'), text: z.string() })).min(1).max(MAX_MESSAGE_PARTS),
        metadata: z.unknown().optional(),
      })
      .describe('The new question'),
    kind: z
      .enum(visualKinds as [VisualKind, ...VisualKind[]])
      .optional()
      .describe('Force a target instead of letting the planner choose'),
  })
  .strict();

export type ChatRequest = z.infer<typeof chatRequestSchema>;

/** The new question's text, checked against MAX_CHAT_MESSAGE_CHARS. */
export function questionText(request: ChatRequest): string {
  const text = messageText(request.message as GlimpseUIMessage).trim();
  if (!text || text.length > MAX_CHAT_MESSAGE_CHARS) {
    throw new GlimpseError(text ? 'too_large' : 'invalid_request', `message: needs 1–${MAX_CHAT_MESSAGE_CHARS} characters of text`, {
      issues: [{ path: ['message', 'parts'], message: text ? `longer than ${MAX_CHAT_MESSAGE_CHARS} characters` : 'empty' }],
    });
  }
  return text;
}

/**
 * The conversation this turn answers: the stored messages up to the question (a resent or
 * regenerated question replaces itself and everything after it), then the question.
 */
export function conversationHistory(stored: GlimpseUIMessage[], message: GlimpseUIMessage): GlimpseUIMessage[] {
  const index = stored.findIndex((candidate) => candidate.id === message.id);
  const history = [...(index >= 0 ? stored.slice(0, index) : stored), message];
  // Room for the answer too.
  if (history.length + 1 > MAX_CONVERSATION_MESSAGES) {
    throw new GlimpseError('too_large', `This conversation has reached ${MAX_CONVERSATION_MESSAGES} messages; start a new chat.`, {
      issues: [{ path: ['message'], message: `a conversation holds at most ${MAX_CONVERSATION_MESSAGES} messages` }],
    });
  }
  return history;
}
