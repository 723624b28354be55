import { z } from 'zod';
import { MAX_TEXT_REPLY_CHARS } from '@/lib/limits';
import { visualKinds } from '@/lib/spec/visual';
import { targets, type VisualKind } from '@/lib/targets/registry';
import { callModel, type CallOptions, type Usage } from './call-model';
import { salvageJson, withoutNullProperties } from './json';
import type { ConfiguredModel } from './providers';
import { responseFormatOf } from './response-format';

const decisionSchema = z
  .object({
    answer: z.enum(['visual', 'text']).describe('"visual" when a chart, infographic, deck or diagram helps; "text" for small talk or a one-line fact'),
    kind: z
      .enum(visualKinds as [VisualKind, ...VisualKind[]])
      .optional()
      .describe('When answer is "visual": the kind that shows it best'),
    reply: z.string().max(MAX_TEXT_REPLY_CHARS).optional().describe('When answer is "text": the reply, one or two sentences'),
  })
  .strict();

export const DECIDE_SYSTEM = [
  'You are the router of Glimpse, which answers questions with pictures: charts, infographics, slide decks and whiteboard diagrams.',
  'Decide whether a picture helps answer the message. Choose "visual" for anything with data, a comparison, steps, a process, a structure, a summary or a request for a chart/slides/diagram.',
  'With "visual", name the kind that shows it best: numbers to compare or trends → "chart"; facts, steps, pros/cons, comparisons in words → "infographic"; a talk or several pages → "slides"; systems, flows, structures → "whiteboard".',
  'Choose "text" only for greetings, thanks, small talk, or a question answered in one short sentence; then write that reply.',
  'Kinds:',
  ...targets.map((target) => `- "${target.kind}": ${target.description}`),
  'Answer with the JSON object only.',
].join('\n');

/** The router when the conversation shows a visual: edit it, draw a new one, or answer in words. */
const followUpSchema = z
  .object({
    answer: z.enum(['edit', 'new', 'text']).describe('"edit" to change the visual shown; "new" for a different picture; "text" when words answer it'),
    kind: z
      .enum(visualKinds as [VisualKind, ...VisualKind[]])
      .optional()
      .describe('When answer is "new": the kind that shows it best'),
    reply: z.string().max(MAX_TEXT_REPLY_CHARS).optional().describe('When answer is "text": the reply, one or two sentences'),
  })
  .strict();

export const FOLLOW_UP_SYSTEM = [
  'You are the router of Glimpse, which answers questions with pictures: charts, infographics, slide decks and whiteboard diagrams.',
  'The conversation already shows a visual (named in the message). Decide what the new message asks for:',
  '- "edit": a change to that visual — its data, type, colours, theme, title, wording, order, or another kind of picture of the same content ("make it dark", "the title should be shorter", "add Tainan", "as slides").',
  '- "new": a picture of something else; then name the kind that shows it best.',
  '- "text": greetings, thanks, small talk, or a question about the visual answered in one or two sentences; then write that reply.',
  'Kinds:',
  ...targets.map((target) => `- "${target.kind}": ${target.description}`),
  'Answer with the JSON object only.',
].join('\n');

/** The visual a follow-up may edit, as the follow-up router is told of it (kind and title: the spec itself is not sent). */
export interface ShownVisual {
  kind: string;
  title: string;
}

/**
 * `edit` is set by the follow-up router (a visual in context): true to edit the visual shown.
 * `reason` says the model gave no clear decision; the caller's rules decide instead.
 */
export type Decision = { draw: true; edit?: boolean; kind?: VisualKind; reason?: string } | { draw: false; reply: string };

/**
 * Asks the model whether the message deserves a picture, and which kind (so plan() sends only
 * that kind's schema when the words name none). Anything but a clean "text" decision (an error, a
 * timeout, unparsable output) draws: words are the exception, never a failure mode.
 */
export async function decide(prompt: string, model: ConfiguredModel, options: Pick<CallOptions, 'signal' | 'timeoutMs' | 'maxRetries'> & { onUsage?: (usage: Usage) => void } = {}, shown?: ShownVisual): Promise<Decision> {
  if (shown) return decideFollowUp(prompt, model, options, shown);
  try {
    const format = responseFormatOf(decisionSchema, model.quirks);
    const reply = await callModel(model, DECIDE_SYSTEM, [{ role: 'user', content: prompt }], format.schema, options, { name: 'answer_mode', description: 'Picture or words', strict: format.strict });
    options.onUsage?.(reply.usage);
    const salvaged = await salvageJson(reply.text);
    const parsed = salvaged.ok ? decisionSchema.safeParse(withoutNullProperties(salvaged.value)) : undefined;
    if (!parsed?.success) return { draw: true, reason: 'no clear decision' };
    const text = parsed.data.reply?.trim();
    if (parsed.data.answer === 'text' && text) return { draw: false, reply: text };
    return parsed.data.kind ? { draw: true, kind: parsed.data.kind } : { draw: true };
  } catch (error) {
    return { draw: true, reason: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * With a visual in the conversation: one small call says whether the message edits it, asks for a
 * new one, or is answered in words. Anything unclear (an error, unparsable output, "text" without
 * a reply) comes back with a `reason`, so the chat's rules decide instead.
 */
async function decideFollowUp(prompt: string, model: ConfiguredModel, options: Pick<CallOptions, 'signal' | 'timeoutMs' | 'maxRetries'> & { onUsage?: (usage: Usage) => void }, shown: ShownVisual): Promise<Decision> {
  try {
    const format = responseFormatOf(followUpSchema, model.quirks);
    const message = `Shown: ${shown.kind} “${shown.title.slice(0, 200)}”\nMessage: ${prompt}`;
    const reply = await callModel(model, FOLLOW_UP_SYSTEM, [{ role: 'user', content: message }], format.schema, options, { name: 'follow_up', description: 'Edit, new or words', strict: format.strict });
    options.onUsage?.(reply.usage);
    const salvaged = await salvageJson(reply.text);
    const parsed = salvaged.ok ? followUpSchema.safeParse(withoutNullProperties(salvaged.value)) : undefined;
    if (!parsed?.success) return { draw: true, reason: 'no clear decision' };
    const { answer, kind } = parsed.data;
    const text = parsed.data.reply?.trim();
    if (answer === 'text') return text ? { draw: false, reply: text } : { draw: true, reason: 'words without a reply' };
    if (answer === 'edit') return { draw: true, edit: true };
    return kind ? { draw: true, edit: false, kind } : { draw: true, edit: false };
  } catch (error) {
    return { draw: true, reason: error instanceof Error ? error.message : String(error) };
  }
}
