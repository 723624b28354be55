import { afterEach, describe, expect, it } from 'vitest';
import { env } from '@/lib/env';
import { startOpenAIStub, type ChatRequest, type OpenAIStub } from '@/lib/testing/openai-stub';
import { VALID_CHART, VALID_WHITEBOARD } from '@/lib/testing/recorded-replies';
import { plan } from './plan';
import { configuredModel } from './providers';

let stub: OpenAIStub | undefined;
afterEach(async () => {
  await stub?.close();
  stub = undefined;
});

const system = (request: ChatRequest | undefined) => String(request?.messages[0]?.content ?? '');

/** The router call answers with `decision`; the spec call with `spec`. */
async function withRouter(decision: unknown, spec: string) {
  stub = await startOpenAIStub((request) => ({ content: system(request).includes('router of Glimpse') ? JSON.stringify(decision) : spec }));
  return configuredModel({ ...env, GLIMPSE_MODEL: 'openai-compatible:stub-model', OPENAI_BASE_URL: stub.url, OPENAI_API_KEY: 'test-key' });
}

describe('askRouter: a short router call only where the rules can only guess', () => {
  it('an ambiguous prompt asks the router first, and its kind picks the prompt and schema; usage counts both calls', async () => {
    const model = await withRouter({ answer: 'visual', kind: 'whiteboard' }, VALID_WHITEBOARD);
    const result = await plan({ prompt: 'how does a request travel through our system?' }, { model, maxRetries: 0, askRouter: true });
    expect(stub!.requests).toHaveLength(2);
    expect(system(stub!.requests[0])).toContain('router of Glimpse');
    expect(system(stub!.requests[1])).toContain('## kind: "whiteboard"');
    expect(result).toMatchObject({ planner: 'model', spec: { kind: 'whiteboard' }, usage: { inputTokens: 2400, outputTokens: 600 } });
  });

  it('words or structure that name the kind skip the router', async () => {
    const model = await withRouter({ answer: 'visual', kind: 'slides' }, VALID_CHART);
    await plan({ prompt: 'a bar chart of city populations' }, { model, maxRetries: 0, askRouter: true });
    await plan({ prompt: 'populations', data: 'City,Population\nTaipei,2494000\nTaichung,2861000' }, { model, maxRetries: 0, askRouter: true });
    expect(stub!.requests).toHaveLength(2);
    expect(stub!.requests.every((request) => system(request).includes('## kind: "chart"'))).toBe(true);
  });

  it('a router that answers in words, or fails, leaves the rules\' guess (it still draws)', async () => {
    const model = await withRouter({ answer: 'text', reply: 'Hi!' }, VALID_CHART);
    const result = await plan({ prompt: 'revenue of the big three cloud providers' }, { model, maxRetries: 0, askRouter: true });
    expect(system(stub!.requests[1])).toContain('## kind: "chart"');
    expect(result.spec.kind).toBe('chart');
  });

  it('without askRouter (the default) there is one call', async () => {
    const model = await withRouter({ answer: 'visual', kind: 'whiteboard' }, VALID_CHART);
    await plan({ prompt: 'how does a request travel through our system?' }, { model, maxRetries: 0 });
    expect(stub!.requests).toHaveLength(1);
  });
});
