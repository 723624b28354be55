import { afterEach, describe, expect, it } from 'vitest';
import { COST_CASES } from '@/lib/testing/cost-requests';
import { costStub, firstInput, measureCase, type Flavour } from '@/lib/testing/cost-run';
import type { OpenAIStub } from '@/lib/testing/openai-stub';
import { VALID_CHART } from '@/lib/testing/recorded-replies';
import { inputTokens } from '@/lib/testing/token-count';
import { plan } from './plan';

/** Issue 19's targets, in o200k tokens of what the provider code sent (token counts are deterministic: no timing here). */
const NEW_VISUAL_MAX_INPUT = 4000;
const EDIT_MAX_INPUT = 1500;
const MIN_CACHEABLE_SHARE = 0.8;

describe.each<Flavour>(['openai-compatible', 'openai'])('cost per visual, %s provider code → stub', (flavour) => {
  it.each(COST_CASES.filter((testCase) => testCase.group === 'new').map((testCase) => [testCase.name, testCase] as const))(
    `%s: ≤ ${NEW_VISUAL_MAX_INPUT} input tokens on a cache miss, ≥ ${MIN_CACHEABLE_SHARE * 100}% of the next one of the kind in a shared prefix`,
    async (_name, testCase) => {
      const cost = await measureCase(flavour, testCase);
      expect(cost.result?.planner).toBe('model');
      expect(cost.calls).toHaveLength(1);
      expect(firstInput(cost)).toBeLessThanOrEqual(NEW_VISUAL_MAX_INPUT);
      expect(cost.again, 'a second request of the kind was measured').toBeDefined();
      expect(cost.again!.cached / cost.again!.input).toBeGreaterThanOrEqual(MIN_CACHEABLE_SHARE);
    },
  );

  it.each(COST_CASES.filter((testCase) => testCase.group === 'edit').map((testCase) => [testCase.name, testCase] as const))(`%s: one call of ≤ ${EDIT_MAX_INPUT} input tokens, answered as a patch`, async (_name, testCase) => {
    const cost = await measureCase(flavour, testCase);
    expect(cost.calls).toHaveLength(1);
    expect(firstInput(cost)).toBeLessThanOrEqual(EDIT_MAX_INPUT);
    expect(cost.result?.patch?.length).toBeGreaterThan(0);
  });

  it('a repair round costs less than the first call and asks for the fix only', async () => {
    const testCase = COST_CASES.find((candidate) => candidate.group === 'repair')!;
    const cost = await measureCase(flavour, testCase);
    expect(cost.result).toMatchObject({ planner: 'model', repairs: 1 });
    expect(cost.calls).toHaveLength(2);
    expect(cost.calls[1]!.input).toBeLessThan(cost.calls[0]!.input);
    expect(cost.calls[1]!.output).toBeLessThan(cost.calls[0]!.output);
  });
});

describe('the kind prompts are routed right for every representative request', () => {
  it.each(COST_CASES.map((testCase) => [testCase.name, testCase] as const))('%s', async (_name, testCase) => {
    const cost = await measureCase('openai-compatible', testCase);
    const reply = JSON.parse(testCase.replies[0]?.content ?? '{}') as { kind?: string };
    const previous = testCase.request.previousSpec as { kind?: string } | undefined;
    expect(cost.result?.spec.kind).toBe(previous?.kind ?? reply.kind);
  });
});

describe('cached tokens reach the usage plan() returns', () => {
  let stub: OpenAIStub | undefined;
  afterEach(async () => {
    await stub?.close();
    stub = undefined;
  });

  it('the provider reports prompt_tokens_details.cached_tokens; usage.cachedInputTokens carries it', async () => {
    const harness = await costStub('openai-compatible');
    stub = harness.stub;
    harness.next([{ content: VALID_CHART }]);
    const first = await plan({ prompt: 'population by city', data: 'City,Population\nTaipei,2494000\nTaichung,2861000' }, { model: harness.model, maxRetries: 0 });
    const second = await plan({ prompt: 'rainfall by month', data: 'Month,mm\nJan,80\nFeb,60' }, { model: harness.model, maxRetries: 0 });
    expect(first.usage).toMatchObject({ inputTokens: inputTokens(stub.requests[0]!) });
    expect(first.usage?.cachedInputTokens).toBeUndefined();
    expect(second.usage?.inputTokens).toBe(inputTokens(stub.requests[1]!));
    expect(second.usage?.cachedInputTokens).toBeGreaterThan(MIN_CACHEABLE_SHARE * second.usage!.inputTokens!);
  });
});
