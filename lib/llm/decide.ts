import { z } from 'zod';
import { MAX_TEXT_REPLY_CHARS } from '@/lib/limits';
import { adaptSchema } from './quirks';
import { salvageJson } from './json';
import { callModel, type PlanOptions } from './plan';
import type { ConfiguredModel } from './providers';


const decisionSchema = z
  .object({
    answer: z.enum(['visual', 'text']).describe('"visual" when a chart, infographic, deck or diagram helps; "text" for small talk or a one-line fact'),
    reply: z.string().max(MAX_TEXT_REPLY_CHARS).optional().describe('When answer is "text": the reply, one or two sentences'),
  })
  .strict();

export const DECIDE_SYSTEM = [
  'You are the router of Glimpse, which answers questions with pictures: charts, infographics, slide decks and whiteboard diagrams.',
  'Decide whether a picture helps answer the message. Choose "visual" for anything with data, a comparison, steps, a process, a structure, a summary or a request for a chart/slides/diagram.',
  'Choose "text" only for greetings, thanks, small talk, or a question answered in one short sentence; then write that reply.',
  'Answer with the JSON object only.',
].join('\n');

export type Decision = { draw: true; reason?: string } | { draw: false; reply: string };

/**
 * Asks the model whether the message deserves a picture. Anything but a clean "text" decision
 * (an error, a timeout, unparsable output) draws: words are the exception, never a failure mode.
 */
export async function decide(prompt: string, model: ConfiguredModel, options: Pick<PlanOptions, 'signal' | 'timeoutMs' | 'maxRetries'> = {}): Promise<Decision> {
  try {
    const schema = adaptSchema(z.toJSONSchema(decisionSchema, { io: 'input' }) as Record<string, unknown>, model.quirks);
    const reply = await callModel(model, DECIDE_SYSTEM, [{ role: 'user', content: prompt }], schema, options, { name: 'answer_mode', description: 'Picture or words' });
    const salvaged = await salvageJson(reply.text);
    const parsed = salvaged.ok ? decisionSchema.safeParse(salvaged.value) : undefined;
    if (!parsed?.success) return { draw: true, reason: 'no clear decision' };
    const text = parsed.data.reply?.trim();
    return parsed.data.answer === 'text' && text ? { draw: false, reply: text } : { draw: true };
  } catch (error) {
    return { draw: true, reason: error instanceof Error ? error.message : String(error) };
  }
}
