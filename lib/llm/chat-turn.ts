import { kindNoun, lastSpec, type GlimpseUIMessage } from './chat-message';

/**
 * A follow-up that edits the previous visual rather than asking for a new one: an edit verb with
 * the visual as its object ("make it dark", "turn the bars blue"), or a verb that only makes sense
 * of an existing visual ("add a 2023 row: 50", "sort descending", "as a pie chart"). "Make a
 * chart of …" asks for a new one.
 */
const EDIT_REQUEST =
  /^(?:(?:make|turn|change|colou?r|paint)\s+(?:it|this|that|them|the|these|those|all)\b|(?:add|remove|delete|drop|sort|rename|call it|show it|use|switch|as an?|in (?:dark|light))\b)|改|換|换|加上|新增|変え|바꿔/i;

export function isEditRequest(prompt: string): boolean {
  return EDIT_REQUEST.test(prompt.trim());
}

/** The spec a chat turn edits: the conversation's last visual, when the question reads as an edit. */
export function editTarget(history: GlimpseUIMessage[], prompt: string): Record<string, unknown> | undefined {
  const previous = lastSpec(history);
  return previous && isEditRequest(prompt) ? previous : undefined;
}

/** Whether the model's short router call (words or a picture?) runs: only with a model, for a new, unforced question. */
export function asksRouter(turn: { model: boolean; kind?: string; editing: boolean }): boolean {
  return turn.model && !turn.kind && !turn.editing;
}

/** The words an answer with nothing to draw gets (the offline planner's hint on what it can draw). */
export function nothingToDraw(hint: string): string {
  return `Nothing to draw in that yet. ${hint} Or pick a kind from the menu.`;
}

/** The caption under a visual answer. */
export function caption(spec: { kind: string; title: string }, edited: boolean): string {
  return `${edited ? 'Updated' : 'Here is'} ${kindNoun(spec.kind)}: “${spec.title}”.`;
}
