import { generateText, jsonSchema, NoObjectGeneratedError, Output, streamText, type ModelMessage } from 'ai';
import { z } from 'zod';
import { env } from '@/lib/env';
import { GlimpseError, type ErrorIssue } from '@/lib/errors';
import { MAX_REPAIR_ATTEMPTS } from '@/lib/limits';
import { parseSpec, targetFor, visualJsonSchema, type VisualSpec } from '@/lib/spec/visual';
import { targets, type VisualKind } from '@/lib/targets/registry';
import { coerceNumbers, salvageJson } from './json';
import { planOffline } from './offline';
import { providerError } from './provider-errors';
import { configuredModel, type ConfiguredModel } from './providers';
import { repairPrompt, systemPrompt, userPrompt } from './prompts';
import { adaptSchema } from './quirks';
import { deadline } from '@/lib/deadline';

export interface PlanRequest {
  prompt: string;
  kind?: VisualKind;
  /** Pasted data as text (CSV, TSV, Markdown or JSON). */
  data?: string;
  previousSpec?: unknown;
}

export interface PlanResult {
  spec: VisualSpec;
  planner: 'model' | 'offline';
  model?: string;
  usage?: { inputTokens?: number; outputTokens?: number };
  /** Repair rounds the model needed (0 = right the first time). */
  repairs: number;
  notes: string[];
  /** Why the offline planner answered instead of the configured model. */
  fallback?: string;
  /** The offline planner found nothing to lay out; this says what it can do (the spec is a hint card). */
  hint?: string;
}

export interface PlanOptions {
  /** The model to use; default from env. `null` forces the offline planner. */
  model?: ConfiguredModel | null;
  /** Partial specs as the model streams them (streaming mode). */
  onPartial?: (partial: unknown) => void;
  timeoutMs?: number;
  /** Aborts the model call (the client went away, or pressed stop). */
  signal?: AbortSignal;
  maxRetries?: number;
}

interface Reply {
  text: string;
  finishReason: string;
  usage: { inputTokens?: number; outputTokens?: number };
}

/** prompt (+ data, + spec to edit) → a valid spec: model with repair, else the offline planner. */
export async function plan(request: PlanRequest, options: PlanOptions = {}): Promise<PlanResult> {
  const model = options.model === undefined ? configuredModel() : (options.model ?? undefined);
  if (!model) return offline(request);
  const chosen = request.kind ? [targetFor(request.kind)] : [...targets];
  const schema = adaptSchema(request.kind ? (z.toJSONSchema(targetFor(request.kind).schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>) : visualJsonSchema(), model.quirks);
  const messages: ModelMessage[] = [{ role: 'user', content: userPrompt(request) }];
  const usage = { inputTokens: 0, outputTokens: 0 };
  let lastProblem = '';
  // A truncated reply that still validates is kept in reserve while the model is asked for all of it.
  let truncated: VisualSpec | undefined;
  for (let attempt = 0; attempt <= MAX_REPAIR_ATTEMPTS; attempt += 1) {
    const reply = await callModel(model, systemPrompt(chosen), messages, schema, options);
    usage.inputTokens += reply.usage.inputTokens ?? 0;
    usage.outputTokens += reply.usage.outputTokens ?? 0;
    const salvaged = await salvageJson(reply.text);
    if (!salvaged.ok) {
      if (reply.finishReason === 'content-filter' || (reply.text.trim() && !reply.text.includes('{'))) {
        throw new GlimpseError('model_refused', `${model.label} declined: ${reply.text.trim().slice(0, 500) || reply.finishReason}`);
      }
      lastProblem = salvaged.reason;
      messages.push({ role: 'assistant', content: reply.text }, { role: 'user', content: repairPrompt([], `${salvaged.reason}. Reply with the JSON object only.`) });
      continue;
    }
    const candidate = request.kind ? { ...(salvaged.value as object), kind: request.kind } : salvaged.value;
    const checked = validate(candidate);
    const cutOff = salvaged.repaired || reply.finishReason === 'length';
    if (checked.ok && cutOff) {
      truncated = checked.spec;
      lastProblem = 'the reply was cut off';
      messages.push({ role: 'assistant', content: reply.text }, { role: 'user', content: 'Your reply was cut off before the end. Return the complete JSON spec, shorter if needed.' });
      continue;
    }
    if (checked.ok) {
      return { spec: checked.spec, planner: 'model', model: model.label, usage, repairs: attempt, notes: checked.coerced ? ['numbers written as text were converted'] : [] };
    }
    lastProblem = checked.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).slice(0, 3).join('; ');
    const reason = cutOff ? 'The reply was cut off, and the closed JSON is not a valid spec:' : undefined;
    messages.push({ role: 'assistant', content: reply.text }, { role: 'user', content: repairPrompt(checked.issues, reason) });
  }
  if (truncated) {
    return { spec: truncated, planner: 'model', model: model.label, usage, repairs: MAX_REPAIR_ATTEMPTS, notes: ['every reply was cut off; the last complete part of the truncated JSON was used'] };
  }
  const fallback = await offline(request);
  return { ...fallback, model: model.label, usage, repairs: MAX_REPAIR_ATTEMPTS, fallback: `${model.label} gave no valid spec after ${MAX_REPAIR_ATTEMPTS + 1} tries (${lastProblem}); the offline planner answered instead` };
}

