import { afterEach, describe, expect, it } from 'vitest';
import { env } from '@/lib/env';
import { rejectedGlimpseError } from '@/lib/testing/errors';
import { MAX_REPAIR_ATTEMPTS } from '@/lib/limits';
import { startOpenAIStub, type OpenAIStub, type StubReply } from '@/lib/testing/openai-stub';
import { FENCED_CHART, INVALID_SPEC, NUMBERS_AS_STRINGS, REFUSAL, TRUNCATED_CHART, VALID_CHART, VALID_INFOGRAPHIC } from '@/lib/testing/recorded-replies';
import { plan, type PlanOptions } from './plan';
import { configuredModel } from './providers';
import { infographicTarget } from '@/lib/targets/infographic';

let stub: OpenAIStub | undefined;
afterEach(async () => {
  await stub?.close();
  stub = undefined;
});

/** The real openai-compatible provider pointed at the stub, with scripted replies. */
async function withStub(replies: StubReply[], extra: PlanOptions = {}) {
  stub = await startOpenAIStub((_request, call) => replies[Math.min(call, replies.length - 1)] ?? { content: '' });
  const model = configuredModel({ ...env, GLIMPSE_MODEL: 'openai-compatible:stub-model', OPENAI_BASE_URL: stub.url, OPENAI_API_KEY: 'test-key' });
  return { stub, options: { model, maxRetries: 0, ...extra } satisfies PlanOptions };
}

const failure = rejectedGlimpseError;

