import type { ModelMessage } from 'ai';
import { GlimpseError, type ErrorIssue } from '@/lib/errors';
import { MAX_REPAIR_ATTEMPTS } from '@/lib/limits';
import { parseSpec, targetFor, type VisualSpec } from '@/lib/spec/visual';
import type { VisualKind } from '@/lib/targets/registry';
import { callModel, type CallOptions, type Reply, type Usage } from './call-model';
import { decide } from './decide';
import { salvageJson, withoutNullProperties } from './json';
import { planOffline } from './offline';
import { applySpecPatch, asPatchReply, diffSpecs, type PatchOperation, type PatchReply } from './patch';
import { configuredModel, type ConfiguredModel } from './providers';
import { editPrompt, kindPrompt, repairPrompt, userPrompt, type RepairAsk } from './prompts';
import { patchResponseFormat, specResponseFormat } from './response-format';
import { routeKind } from './route';
import { validate } from './validate';

export { callModel } from './call-model';

export interface PlanRequest {
  prompt: string;
  kind?: VisualKind;
  /** Pasted data as text (CSV, TSV, Markdown or JSON). */
  data?: string;
  previousSpec?: unknown;
  /**
   * How an edit of `previousSpec` is asked for: `patch` (the default) sends the spec once and
   * gets a JSON Patch back; `spec` asks for the whole edited spec.
   */
  mode?: 'patch' | 'spec';
  /** A kind the caller's own router proposed (the chat's decide call); used when the text itself names none. */
  suggestedKind?: VisualKind;
}

export interface PlanResult {
  spec: VisualSpec;
  planner: 'model' | 'offline';
  model?: string;
  usage?: Usage;
  /** Repair rounds the model needed (0 = right the first time). */
  repairs: number;
  notes: string[];
  /** Why the offline planner answered instead of the configured model. */
  fallback?: string;
  /** The offline planner found nothing to lay out; this says what it can do (the spec is a hint card). */
  hint?: string;
  /** For an edit in patch mode: the JSON Patch that turns `previousSpec` into the answer (before defaults are filled in). */
  patch?: PatchOperation[];
  /** For an edit the model answered: as a JSON Patch that applied, or as the whole spec (asked for, or written so). */
  editedAs?: 'patch' | 'spec';
}

export interface PlanOptions extends CallOptions {
  /** The model to use; default from env. `null` forces the offline planner. */
  model?: ConfiguredModel | null;
  /**
   * When neither the words nor their structure say which kind to draw (and no suggestion came),
   * ask the model's short router call (decide.ts, ~330 tokens) before the spec call.
   */
  askRouter?: boolean;
  /**
   * The layout critic's `error` findings for a valid spec (lib/render/critique.ts renders it): when
   * there are any, they go back to the model like zod issues, once; the spec that had them is kept
   * in case the repair fails. Absent: specs are not drawn while planning.
   */
  critique?: (spec: VisualSpec) => Promise<ErrorIssue[]>;
}

/** Routes the rules cannot tell apart from a guess: the default, or a numeric subject without numbers. */
const GUESSED = new Set(['default', 'subject']);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The conversation with the model so far, and what the next reply is asked to be. */
interface Exchange {
  messages: ModelMessage[];
  ask: RepairAsk;
  /** What a patch in the next reply applies to: the spec being edited, then the last (invalid) candidate. */
  base?: Record<string, unknown>;
  /** The operations applied so far, while the answer came from patches alone. */
  operations?: PatchOperation[];
}

/**
 * prompt (+ data, + spec to edit) → a valid spec: the kind is chosen first (route.ts) and only its
 * prompt and schema are sent; an edit asks for a JSON Patch; the repair loop sends the zod issues
 * and asks for the fix; the offline planner answers when the model gives nothing valid.
 */
