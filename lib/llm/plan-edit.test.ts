import { afterEach, describe, expect, it } from 'vitest';
import { env } from '@/lib/env';
import { startOpenAIStub, type ChatRequest, type OpenAIStub, type StubReply } from '@/lib/testing/openai-stub';
import { PATCH_BAD_TYPE, PATCH_DARK, PATCH_FIX_VALUE, PATCH_FIX_TYPE, PATCH_UNRESOLVABLE, INVALID_SPEC, VALID_CHART } from '@/lib/testing/recorded-replies';
import { plan, type PlanOptions } from './plan';
import { configuredModel } from './providers';

let stub: OpenAIStub | undefined;
afterEach(async () => {
  await stub?.close();
  stub = undefined;
});

async function withStub(replies: StubReply[]) {
  stub = await startOpenAIStub((_request, call) => replies[Math.min(call, replies.length - 1)] ?? { content: '' });
  const model = configuredModel({ ...env, GLIMPSE_MODEL: 'openai-compatible:stub-model', OPENAI_BASE_URL: stub.url, OPENAI_API_KEY: 'test-key' });
  return { stub, options: { model, maxRetries: 0 } satisfies PlanOptions };
}

const chart = () => JSON.parse(VALID_CHART) as Record<string, unknown>;
const formatName = (request: ChatRequest | undefined) => (request?.response_format?.json_schema as { name?: string } | undefined)?.name;
const text = (content: unknown) => (typeof content === 'string' ? content : JSON.stringify(content));
const lastMessage = (request: ChatRequest | undefined) => text(request?.messages.at(-1)?.content);

describe('edits as JSON Patches (real provider code, local stub)', () => {
  it('sends the current spec once, asks for a patch, applies it and answers the patch', async () => {
    const { stub: server, options } = await withStub([{ content: PATCH_DARK }]);
    const result = await plan({ prompt: 'make it dark', previousSpec: chart() }, options);
    expect(server.requests).toHaveLength(1);
    const request = server.requests[0];
    expect(formatName(request)).toBe('spec_patch');
    expect(text(request?.messages[0]?.content)).toContain('editor of Glimpse');
    expect(lastMessage(request)).toContain(`Current spec (edit it):\n${VALID_CHART}`);
    expect(lastMessage(request).split('New Taipei')).toHaveLength(2);
    expect(result).toMatchObject({ planner: 'model', repairs: 0, spec: { kind: 'chart', theme: { mode: 'dark' }, type: 'bar' }, patch: [{ op: 'add', path: '/theme', value: { mode: 'dark' } }], editedAs: 'patch' });
    expect(result.spec.kind === 'chart' && result.spec.data?.length).toBe(5);
  });

  it('a patch that does not apply → the whole spec is asked for, and used', async () => {
    const dark = JSON.stringify({ ...chart(), theme: { mode: 'dark' } });
    const { stub: server, options } = await withStub([{ content: PATCH_UNRESOLVABLE }, { content: dark }]);
    const result = await plan({ prompt: 'make it dark', previousSpec: chart() }, options);
    expect(server.requests).toHaveLength(2);
    expect(lastMessage(server.requests[1])).toMatch(/That patch does not apply: .*\/sections\/7\/title[\s\S]*complete JSON spec/);
    expect(formatName(server.requests[1])).toBe('visual_spec');
    expect(result).toMatchObject({ planner: 'model', repairs: 1, spec: { theme: { mode: 'dark' } }, patch: [{ op: 'add', path: '/theme', value: { mode: 'dark' } }], editedAs: 'spec' });
  });

  it('a patch that leaves an invalid spec → a repair round with only the issues, fixed by a patch', async () => {
    const { stub: server, options } = await withStub([{ content: PATCH_BAD_TYPE }, { content: PATCH_FIX_TYPE }]);
    const result = await plan({ prompt: 'make it a pyramid', previousSpec: chart() }, options);
    expect(server.requests).toHaveLength(2);
    const repair = lastMessage(server.requests[1]);
    expect(repair).toMatch(/^The spec after your patch is not valid:\n- type: /);
    expect(repair).not.toContain('New Taipei');
    expect(formatName(server.requests[1])).toBe('spec_patch');
    expect(result).toMatchObject({ planner: 'model', repairs: 1, spec: { type: 'line' } });
    expect(result.patch).toEqual([JSON.parse(PATCH_BAD_TYPE).patch[0], JSON.parse(PATCH_FIX_TYPE).patch[0]]);
    expect(result.editedAs).toBe('patch');
  });

  it('a new visual that needs a repair gets the issues and sends back only the fix', async () => {
    const { stub: server, options } = await withStub([{ content: INVALID_SPEC }, { content: PATCH_FIX_VALUE }]);
    const result = await plan({ prompt: 'Deploy checklist' }, options);
    expect(result).toMatchObject({ planner: 'model', repairs: 1, spec: { sections: [{ items: [{ value: 100 }] }] } });
    expect(result.patch).toBeUndefined();
    expect(lastMessage(server.requests[1])).toMatch(/sections\.0\.items\.0\.value: Too big[\s\S]*Reply with only the fix: a JSON Patch/);
    expect(formatName(server.requests[1])).toBe('spec_patch');
  });

  it('a cut-off patch is never half applied: the complete patch is asked for', async () => {
    const { stub: server, options } = await withStub([{ content: PATCH_DARK.slice(0, -12), finishReason: 'length' }, { content: PATCH_DARK }]);
    const result = await plan({ prompt: 'make it dark', previousSpec: chart() }, options);
    expect(lastMessage(server.requests[1])).toMatch(/cut off.*complete patch/);
    expect(result).toMatchObject({ repairs: 1, spec: { theme: { mode: 'dark' } } });
  });

  it('every patch failing ends in the offline planner, which still answers the edit as a patch', async () => {
    const { options } = await withStub([{ content: PATCH_UNRESOLVABLE }]);
    const result = await plan({ prompt: 'make it dark', previousSpec: chart() }, options);
    expect(result.planner).toBe('offline');
    expect(result.fallback).toMatch(/no valid spec after 3 tries/);
    expect(result.patch).toEqual([{ op: 'add', path: '/theme', value: { mode: 'dark' } }]);
  });

  it('mode "spec" asks for the whole spec with the planner prompt, and answers no patch', async () => {
    const { stub: server, options } = await withStub([{ content: VALID_CHART }]);
    const result = await plan({ prompt: 'make it dark', previousSpec: chart(), mode: 'spec' }, options);
    expect(formatName(server.requests[0])).toBe('visual_spec');
    expect(text(server.requests[0]?.messages[0]?.content)).toContain('planner of Glimpse');
    expect(lastMessage(server.requests[0])).toContain('Current spec (edit it):');
    expect(result.patch).toBeUndefined();
  });

  it('the offline planner answers an edit with the patch it made', async () => {
    const result = await plan({ prompt: 'make it dark', previousSpec: chart() }, { model: null });
    expect(result).toMatchObject({ planner: 'offline', spec: { theme: { mode: 'dark' } } });
    expect(result.patch?.some((operation) => operation.path.startsWith('/theme'))).toBe(true);
  });
});
