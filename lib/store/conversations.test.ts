import { describe, expect, it } from 'vitest';
import { MAX_CONVERSATION_ID_CHARS, MAX_CONVERSATION_TITLE_CHARS, MAX_LISTED_CONVERSATIONS, MIN_CONVERSATION_ID_CHARS } from '@/lib/limits';
import type { GlimpseUIMessage } from '@/lib/llm/chat-message';
import { conversationTitle, deleteConversation, isConversationId, listConversations, loadConversation, loadSharedConversation, newId, saveConversation } from './conversations';

const ask = (text: string, id = newId()): GlimpseUIMessage => ({ id, role: 'user', parts: [{ type: 'text', text }] });

describe('conversations in SQLite', () => {
  it('saves, reloads and keeps the share id across updates', () => {
    const id = newId();
    saveConversation(id, [ask('compare the populations\nCity,Population')], 1000);
    const first = loadConversation(id);
    expect(first?.title).toBe('compare the populations');
    expect(first?.messages).toHaveLength(1);
    expect(isConversationId(first!.shareId)).toBe(true);
    expect(first!.shareId).not.toBe(id);

    saveConversation(id, [...first!.messages, { id: 'answer', role: 'assistant', parts: [{ type: 'text', text: 'Here is a chart.' }] }], 2000);
    const second = loadConversation(id);
    expect(second?.messages.map((message) => message.role)).toEqual(['user', 'assistant']);
    expect(second?.shareId).toBe(first!.shareId);
    expect(second?.createdAt).toBe(1000);
    expect(second?.updatedAt).toBe(2000);
    expect(loadSharedConversation(first!.shareId)?.id).toBe(id);
    expect(loadSharedConversation(id)).toBeUndefined();
  });

  it('lists newest first, at most MAX_LISTED_CONVERSATIONS', () => {
    const ids = Array.from({ length: MAX_LISTED_CONVERSATIONS + 3 }, (_, index) => {
      const id = newId();
      saveConversation(id, [ask(`question ${index}`)], 10_000 + index);
      return id;
    });
    const listed = listConversations();
    expect(listed).toHaveLength(MAX_LISTED_CONVERSATIONS);
    expect(listed[0]?.id).toBe(ids.at(-1));
    expect(listed.map((entry) => entry.id)).not.toContain(ids[0]);
    expect(listConversations(2)).toHaveLength(2);
  });

  it('deletes', () => {
    const id = newId();
    saveConversation(id, [ask('to delete')]);
    expect(deleteConversation(id)).toBe(true);
    expect(loadConversation(id)).toBeUndefined();
    expect(deleteConversation(id)).toBe(false);
  });

  it('titles from the first line of the first question, cut at MAX_CONVERSATION_TITLE_CHARS', () => {
    expect(conversationTitle([])).toBe('New chat');
    expect(conversationTitle([ask('x'.repeat(MAX_CONVERSATION_TITLE_CHARS))])).toHaveLength(MAX_CONVERSATION_TITLE_CHARS);
    const long = conversationTitle([ask('y'.repeat(MAX_CONVERSATION_TITLE_CHARS + 1))]);
    expect(long).toHaveLength(MAX_CONVERSATION_TITLE_CHARS);
    expect(long.endsWith('…')).toBe(true);
  });

  it('titles from the first visual once there is one', () => {
    const answer: GlimpseUIMessage = {
      id: 'a1',
      role: 'assistant',
      parts: [{ type: 'tool-visual', toolCallId: 'v1', state: 'output-available', input: { prompt: 'x' }, output: { spec: { kind: 'chart', title: 'Populations' }, url: '', urls: {}, alt: '', width: 1, height: 1, planner: 'offline', notes: [] } }],
    };
    expect(conversationTitle([ask('compare the populations'), answer])).toBe('Populations');
  });

  it(`conversation and share ids are ${MIN_CONVERSATION_ID_CHARS}–${MAX_CONVERSATION_ID_CHARS} URL-safe characters`, () => {
    expect(isConversationId('c'.repeat(MIN_CONVERSATION_ID_CHARS))).toBe(true);
    expect(isConversationId('c'.repeat(MAX_CONVERSATION_ID_CHARS))).toBe(true);
    expect(isConversationId('c'.repeat(MIN_CONVERSATION_ID_CHARS - 1))).toBe(false);
    expect(isConversationId('c'.repeat(MAX_CONVERSATION_ID_CHARS + 1))).toBe(false);
    expect(isConversationId(`${'c'.repeat(MIN_CONVERSATION_ID_CHARS)}/`)).toBe(false);
    expect(isConversationId('../etc/passwd')).toBe(false);
    expect(isConversationId(newId())).toBe(true);
  });
});