export async function plan(request: PlanRequest, options: PlanOptions = {}): Promise<PlanResult> {
  const model = options.model === undefined ? configuredModel() : (options.model ?? undefined);
  if (!model) return offline(request);
  const usage: Usage = { inputTokens: 0, outputTokens: 0 };
  let suggested = request.suggestedKind;
  if (options.askRouter && !suggested && GUESSED.has(routeKind(request).by)) {
    const decision = await decide(request.prompt, model, { signal: options.signal, timeoutMs: options.timeoutMs, maxRetries: options.maxRetries, onUsage: (used) => addUsage(usage, used) });
    if (decision.draw) suggested = decision.kind;
  }
  const target = targetFor(routeKind(request, suggested).kind);
  const previous = isObject(request.previousSpec) ? request.previousSpec : undefined;
  const patching = previous !== undefined && request.mode !== 'spec';
  const system = patching ? editPrompt(target) : kindPrompt(target);
  const formats = { spec: specResponseFormat(target.kind, target.schema, model.quirks), patch: patchResponseFormat(model.quirks) };
  const exchange: Exchange = { messages: [{ role: 'user', content: userPrompt(request) }], ask: patching ? 'patch' : 'spec', base: patching ? previous : undefined, operations: patching ? [] : undefined };
  // A patch does not stream as a spec: the spec being edited is the spec so far (kind and title for progress).
  if (patching) options.onPartial?.(previous);
  let lastProblem = '';
  // A truncated reply that still validates is kept in reserve while the model is asked for all of it.
  let truncated: VisualSpec | undefined;
  // One critic round: a valid spec whose drawing has `error` findings, kept while the model fixes them.
  let flawed: { spec: VisualSpec; attempt: number; issues: ErrorIssue[]; patch?: PatchOperation[]; editedAs?: 'patch' | 'spec' } | undefined;
  for (let attempt = 0; attempt <= MAX_REPAIR_ATTEMPTS; attempt += 1) {
    const asked = exchange.ask;
    const format = formats[asked];
    const output = asked === 'patch' ? { name: 'spec_patch', description: 'A JSON Patch (RFC 6902) against the current spec' } : { name: 'visual_spec', description: 'A Glimpse visual spec' };
    const reply = await callModel(model, system, exchange.messages, format.schema, asked === 'patch' ? { ...options, onPartial: undefined } : options, { ...output, strict: format.strict });
    addUsage(usage, reply.usage);
    const salvaged = await salvageJson(reply.text);
    if (!salvaged.ok) {
      if (reply.finishReason === 'content-filter' || (reply.text.trim() && !reply.text.includes('{'))) {
        throw new GlimpseError('model_refused', `${model.label} declined: ${reply.text.trim().slice(0, 500) || reply.finishReason}`);
      }
      lastProblem = salvaged.reason;
      follow(exchange, reply, `${salvaged.reason}. Reply with the JSON object only.`, asked);
      continue;
    }
    // Strict structured output writes every absent field as null.
    const value = format.strict ? withoutNullProperties(salvaged.value) : salvaged.value;
    const patch = asPatchReply(value);
    const cutOff = salvaged.repaired || reply.finishReason === 'length';
    if (patch && cutOff) {
      // A closed-up patch may have lost operations: never apply half an edit.
      lastProblem = 'the patch was cut off';
      follow(exchange, reply, 'Your reply was cut off before the end. Reply with the complete patch.', 'patch');
      continue;
    }
    const read = candidateOf(exchange, value, patch, request.kind);
    if (!read.ok) {
      // The patch does not fit the spec: ask for the whole spec instead.
      lastProblem = `the patch does not apply (${read.reason})`;
      follow(exchange, reply, `That patch does not apply: ${read.reason}. Reply with the complete JSON spec instead.`, 'spec');
      continue;
    }
    const checked = validate(read.candidate);
    if (checked.ok && cutOff) {
      truncated = checked.spec;
      lastProblem = 'the reply was cut off';
      follow(exchange, reply, 'Your reply was cut off before the end. Return the complete JSON spec, shorter if needed.', 'spec');
      continue;
    }
    if (checked.ok) {
      const byPatch = Boolean(exchange.operations && !checked.coerced);
      const applied = previous && patching ? { patch: byPatch ? exchange.operations : diffSpecs(previous, checked.input as Record<string, unknown>) } : {};
      const editedAs = previous ? { editedAs: patching && byPatch ? ('patch' as const) : ('spec' as const) } : {};
      const problems = !flawed && options.critique && attempt < MAX_REPAIR_ATTEMPTS && isObject(checked.input) ? await options.critique(checked.spec) : [];
      if (problems.length) {
        flawed = { spec: checked.spec, attempt, issues: problems, ...applied, ...editedAs };
        lastProblem = problems.map((issue) => `${issue.path.join('.')}: ${issue.message}`).slice(0, 3).join('; ');
        exchange.base = checked.input as Record<string, unknown>;
        follow(exchange, reply, repairPrompt(problems, 'That spec is valid, but drawn it has layout problems a designer would reject:', 'patch'), 'patch');
        continue;
      }
      return { spec: checked.spec, planner: 'model', model: model.label, usage, repairs: attempt, notes: checked.coerced ? ['numbers written as text were converted'] : [], ...applied, ...editedAs };
    }
    lastProblem = checked.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).slice(0, 3).join('; ');
    const reason = cutOff ? 'The reply was cut off, and the closed JSON is not a valid spec:' : patch ? 'The spec after your patch is not valid:' : undefined;
    // The fix is a patch on what was just checked: the issues go back, not the spec (a cut-off reply is asked for whole).
    const fixable = !cutOff && isObject(checked.input);
    if (JSON.stringify(checked.input) !== JSON.stringify(read.candidate)) exchange.operations = undefined;
    exchange.base = fixable ? (checked.input as Record<string, unknown>) : undefined;
    follow(exchange, reply, repairPrompt(checked.issues, reason, fixable ? 'patch' : 'spec'), fixable ? 'patch' : 'spec');
  }
  if (flawed) {
    const { spec, attempt, issues, patch, editedAs } = flawed;
    return { spec, planner: 'model', model: model.label, usage, repairs: attempt, notes: [`layout problems remain after a repair round: ${issues.map((issue) => issue.path.join('.')).join(', ')}`], ...(patch ? { patch } : {}), ...(editedAs ? { editedAs } : {}) };
  }
  if (truncated) {
    return { spec: truncated, planner: 'model', model: model.label, usage, repairs: MAX_REPAIR_ATTEMPTS, notes: ['every reply was cut off; the last complete part of the truncated JSON was used'] };
  }
  const fallback = await offline(request);
  return { ...fallback, model: model.label, usage, repairs: MAX_REPAIR_ATTEMPTS, fallback: `${model.label} gave no valid spec after ${MAX_REPAIR_ATTEMPTS + 1} tries (${lastProblem}); the offline planner answered instead` };
}

