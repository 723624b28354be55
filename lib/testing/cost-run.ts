import { env } from '@/lib/env';
import { callModel } from '@/lib/llm/call-model';
import { plan, type PlanResult } from '@/lib/llm/plan';
import { applySpecPatch, asPatchReply } from '@/lib/llm/patch';
import { configuredModel, type ConfiguredModel } from '@/lib/llm/providers';
import { repairPrompt, systemPrompt, userPrompt } from '@/lib/llm/prompts';
import { adaptSchema } from '@/lib/llm/quirks';
import { parseSpec, visualJsonSchema } from '@/lib/spec/visual';
import { targets } from '@/lib/targets/registry';
import { GlimpseError } from '@/lib/errors';
import type { CostCase } from './cost-requests';
import { startOpenAIStub, type ChatRequest, type OpenAIStub, type StubReply } from './openai-stub';
import { outputTokens, promptTokens, sharedPrefix } from './token-count';

/** One model call as the stub received it: o200k tokens in, shared with the call before, and out. */
export interface CallCost {
  input: number;
  cached: number;
  output: number;
}

export interface CaseCost {
  name: string;
  group: CostCase['group'];
  calls: CallCost[];
  result?: PlanResult;
  /** The second request of the same kind, sent right after the first. */
  again?: CallCost;
}

export type Flavour = 'openai-compatible' | 'openai';

/** A stub counting tokens and a model of the given provider pointed at it; `next` sets the replies for what follows. */
export async function costStub(flavour: Flavour) {
  let replies: StubReply[] = [];
  let call = 0;
  const stub = await startOpenAIStub(() => replies[Math.min(call++, replies.length - 1)] ?? { content: '' }, { countTokens: true });
  const model = configuredModel({ ...env, GLIMPSE_MODEL: `${flavour}:${flavour === 'openai' ? 'gpt-4o' : 'stub-model'}`, OPENAI_BASE_URL: stub.url, OPENAI_API_KEY: 'test-key' }) as ConfiguredModel;
  const next = (scripted: StubReply[]) => {
    replies = scripted;
    call = 0;
  };
  return { stub, model, next };
}

function costsSince(stub: OpenAIStub, from: number, before: ChatRequest | undefined): CallCost[] {
  let previous = before ? promptTokens(before) : [];
  return stub.requests.slice(from).map((request) => {
    const prompt = promptTokens(request);
    const cached = sharedPrefix(previous, prompt);
    previous = prompt;
    return { input: prompt.length, cached, output: 0 };
  });
}

/** Runs one case through plan() (the real provider code, over HTTP to the stub) and counts what was sent. */
export async function measureCase(flavour: Flavour, testCase: CostCase): Promise<CaseCost> {
  const { stub, model, next } = await costStub(flavour);
  try {
    next(testCase.replies);
    const result = await plan(testCase.request, { model, maxRetries: 0 });
    const calls = costsSince(stub, 0, undefined).map((cost, index) => ({ ...cost, output: outputTokens(testCase.replies[Math.min(index, testCase.replies.length - 1)]?.content ?? '') }));
    let again: CallCost | undefined;
    if (testCase.again) {
      const from = stub.requests.length;
      next(testCase.replies);
      await plan(testCase.again, { model, maxRetries: 0 });
      again = costsSince(stub, from, stub.requests[from - 1])[0];
    }
    return { name: testCase.name, group: testCase.group, calls, result, again };
  } finally {
    await stub.close();
  }
}

/**
 * The same case as the code before routing sent it (the bench's "today" column): every kind's
 * schema and example in the system prompt, the union's JSON Schema as the response format, the
 * whole spec asked for and sent back on edits, the whole spec again after a repair.
 */
export async function measureLegacyCase(flavour: Flavour, testCase: CostCase): Promise<CaseCost> {
  const { stub, model, next } = await costStub(flavour);
  try {
    const replies = legacyReplies(testCase);
    next(replies.map((content) => ({ content })));
    const schema = adaptSchema(visualJsonSchema(), model.quirks);
    const system = systemPrompt(targets);
    const messages: Parameters<typeof callModel>[2] = [{ role: 'user', content: userPrompt(testCase.request) }];
    for (const [index, reply] of replies.entries()) {
      await callModel(model, system, messages, schema, { maxRetries: 0 });
      if (index + 1 < replies.length) messages.push({ role: 'assistant', content: reply }, { role: 'user', content: repairPrompt(issuesOf(reply), undefined, 'spec') });
    }
    const calls = costsSince(stub, 0, undefined).map((cost, index) => ({ ...cost, output: outputTokens(replies[index] ?? '') }));
    return { name: testCase.name, group: testCase.group, calls };
  } finally {
    await stub.close();
  }
}

/** What a model answered before patches: whole specs (a patch reply becomes the spec it makes). */
function legacyReplies(testCase: CostCase): string[] {
  let current = testCase.request.previousSpec as Record<string, unknown> | undefined;
  return testCase.replies.map(({ content = '' }) => {
    const patch = asPatchReply(JSON.parse(content) as unknown);
    if (!patch) {
      current = JSON.parse(content) as Record<string, unknown>;
      return content;
    }
    const applied = current ? applySpecPatch(current, patch.patch) : undefined;
    if (!applied?.ok) throw new Error(`${testCase.name}: the recorded patch does not apply`);
    current = applied.document;
    return JSON.stringify(current);
  });
}

function issuesOf(reply: string) {
  try {
    parseSpec(JSON.parse(reply));
    return [];
  } catch (error) {
    if (error instanceof GlimpseError) return error.issues;
    throw error;
  }
}

export const totalInput = (cost: CaseCost) => cost.calls.reduce((sum, call) => sum + call.input, 0);
export const totalOutput = (cost: CaseCost) => cost.calls.reduce((sum, call) => sum + call.output, 0);
export const firstInput = (cost: CaseCost) => cost.calls[0]?.input ?? 0;
