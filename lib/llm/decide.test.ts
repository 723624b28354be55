import { afterEach, describe, expect, it } from 'vitest';
import { env } from '@/lib/env';
import { startOpenAIStub, type OpenAIStub, type StubReply } from '@/lib/testing/openai-stub';
import { VALID_INFOGRAPHIC } from '@/lib/testing/recorded-replies';
import { MAX_TEXT_REPLY_CHARS } from '@/lib/limits';
import { targets } from '@/lib/targets/registry';
import { decide, DECIDE_SYSTEM, FOLLOW_UP_SYSTEM, type ShownVisual } from './decide';
import { configuredModel } from './providers';

let stub: OpenAIStub | undefined;
afterEach(async () => {
  await stub?.close();
  stub = undefined;
});

async function decideWith(reply: StubReply, prompt = 'hi there', shown?: ShownVisual) {
  stub = await startOpenAIStub(() => reply);
  const model = configuredModel({ ...env, GLIMPSE_MODEL: 'openai-compatible:stub-model', OPENAI_BASE_URL: stub.url, OPENAI_API_KEY: 'test-key' })!;
  return decide(prompt, model, { maxRetries: 0, timeoutMs: 2000 }, shown);
}

describe('decide: a picture or words (real provider code, local stub)', () => {
  it('words when the model says text, with its reply; the router prompt and a JSON schema are sent', async () => {
    const decision = await decideWith({ content: JSON.stringify({ answer: 'text', reply: 'Hello! Ask me for a chart.' }) });
    expect(decision).toEqual({ draw: false, reply: 'Hello! Ask me for a chart.' });
    const request = stub!.requests[0] as unknown as { messages: { role: string; content: unknown }[]; response_format?: { type: string } };
    expect(JSON.stringify(request.messages[0]?.content)).toContain('router of Glimpse');
    expect(request.response_format?.type).toBe('json_schema');
    expect(DECIDE_SYSTEM).toContain('Answer with the JSON object only');
  });

  it('a reply of exactly MAX_TEXT_REPLY_CHARS is still words', async () => {
    expect((await decideWith({ content: JSON.stringify({ answer: 'text', reply: 'y'.repeat(MAX_TEXT_REPLY_CHARS) }) })).draw).toBe(false);
  });

  it('a picture when the model says visual', async () => {
    expect((await decideWith({ content: JSON.stringify({ answer: 'visual' }) })).draw).toBe(true);
  });

  it('names the kind it would draw, one of the registry\'s; an unknown kind is no decision (it draws anyway)', async () => {
    expect(await decideWith({ content: JSON.stringify({ answer: 'visual', kind: 'whiteboard' }) }, 'how does OAuth work?')).toEqual({ draw: true, kind: 'whiteboard' });
    const system = String(stub!.requests[0]?.messages[0]?.content);
    for (const target of targets) expect(system).toContain(`→ "${target.kind}"`);
    const format = stub!.requests[0]?.response_format?.json_schema as { schema: { properties: { kind: { enum: string[] } } } };
    expect(format.schema.properties.kind.enum).toEqual(targets.map((target) => target.kind));
    expect(await decideWith({ content: JSON.stringify({ answer: 'visual', kind: 'poster' }) })).toMatchObject({ draw: true, reason: 'no clear decision' });
  });

  it('draws on anything unclear: text without a reply, a reply over the limit, a spec, an error', async () => {
    expect((await decideWith({ content: JSON.stringify({ answer: 'text' }) })).draw).toBe(true);
    expect((await decideWith({ content: JSON.stringify({ answer: 'text', reply: 'x'.repeat(MAX_TEXT_REPLY_CHARS + 1) }) })).draw).toBe(true);
    expect((await decideWith({ content: VALID_INFOGRAPHIC })).draw).toBe(true);
    expect((await decideWith({ status: 429, errorMessage: 'Rate limit reached' })).draw).toBe(true);
  });
});

describe('decide with a visual shown: edit it, a new one, or words (real provider code, local stub)', () => {
  const shown: ShownVisual = { kind: 'chart', title: 'Population of the five largest cities in Taiwan' };

  it('edit: the router is told the kind and title (not the spec) and asked for edit | new | text', async () => {
    expect(await decideWith({ content: JSON.stringify({ answer: 'edit' }) }, 'the title should be shorter', shown)).toEqual({ draw: true, edit: true });
    const request = stub!.requests[0]!;
    expect(JSON.stringify(request.messages[0]?.content)).toContain('already shows a visual');
    expect(request.messages[1]?.content).toBe('Shown: chart “Population of the five largest cities in Taiwan”\nMessage: the title should be shorter');
    const format = request.response_format?.json_schema as { name: string; schema: { properties: { answer: { enum: string[] } } } };
    expect(format.name).toBe('follow_up');
    expect(format.schema.properties.answer.enum).toEqual(['edit', 'new', 'text']);
    expect(FOLLOW_UP_SYSTEM).toContain('Answer with the JSON object only');
  });

  it('new, with the kind it names; words, with the reply', async () => {
    expect(await decideWith({ content: JSON.stringify({ answer: 'new', kind: 'slides' }) }, 'now a deck about our launch', shown)).toEqual({ draw: true, edit: false, kind: 'slides' });
    expect(await decideWith({ content: JSON.stringify({ answer: 'new' }) }, 'something else', shown)).toEqual({ draw: true, edit: false });
    expect(await decideWith({ content: JSON.stringify({ answer: 'text', reply: 'New Taipei is the largest.' }) }, 'which is the largest?', shown)).toEqual({ draw: false, reply: 'New Taipei is the largest.' });
  });

  it('anything unclear is no decision (a reason, so the chat\'s rules decide): garbage, the wrong shape, words without a reply, an error', async () => {
    for (const reply of [{ content: 'Sure, I can help with that!' }, { content: JSON.stringify({ answer: 'visual' }) }, { content: JSON.stringify({ answer: 'text' }) }, { content: VALID_INFOGRAPHIC }, { status: 500, errorMessage: 'boom' }] satisfies StubReply[]) {
      const decision = await decideWith(reply, 'make it dark', shown);
      expect(decision, JSON.stringify(reply)).toMatchObject({ draw: true });
      expect('reason' in decision && decision.reason, JSON.stringify(reply)).toBeTruthy();
      expect('edit' in decision && decision.edit).toBeFalsy();
      await stub?.close();
      stub = undefined;
    }
  });
});
