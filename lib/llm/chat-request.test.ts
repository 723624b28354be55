import { describe, expect, it } from 'vitest';
import { fromZodError, GlimpseError } from '@/lib/errors';
import { MAX_CHAT_MESSAGE_CHARS, MAX_CONVERSATION_MESSAGES } from '@/lib/limits';
import { itEnforcesEdges, type Edge } from '@/lib/testing/edges';
import type { GlimpseUIMessage } from './chat-message';
import { chatRequestSchema, conversationHistory, questionText } from './chat-request';

const message = (id: string, text = 'hello', role: 'user' | 'assistant' = 'user'): GlimpseUIMessage => ({ id, role, parts: [{ type: 'text', text }] });
const request = (text: string) => chatRequestSchema.parse({ id: 'conversation-1', message: message('q', text) });

function thrown(action: () => unknown): GlimpseError {
  try {
    action();
  } catch (error) {
    if (error instanceof GlimpseError) return error;
  }
  throw new Error('expected a GlimpseError');
}

describe('chat requests', () => {
  it('question text: MAX_CHAT_MESSAGE_CHARS passes, one more is 413 naming message.parts, blank is 400', () => {
    expect(questionText(request('x'.repeat(MAX_CHAT_MESSAGE_CHARS)))).toHaveLength(MAX_CHAT_MESSAGE_CHARS);
    const long = thrown(() => questionText(request('x'.repeat(MAX_CHAT_MESSAGE_CHARS + 1))));
    expect(long.code).toBe('too_large');
    expect(long.issues[0]?.path).toEqual(['message', 'parts']);
    expect(thrown(() => questionText(request('  \n '))).code).toBe('invalid_request');
  });

  it('the schema refuses extra fields (a client-side history, an unread trigger) and assistant messages', () => {
    expect(chatRequestSchema.safeParse({ id: 'conversation-1', message: message('q') }).success).toBe(true);
    expect(chatRequestSchema.safeParse({ id: 'conversation-1', message: message('q'), trigger: 'regenerate-message' }).success).toBe(false);
    expect(chatRequestSchema.safeParse({ id: 'conversation-1', message: message('q'), messages: [] }).success).toBe(false);
    expect(chatRequestSchema.safeParse({ id: 'conversation-1', message: message('q', 'hi', 'assistant') }).success).toBe(false);
  });

  it('history: a new question is appended; a resent or regenerated one replaces itself and what follows', () => {
    const stored = [message('q1'), message('a1', 'answer', 'assistant'), message('q2'), message('a2', 'answer', 'assistant')];
    expect(conversationHistory(stored, message('q3')).map((entry) => entry.id)).toEqual(['q1', 'a1', 'q2', 'a2', 'q3']);
    expect(conversationHistory(stored, message('q2', 'again')).map((entry) => entry.id)).toEqual(['q1', 'a1', 'q2']);
    expect(conversationHistory(stored, message('q1')).map((entry) => entry.id)).toEqual(['q1']);
    expect(conversationHistory([], message('q1'))).toHaveLength(1);
  });

  it('a conversation holds MAX_CONVERSATION_MESSAGES messages, answer included; past it is 413', () => {
    const full = (count: number) => Array.from({ length: count }, (_, index) => message(`m${index}`));
    expect(conversationHistory(full(MAX_CONVERSATION_MESSAGES - 2), message('q'))).toHaveLength(MAX_CONVERSATION_MESSAGES - 1);
    const error = thrown(() => conversationHistory(full(MAX_CONVERSATION_MESSAGES - 1), message('q')));
    expect(error.code).toBe('too_large');
    expect(error.issues[0]?.path).toEqual(['message']);
  });
});

/** As POST /api/chat parses its body. */
const parseChatRequest = (input: unknown) => {
  const parsed = chatRequestSchema.safeParse(input);
  if (!parsed.success) throw fromZodError(parsed.error, 'invalid_request');
  return parsed.data;
};
const body = (extra: Record<string, unknown>) => ({ id: 'conversation-1', message: message('q'), ...extra });

const chatEdges: Edge[] = [
  { limit: 'MIN_CONVERSATION_ID_CHARS', what: 'characters of conversation id', build: (length) => body({ id: 'c'.repeat(length) }), path: ['id'], code: 'invalid_request' },
  { limit: 'MAX_CONVERSATION_ID_CHARS', what: 'characters of conversation id', build: (length) => body({ id: 'c'.repeat(length) }), path: ['id'], code: 'invalid_request' },
  { limit: 'MAX_MESSAGE_ID_CHARS', what: 'characters of message id', build: (length) => body({ message: message('m'.repeat(length)) }), path: ['message', 'id'], code: 'invalid_request' },
  { limit: 'MAX_MESSAGE_PARTS', what: 'text parts', build: (count) => body({ message: { ...message('q'), parts: Array.from({ length: count }, () => ({ type: 'text', text: 'p' })) } }), path: ['message', 'parts'], code: 'invalid_request' },
];

describe('chat request limits at their edges', () => {
  itEnforcesEdges(chatEdges, parseChatRequest);
});
