import { describe, expect, it } from 'vitest';
import { MAX_CONVERSATION_ID_CHARS, MAX_CONVERSATION_TITLE_CHARS, MAX_LISTED_CONVERSATIONS, MIN_CONVERSATION_ID_CHARS } from '@/lib/limits';
import type { GlimpseUIMessage } from '@/lib/llm/chat-message';
import { describeEachStore } from '@/lib/testing/stores';
import { conversationTitle, deleteConversation, isConversationId, listConversations, loadConversation, loadSharedConversation, newId, saveConversation } from './conversations';

const ask = (text: string, id = newId()): GlimpseUIMessage => ({ id, role: 'user', parts: [{ type: 'text', text }] });
const owner = () => `anon:${newId()}`;

describeEachStore('conversations', (current) => {
  it('saves, reloads and keeps the share id across updates', async () => {
    const id = newId();
    const alice = owner();
    expect(await saveConversation(id, alice, [ask('compare the populations\nCity,Population')], 1000)).toBe(true);
    const first = await loadConversation(id, alice);
    expect(first?.title).toBe('compare the populations');
    expect(first?.messages).toHaveLength(1);
    expect(isConversationId(first!.shareId)).toBe(true);
    expect(first!.shareId).not.toBe(id);

    expect(await saveConversation(id, alice, [...first!.messages, { id: 'answer', role: 'assistant', parts: [{ type: 'text', text: 'Here is a chart.' }] }], 2000)).toBe(true);
    const second = await loadConversation(id, alice);
    expect(second?.messages.map((message) => message.role)).toEqual(['user', 'assistant']);
    expect(second?.shareId).toBe(first!.shareId);
    expect(second?.createdAt).toBe(1000);
    expect(second?.updatedAt).toBe(2000);
    expect((await loadSharedConversation(first!.shareId))?.id).toBe(id);
    expect(await loadSharedConversation(id)).toBeUndefined();
  });

  it('lists newest first, at most MAX_LISTED_CONVERSATIONS', async () => {
    const alice = owner();
    const ids: string[] = [];
    for (let index = 0; index < MAX_LISTED_CONVERSATIONS + 3; index++) {
      ids.push(newId());
      await saveConversation(ids[index]!, alice, [ask(`question ${index}`)], 10_000 + index);
    }
    const listed = await listConversations(alice);
    expect(listed).toHaveLength(MAX_LISTED_CONVERSATIONS);
    expect(listed[0]?.id).toBe(ids.at(-1));
    expect(listed.map((entry) => entry.id)).not.toContain(ids[0]);
    expect(await listConversations(alice, 2)).toHaveLength(2);
  });

  it('lists the later saved first when two were updated in the same millisecond', async () => {
    const alice = owner();
    const [older, newer] = [newId(), newId()];
    await saveConversation(older, alice, [ask('first')], 5000);
    await saveConversation(newer, alice, [ask('second')], 5000);
    expect((await listConversations(alice)).map((entry) => entry.id)).toEqual([newer, older]);
  });

  it('keeps any text: control characters, emoji, lone surrogates in the messages and the title', async () => {
    const alice = owner();
    const id = newId();
    const text = 'nul\u0000 tab\t 👩‍👩‍👧 \ud800 end';
    expect(await saveConversation(id, alice, [ask(text)])).toBe(true);
    const loaded = await loadConversation(id, alice);
    expect(loaded?.messages[0]?.parts).toEqual([{ type: 'text', text: JSON.parse(JSON.stringify(text)) }]);
    expect(loaded?.title.startsWith('nul')).toBe(true);
  });

  it('deletes', async () => {
    const id = newId();
    const alice = owner();
    await saveConversation(id, alice, [ask('to delete')]);
    expect(await deleteConversation(id, alice)).toBe(true);
    expect(await loadConversation(id, alice)).toBeUndefined();
    expect(await deleteConversation(id, alice)).toBe(false);
  });

  it("a conversation is its owner's: a stranger cannot list, load, overwrite or delete it", async () => {
    const id = newId();
    const [alice, mallory] = [owner(), owner()];
    await saveConversation(id, alice, [ask('mine')], 1000);
    expect((await listConversations(mallory)).map((entry) => entry.id)).not.toContain(id);
    expect((await listConversations(alice)).map((entry) => entry.id)).toContain(id);
    expect(await loadConversation(id, mallory)).toBeUndefined();
    // Saving under a taken id writes nothing: no takeover, no fork.
    expect(await saveConversation(id, mallory, [ask('overwritten')], 2000)).toBe(false);
    expect(await deleteConversation(id, mallory)).toBe(false);
    const kept = await loadConversation(id, alice);
    expect(kept?.messages.map((message) => message.parts)).toEqual([[{ type: 'text', text: 'mine' }]]);
    expect(kept?.updatedAt).toBe(1000);
    // The share link stays public.
    expect((await loadSharedConversation(kept!.shareId))?.id).toBe(id);
  });

  it('a row from before owners is reachable only through its share link', async () => {
    const id = newId();
    const shareId = newId();
    const question = ask('old');
    await current().insertOwnerless({ id, shareId, title: 'old', messages: JSON.stringify([question]), createdAt: 1, updatedAt: 1 });
    const anyone = owner();
    expect(await loadConversation(id, anyone)).toBeUndefined();
    expect((await listConversations(anyone)).map((entry) => entry.id)).not.toContain(id);
    expect(await saveConversation(id, anyone, [ask('claimed')])).toBe(false);
    expect(await deleteConversation(id, anyone)).toBe(false);
    expect((await loadSharedConversation(shareId))?.messages).toEqual([question]);
  });

});

describe('conversation titles and ids', () => {
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
