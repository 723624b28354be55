import { kindNoun } from './chat-message';
import type { Decision } from './decide';

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

/**
 * Whether a turn edits the visual in the conversation (at its shown version): the model's router
 * says so when it gave a clear answer; otherwise (offline, a forced kind, an unclear answer) the
 * words do, by isEditRequest.
 */
export function editsShown(turn: { shown: boolean; prompt: string; decision?: Decision }): boolean {
  if (!turn.shown) return false;
  const { decision } = turn;
  if (decision?.draw && decision.edit !== undefined && !decision.reason) return decision.edit;
  return isEditRequest(turn.prompt);
}

/** Whether the model's short router call runs: only with a model, for a question of no forced kind (with a visual shown, it also says edit or new). */
export function asksRouter(turn: { model: boolean; kind?: string }): boolean {
  return turn.model && !turn.kind;
}

/** The words an answer with nothing to draw gets (the offline planner's hint on what it can draw). */
export function nothingToDraw(hint: string): string {
  return `Nothing to draw in that yet. ${hint} Or pick a kind from the menu.`;
}

/** The caption under a visual answer; an edit names the version it made (`version` of `count`). */
export function caption(spec: { kind: string; title: string }, edited?: { version: number; count: number }): string {
  if (!edited) return `Here is ${kindNoun(spec.kind)}: “${spec.title}”.`;
  return `Updated ${kindNoun(spec.kind)}: “${spec.title}” (version ${edited.version} of ${edited.count}).`;
}