type Read = { ok: true; candidate: unknown } | { ok: false; reason: string };

/** The spec a reply stands for: a patch applied to the exchange's base, or the whole spec it is (a forced kind kept). */
function candidateOf(exchange: Exchange, value: unknown, patch: PatchReply | undefined, kind: VisualKind | undefined): Read {
  if (!patch) {
    exchange.operations = undefined;
    return { ok: true, candidate: kind && isObject(value) ? { ...value, kind } : value };
  }
  const applied = exchange.base ? applySpecPatch(exchange.base, patch.patch) : { ok: false as const, reason: 'there is no spec to apply a patch to' };
  if (!applied.ok) {
    exchange.operations = undefined;
    return applied;
  }
  exchange.operations = exchange.operations && [...exchange.operations, ...applied.operations];
  return { ok: true, candidate: applied.document };
}

/** The reply and what to send next; `ask` is what the next reply should be. */
function follow(exchange: Exchange, reply: Reply, next: string, ask: RepairAsk): void {
  exchange.messages.push({ role: 'assistant', content: reply.text }, { role: 'user', content: next });
  exchange.ask = ask;
}

function addUsage(total: Usage, used: Usage): void {
  total.inputTokens = (total.inputTokens ?? 0) + (used.inputTokens ?? 0);
  total.outputTokens = (total.outputTokens ?? 0) + (used.outputTokens ?? 0);
  if (used.cachedInputTokens) total.cachedInputTokens = (total.cachedInputTokens ?? 0) + used.cachedInputTokens;
}

async function offline(request: PlanRequest): Promise<PlanResult> {
  const result = planOffline(request);
  const previous = isObject(request.previousSpec) ? request.previousSpec : undefined;
  const patch = previous && request.mode !== 'spec' ? { patch: diffSpecs(previous, result.spec) } : {};
  return { spec: parseSpec(result.spec), planner: 'offline', repairs: 0, notes: result.notes, ...(result.hint ? { hint: result.hint } : {}), ...patch };
}
