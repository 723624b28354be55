import { afterEach, describe, expect, it } from 'vitest';
import { env } from '@/lib/env';
import { layoutProblems } from '@/lib/render/critique';
import { render } from '@/lib/render/render';
import { startOpenAIStub, type OpenAIStub, type StubReply } from '@/lib/testing/openai-stub';
import { plan, type PlanOptions } from './plan';
import { configuredModel } from './providers';

let stub: OpenAIStub | undefined;
afterEach(async () => {
  await stub?.close();
  stub = undefined;
});

/** The real openai-compatible provider pointed at the stub; the critic draws with the real renderer. */
async function withStub(replies: StubReply[]) {
  stub = await startOpenAIStub((_request, call) => replies[Math.min(call, replies.length - 1)] ?? { content: '' });
  const model = configuredModel({ ...env, GLIMPSE_MODEL: 'openai-compatible:stub-model', OPENAI_BASE_URL: stub.url, OPENAI_API_KEY: 'test-key' });
  const options: PlanOptions = { model, maxRetries: 0, critique: (spec) => layoutProblems(spec, (page, renderOptions) => render(page, renderOptions)) };
  return { stub, options };
}

const WORD = 'Telekommunikationsüberwachungsverordnung';
/** Valid, but the word cannot fit its table column even at the smallest size: a text-overflow error. */
const OVERFLOWING = JSON.stringify({ kind: 'slides', title: 'Terms', slides: [{ layout: 'section', title: 'Terms' }, { layout: 'table', title: 'Terms', columns: ['A', 'B', 'C', 'D', 'E'], rows: [['1', WORD, '3', '4', '5']] }] });
const FIX = JSON.stringify({ patch: [{ op: 'replace', path: '/slides/1/rows/0/1', value: 'Telecom surveillance ordinance' }] });

describe('the repair loop sends the layout critic’s errors back, once', () => {
  it('a valid spec whose table text overflows is repaired from the error at its path', async () => {
    const { stub: server, options } = await withStub([{ content: OVERFLOWING }, { content: FIX }]);
    const result = await plan({ prompt: 'a deck of terms', kind: 'slides' }, options);
    expect(result).toMatchObject({ planner: 'model', repairs: 1, notes: [] });
    expect(result.spec.kind === 'slides' && result.spec.slides[1]).toMatchObject({ rows: [['1', 'Telecom surveillance ordinance', '3', '4', '5']] });
    const repair = String(server.requests[1]?.messages.at(-1)?.content);
    expect(repair).toContain('slides.1.rows.0.1: text-overflow:');
    expect(repair).toMatch(/JSON Patch/);
  });

  it('when the repair does not come, the drawable spec is kept (not the offline planner), with a note', async () => {
    const stray = JSON.stringify({ patch: [{ op: 'replace', path: '/slides/9/rows', value: [] }] });
    const { stub: server, options } = await withStub([{ content: OVERFLOWING }, { content: stray }]);
    const result = await plan({ prompt: 'a deck of terms', kind: 'slides' }, options);
    expect(result).toMatchObject({ planner: 'model', repairs: 0, notes: [expect.stringMatching(/layout problems remain.*slides\.1\.rows\.0\.1/)] });
    expect(result.fallback).toBeUndefined();
    expect(server.requests.length).toBeGreaterThan(1);
  });

  it('an embedded chart\'s findings are repaired like the slide\'s own: two annotation labels drawn over each other', async () => {
    const rules = (second: number) => [{ type: 'rule', value: 20, label: 'Target for the whole year' }, { type: 'rule', value: second, label: 'Stretch goal for the year' }];
    const colliding = JSON.stringify({ kind: 'slides', title: 'Sales', slides: [{ layout: 'section', title: 'Sales' }, { layout: 'embed', title: 'By region', visual: { kind: 'chart', type: 'bar', data: [{ label: 'North', value: 42 }, { label: 'South', value: 31 }], annotations: rules(21) } }] });
    const fix = JSON.stringify({ patch: [{ op: 'replace', path: '/slides/1/visual/annotations/1/value', value: 40 }] });
    const { stub: server, options } = await withStub([{ content: colliding }, { content: fix }]);
    const result = await plan({ prompt: 'sales by region', kind: 'slides' }, options);
    expect(result).toMatchObject({ planner: 'model', repairs: 1, notes: [] });
    expect(String(server.requests[1]?.messages.at(-1)?.content)).toContain('slides.1.visual.annotations.1.label: overlap:');
  });

  it('a spec the critic passes costs no extra call', async () => {
    const clean = OVERFLOWING.replace(WORD, 'Short');
    const { stub: server, options } = await withStub([{ content: clean }]);
    const result = await plan({ prompt: 'a deck of terms', kind: 'slides' }, options);
    expect(result.repairs).toBe(0);
    expect(server.requests).toHaveLength(1);
  });
});