async function offline(request: PlanRequest): Promise<PlanResult> {
  const result = planOffline(request);
  return { spec: parseSpec(result.spec), planner: 'offline', repairs: 0, notes: result.notes, ...(result.hint ? { hint: result.hint } : {}) };
}

type Validated = { ok: true; spec: VisualSpec; coerced: boolean } | { ok: false; issues: ErrorIssue[] };

/** zod first; numbers sent as strings are converted (only where zod expected a number) and checked again. */
function validate(candidate: unknown): Validated {
  let current = candidate;
  let coerced = false;
  // Validators report one bad row at a time, so convert and re-check until nothing numeric is left.
  for (let round = 0; round < 20; round += 1) {
    try {
      return { ok: true, spec: parseSpec(current), coerced };
    } catch (error) {
      if (!(error instanceof GlimpseError)) throw error;
      const numberPaths = error.issues.filter((issue) => /expected number, received string|must be a number/i.test(issue.message)).map((issue) => issue.path);
      const next = numberPaths.length > 0 ? coerceNumbers(current, numberPaths) : current;
      if (numberPaths.length === 0 || JSON.stringify(next) === JSON.stringify(current)) {
        return { ok: false, issues: error.issues.length ? error.issues : [{ path: [], message: error.message }] };
      }
      current = next;
      coerced = true;
    }
  }
  return { ok: false, issues: [{ path: [], message: 'too many values to convert' }] };
}

/** One model call with structured output (streamed when `onPartial` is set); provider errors become GlimpseErrors. */
export async function callModel(
  model: ConfiguredModel,
  system: string,
  messages: ModelMessage[],
  schema: Record<string, unknown>,
  options: PlanOptions,
  output = { name: 'visual_spec', description: 'A Glimpse visual spec' },
): Promise<Reply> {
  const timeout = deadline(options.timeoutMs ?? env.GLIMPSE_LLM_TIMEOUT_MS, options.signal);
  const settings = {
    model: model.model,
    system,
    messages,
    maxRetries: options.maxRetries ?? env.GLIMPSE_LLM_MAX_RETRIES,
    abortSignal: timeout.signal,
    output: Output.object({ schema: jsonSchema(schema), ...output }),
  };
  try {
    if (!options.onPartial) {
      const result = await generateText(settings);
      return { text: result.text, finishReason: result.finishReason, usage: result.usage };
    }
    let streamError: unknown;
    const result = streamText({ ...settings, onError: ({ error }) => void (streamError = error) });
    for await (const partial of result.partialOutputStream) options.onPartial(partial);
    // The provider's own error (a 429, a 401) beats the SDK's "no output generated" that follows it.
    const [text, finishReason, usage] = await Promise.all([result.text, result.finishReason, result.usage]).catch((error: unknown) => {
      throw streamError ?? error;
    });
    if (streamError) throw streamError;
    return { text, finishReason, usage };
  } catch (error) {
    // The SDK could not parse the reply as JSON: keep the text, our salvage and repair handle it.
    if (NoObjectGeneratedError.isInstance(error)) {
      return { text: error.text ?? '', finishReason: String(error.finishReason ?? 'unknown'), usage: error.usage ?? {} };
    }
    throw providerError(error, model.label);
  } finally {
    timeout.dispose();
  }
}
