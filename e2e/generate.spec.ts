import { expect, test, type APIRequestContext } from '@playwright/test';
import { MODEL_PORT } from '../playwright.config';
import { decodedImage, expectErrorBody } from './fixtures';

const TABLE = '| City | Population |\n|---|---|\n| New Taipei | 4,046,000 |\n| Taichung | 2,861,000 |\n| Kaohsiung | 2,724,000 |\n| Taipei | 2,494,000 |\n| Taoyuan | 2,330,000 |';
const MODEL_SERVER = `http://127.0.0.1:${MODEL_PORT}`;

interface Generated {
  spec: { kind: string; type?: string; title: string };
  url: string;
  alt: string;
  width: number;
  height: number;
  planner: string;
  model?: string;
  repairs: number;
}

/** Parses an SSE body into [event, data] pairs. */
function events(body: string): [string, unknown][] {
  return body
    .split('\n\n')
    .filter((block) => block.trim())
    .map((block) => {
      const event = /^event: (.*)$/m.exec(block)?.[1] ?? 'message';
      const data = /^data: (.*)$/m.exec(block)?.[1] ?? 'null';
      return [event, JSON.parse(data) as unknown];
    });
}

async function expectImage(request: APIRequestContext, generated: Generated) {
  const image = await decodedImage(await request.get(generated.url), 'png');
  expect([image.width, image.height]).toEqual([generated.width, generated.height]);
}

test.describe('POST /api/generate with the offline planner (no env)', () => {
  test('a pasted table becomes a downloadable chart', async ({ request }) => {
    const response = await request.post('/api/generate', { data: { prompt: 'compare the populations of the five largest cities in Taiwan', data: TABLE } });
    expect(response.status()).toBe(200);
    const generated = (await response.json()) as Generated;
    expect(generated).toMatchObject({ planner: 'offline', spec: { kind: 'chart', type: 'bar', title: 'Populations of the five largest cities in Taiwan' } });
    expect(generated.alt).toContain('New Taipei: 4,046,000');
    await expectImage(request, generated);
  });

  test('stream: true answers with Server-Sent Events ending in the result', async ({ request }) => {
    const response = await request.post('/api/generate', { data: { prompt: 'How to brew tea\n1. Boil water\n2. Steep\n3. Pour', stream: true } });
    expect(response.headers()['content-type']).toContain('text/event-stream');
    const list = events(await response.text());
    expect(list.at(-1)?.[0]).toBe('result');
    expect((list.at(-1)?.[1] as Generated).spec.kind).toBe('infographic');
  });

  test('bad requests are 400 naming the field', async ({ request }) => {
    await expectErrorBody(await request.post('/api/generate', { data: { prompt: '' } }), 400, 'invalid_request', ['prompt']);
    await expectErrorBody(await request.post('/api/generate', { data: { prompt: 'x', kind: 'poster' } }), 400, 'invalid_request', ['kind']);
    await expectErrorBody(await request.post('/api/generate', { data: { prompt: 'feelings', kind: 'chart' } }), 400, 'invalid_option', ['data']);
  });
});

test.describe('POST /api/generate with GLIMPSE_MODEL=openai-compatible (stub server, real provider code)', () => {
  test('a prompt becomes a rendered visual', async ({ request }) => {
    const response = await request.post(`${MODEL_SERVER}/api/generate`, { data: { prompt: 'Population of Taiwan cities [stub:chart]' } });
    expect(response.status()).toBe(200);
    const generated = (await response.json()) as Generated;
    expect(generated).toMatchObject({ planner: 'model', model: 'openai-compatible:stub-model', repairs: 0, spec: { kind: 'chart' } });
    await expectImage(request, generated);
  });

  test('an invalid reply is repaired', async ({ request }) => {
    const generated = (await (await request.post(`${MODEL_SERVER}/api/generate`, { data: { prompt: 'Deploy checklist [stub:repair]' } })).json()) as Generated;
    expect(generated).toMatchObject({ planner: 'model', repairs: 1 });
  });

  test('streaming sends partial specs, then the result', async ({ request }) => {
    const response = await request.post(`${MODEL_SERVER}/api/generate`, { data: { prompt: 'Population [stub:chart]', stream: true } });
    const list = events(await response.text());
    const partials = list.filter(([event]) => event === 'partial');
    expect(partials.length).toBeGreaterThan(3);
    expect(list.at(-1)?.[0]).toBe('result');
  });

  test('an edit is a JSON Patch: the answer carries the patch it applied; a patch that does not apply falls back to the whole spec', async ({ request }) => {
    const first = (await (await request.post(`${MODEL_SERVER}/api/generate`, { data: { prompt: 'Population of Taiwan cities [stub:chart]' } })).json()) as Generated & { spec: Record<string, unknown> };
    const response = await request.post(`${MODEL_SERVER}/api/generate`, { data: { prompt: 'make it dark', previousSpec: first.spec, mode: 'patch' } });
    expect(response.status()).toBe(200);
    const edited = (await response.json()) as Generated & { spec: { theme?: { mode?: string } }; patch?: unknown[] };
    expect(edited).toMatchObject({ planner: 'model', repairs: 0, spec: { kind: 'chart', theme: { mode: 'dark' } }, patch: [{ op: 'add', path: '/theme', value: { mode: 'dark' } }] });
    await expectImage(request, edited);
    const fallback = (await (await request.post(`${MODEL_SERVER}/api/generate`, { data: { prompt: 'make it dark [stub:badpatch] [stub:chart]', previousSpec: first.spec } })).json()) as Generated & { patch?: unknown[] };
    // The stub then answers the whole-spec request with its chart (light again): the patch is what changed.
    expect(fallback).toMatchObject({ planner: 'model', repairs: 1, spec: { kind: 'chart' } });
    expect(Array.isArray(fallback.patch)).toBe(true);
    await expectErrorBody(await request.post(`${MODEL_SERVER}/api/generate`, { data: { prompt: 'make it dark', mode: 'patch' } }), 400, 'invalid_request', ['mode']);
  });

  test('provider failures are clear: 429, refusal, timeout', async ({ request }) => {
    await expectErrorBody(await request.post(`${MODEL_SERVER}/api/generate`, { data: { prompt: 'x [stub:429]' } }), 429, 'provider_rate_limited');
    await expectErrorBody(await request.post(`${MODEL_SERVER}/api/generate`, { data: { prompt: 'x [stub:refuse]' } }), 422, 'model_refused');
    await expectErrorBody(await request.post(`${MODEL_SERVER}/api/generate`, { data: { prompt: 'x [stub:slow]' } }), 504, 'provider_timeout');
  });
});
