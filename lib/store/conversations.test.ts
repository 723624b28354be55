import { describe, expect, it } from 'vitest';
import { MAX_CONVERSATION_ID_CHARS, MAX_CONVERSATION_TITLE_CHARS, MAX_LISTED_CONVERSATIONS, MIN_CONVERSATION_ID_CHARS } from '@/lib/limits';
import type { GlimpseUIMessage } from '@/lib/llm/chat-message';
import { database } from './db';
import { conversationTitle, deleteConversation, isConversationId, listConversations, loadConversation, loadSharedConversation, newId, saveConversation } from './conversations';

const ask = (text: string, id = newId()): GlimpseUIMessage => ({ id, role: 'user', parts: [{ type: 'text', text }] });
const owner = () => `anon:${newId()}`;

describe('conversations in SQLite', () => {
  it('saves, reloads and keeps the share id across updates', () => {
    const id = newId();
    const alice = owner();
    expect(saveConversation(id, alice, [ask('compare the populations\nCity,Population')], 1000)).toBe(true);
    const first = loadConversation(id, alice);
    expect(first?.title).toBe('compare the populations');
    expect(first?.messages).toHaveLength(1);
    expect(isConversationId(first!.shareId)).toBe(true);
    expect(first!.shareId).not.toBe(id);

    expect(saveConversation(id, alice, [...first!.messages, { id: 'answer', role: 'assistant', parts: [{ type: 'text', text: 'Here is a chart.' }] }], 2000)).toBe(true);
    const second = loadConversation(id, alice);
    expect(second?.messages.map((message) => message.role)).toEqual(['user', 'assistant']);
    expect(second?.shareId).toBe(first!.shareId);
    expect(second?.createdAt).toBe(1000);
    expect(second?.updatedAt).toBe(2000);
    expect(loadSharedConversation(first!.shareId)?.id).toBe(id);
    expect(loadSharedConversation(id)).toBeUndefined();
  });

  it('lists newest first, at most MAX_LISTED_CONVERSATIONS', () => {
    const alice = owner();
    const ids = Array.from({ length: MAX_LISTED_CONVERSATIONS + 3 }, (_, index) => {
      const id = newId();
      saveConversation(id, alice, [ask(`question ${index}`)], 10_000 + index);
      return id;
    });
    const listed = listConversations(alice);
    expect(listed).toHaveLength(MAX_LISTED_CONVERSATIONS);
    expect(listed[0]?.id).toBe(ids.at(-1));
    expect(listed.map((entry) => entry.id)).not.toContain(ids[0]);
    expect(listConversations(alice, 2)).toHaveLength(2);
  });

  it('deletes', () => {
    const id = newId();
    const alice = owner();
    saveConversation(id, alice, [ask('to delete')]);
    expect(deleteConversation(id, alice)).toBe(true);
    expect(loadConversation(id, alice)).toBeUndefined();
    expect(deleteConversation(id, alice)).toBe(false);
  });

  it("a conversation is its owner's: a stranger cannot list, load, overwrite or delete it", () => {
    const id = newId();
    const [alice, mallory] = [owner(), owner()];
    saveConversation(id, alice, [ask('mine')], 1000);
    expect(listConversations(mallory).map((entry) => entry.id)).not.toContain(id);
    expect(listConversations(alice).map((entry) => entry.id)).toContain(id);
    expect(loadConversation(id, mallory)).toBeUndefined();
    // Saving under a taken id writes nothing: no takeover, no fork.
    expect(saveConversation(id, mallory, [ask('overwritten')], 2000)).toBe(false);
    expect(deleteConversation(id, mallory)).toBe(false);
    const kept = loadConversation(id, alice);
    expect(kept?.messages.map((message) => message.parts)).toEqual([[{ type: 'text', text: 'mine' }]]);
    expect(kept?.updatedAt).toBe(1000);
    // The share link stays public.
    expect(loadSharedConversation(kept!.shareId)?.id).toBe(id);
  });

  it('a row from before owners is reachable only through its share link', () => {
    const id = newId();
    const shareId = newId();
    const question = ask('old');
    database()
      .prepare('insert into conversations (id, share_id, owner, title, messages, created_at, updated_at) values (?, ?, null, ?, ?, 1, 1)')
      .run(id, shareId, 'old', JSON.stringify([question]));
    const anyone = owner();
    expect(loadConversation(id, anyone)).toBeUndefined();
    expect(listConversations(anyone).map((entry) => entry.id)).not.toContain(id);
    expect(saveConversation(id, anyone, [ask('claimed')])).toBe(false);
    expect(deleteConversation(id, anyone)).toBe(false);
    expect(loadSharedConversation(shareId)?.messages).toEqual([question]);
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