describe('plan with a model (OpenAI-compatible wire protocol, local stub)', () => {
  it('turns a prompt into a valid spec, sending only the routed kind from the registry with its JSON schema', async () => {
    const { stub: server, options } = await withStub([{ content: VALID_INFOGRAPHIC }]);
    const result = await plan({ prompt: 'Why do teams adopt Glimpse?' }, options);
    expect(result).toMatchObject({ planner: 'model', model: 'openai-compatible:stub-model', repairs: 0, usage: { inputTokens: 1200, outputTokens: 300 } });
    expect(result.spec.kind).toBe('infographic');
    const request = server.requests[0];
    expect(request?.model).toBe('stub-model');
    const system = String(request?.messages[0]?.content ?? '');
    expect(system).toContain('## kind: "infographic"');
    expect(system).toContain(infographicTarget.description);
    expect(system).not.toContain('## kind: "chart"');
    expect(request?.response_format?.type).toBe('json_schema');
    const format = request?.response_format?.json_schema as { schema: { properties: { kind: unknown; sections: unknown } } };
    expect(format.schema.properties.kind).toEqual({ type: 'string', const: 'infographic' });
    expect(format.schema.properties.sections).toBeDefined();
  });

  it('a table is routed to the chart prompt and schema', async () => {
    const { stub: server, options } = await withStub([{ content: VALID_CHART }]);
    await plan({ prompt: 'compare the populations', data: 'City,Population\nTaipei,2494000\nTaichung,2861000' }, options);
    expect(String(server.requests[0]?.messages[0]?.content)).toContain('## kind: "chart"');
    expect(String(server.requests[0]?.messages[0]?.content)).not.toContain('## kind: "infographic"');
    const format = JSON.stringify((server.requests[0]?.response_format?.json_schema as { schema: unknown }).schema);
    expect(format).toContain('"kind":{"type":"string","const":"chart"}');
    expect(format).not.toContain('"const":"infographic"');
  });

  it('accepts a valid spec of another kind than the routed one (the model knows better)', async () => {
    const { options } = await withStub([{ content: VALID_CHART }]);
    expect((await plan({ prompt: 'Why do teams adopt Glimpse?' }, options)).spec.kind).toBe('chart');
  });

  it('streams partial specs, then the final one', async () => {
    const { options } = await withStub([{ content: VALID_CHART }]);
    const partials: unknown[] = [];
    const result = await plan({ prompt: 'Population of Taiwan cities' }, { ...options, onPartial: (partial) => partials.push(partial) });
    expect(result.spec).toMatchObject({ kind: 'chart', type: 'bar' });
    expect(partials.length).toBeGreaterThan(3);
    expect(partials.some((partial) => (partial as { title?: string }).title?.startsWith('Population'))).toBe(true);
  });

  it('accepts a fenced reply with chatter around it', async () => {
    const { options } = await withStub([{ content: FENCED_CHART }]);
    expect((await plan({ prompt: 'chart' }, options)).spec.kind).toBe('chart');
  });

  it('asks again when a reply is truncated (finish_reason length), so no data rows go missing', async () => {
    const { stub: server, options } = await withStub([{ content: TRUNCATED_CHART, finishReason: 'length' }, { content: VALID_CHART }]);
    const result = await plan({ prompt: 'chart' }, options);
    expect(result.repairs).toBe(1);
    expect(result.spec.kind === 'chart' && result.spec.data?.length).toBe(5);
    expect(String(server.requests[1]?.messages.at(-1)?.content)).toMatch(/cut off/);
  });

  it('keeps the closed truncated JSON when every reply is cut off, and says so', async () => {
    const { options } = await withStub([{ content: TRUNCATED_CHART, finishReason: 'length' }]);
    const result = await plan({ prompt: 'chart' }, options);
    expect(result.planner).toBe('model');
    expect(result.notes[0]).toMatch(/cut off/);
    expect(result.spec.kind).toBe('chart');
  });

  it('repairs an invalid spec by sending the zod issues back', async () => {
    const { stub: server, options } = await withStub([{ content: INVALID_SPEC }, { content: VALID_INFOGRAPHIC }]);
    const result = await plan({ prompt: 'deploy checklist' }, options);
    expect(result).toMatchObject({ planner: 'model', repairs: 1 });
    const repair = server.requests[1]?.messages.at(-1);
    expect(repair?.role).toBe('user');
    expect(String(repair?.content)).toContain('sections.0.items.0.value: Too big: expected number to be <=100');
  });

  it('coerces numbers written as strings without a repair round', async () => {
    const { options } = await withStub([{ content: NUMBERS_AS_STRINGS }]);
    const result = await plan({ prompt: 'signups' }, options);
    expect(result.repairs).toBe(0);
    expect(result.spec.kind === 'chart' && result.spec.data?.map((row) => row.value)).toEqual([120, 1340]);
  });

  it(`a spec that is valid on the last allowed repair (${MAX_REPAIR_ATTEMPTS}) is the model's`, async () => {
    const replies = [...Array.from({ length: MAX_REPAIR_ATTEMPTS }, () => ({ content: INVALID_SPEC })), { content: VALID_INFOGRAPHIC }];
    const { stub: server, options } = await withStub(replies);
    const result = await plan({ prompt: 'deploy checklist' }, options);
    expect(result).toMatchObject({ planner: 'model', repairs: MAX_REPAIR_ATTEMPTS });
    expect(server.requests).toHaveLength(MAX_REPAIR_ATTEMPTS + 1);
  });

  it(`falls back to the offline planner after ${MAX_REPAIR_ATTEMPTS} failed repairs, and says why`, async () => {
    const { stub: server, options } = await withStub([{ content: INVALID_SPEC }]);
    const result = await plan({ prompt: 'Launch plan\n- Build\n- Test\n- Ship' }, options);
    expect(server.requests).toHaveLength(MAX_REPAIR_ATTEMPTS + 1);
    expect(result.planner).toBe('offline');
    expect(result.fallback).toMatch(new RegExp(`no valid spec after ${MAX_REPAIR_ATTEMPTS + 1} tries .*value`));
    expect(result.spec.kind).toBe('infographic');
  });

  it('a refusal is a 422 model_refused carrying the model text', async () => {
    const { options } = await withStub([{ content: REFUSAL }]);
    const error = await failure(plan({ prompt: 'x' }, options));
    expect(error.code).toBe('model_refused');
    expect(error.message).toContain("can't help");
  });

  it('a 429 is provider_rate_limited with the provider reason', async () => {
    const { options } = await withStub([{ status: 429, errorMessage: 'Rate limit reached for requests' }]);
    const error = await failure(plan({ prompt: 'x' }, options));
    expect(error.code).toBe('provider_rate_limited');
    expect(error.message).toContain('Rate limit reached');
  });

  it('a 429 while streaming is provider_rate_limited too (not the SDK\'s "no output")', async () => {
    const { options } = await withStub([{ status: 429, errorMessage: 'Rate limit reached for requests' }]);
    const error = await failure(plan({ prompt: 'x' }, { ...options, onPartial: () => undefined }));
    expect(error.code).toBe('provider_rate_limited');
    expect(error.message).toContain('Rate limit reached');
  });

  it('a slow reply hits the timeout (provider_timeout), never a hang', async () => {
    const { options } = await withStub([{ content: VALID_CHART, delayMs: 3000 }], { timeoutMs: 300 });
    const started = Date.now();
    const error = await failure(plan({ prompt: 'x' }, options));
    expect(error.code).toBe('provider_timeout');
    expect(Date.now() - started).toBeLessThan(2500);
  });

  it('a bad key is provider_error with the reason', async () => {
    const { options } = await withStub([{ status: 401, errorMessage: 'Incorrect API key provided' }]);
    const error = await failure(plan({ prompt: 'x' }, options));
    expect(error.code).toBe('provider_error');
    expect(error.message).toMatch(/credentials \(401\).*Incorrect API key/);
  });

  it('a forced kind narrows the prompt to that target', async () => {
    const { stub: server, options } = await withStub([{ content: VALID_CHART }]);
    await plan({ prompt: 'x', kind: 'chart' }, options);
    const system = String(server.requests[0]?.messages[0]?.content ?? '');
    expect(system).toContain('## kind: "chart"');
    expect(system).not.toContain('## kind: "infographic"');
  });

  it('an edit sends the previous spec to the model', async () => {
    const { stub: server, options } = await withStub([{ content: VALID_CHART }]);
    await plan({ prompt: 'make it dark', previousSpec: JSON.parse(VALID_CHART) }, options);
    expect(String(server.requests[0]?.messages.at(-1)?.content)).toContain('Current spec (edit it):');
  });
});

describe('plan without a model', () => {
  it('uses the offline planner and says so', async () => {
    const result = await plan({ prompt: 'Sales\n- Q1: 10\n- Q2: 12' }, { model: null });
    expect(result).toMatchObject({ planner: 'offline', repairs: 0 });
  });
});
