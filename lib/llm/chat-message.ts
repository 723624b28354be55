import type { UIMessage } from 'ai';
import type { VisualVersion } from './visual-versions';

/** What a finished visual tool part carries to the browser. */
export interface VisualOutput {
  spec: Record<string, unknown> & { kind: string; title: string };
  url: string;
  urls: Partial<Record<string, string>>;
  alt: string;
  width: number;
  height: number;
  planner: 'model' | 'offline';
  notes: string[];
  fallback?: string;
  /** Its versions, oldest first (visual-versions.ts); absent on a visual with one version (and on ones stored before versions). */
  versions?: VisualVersion[];
  /** The index in `versions` of the version shown: `spec`, `url`, `urls` and `alt` are of it. */
  current?: number;
}

/** Progress of a visual while it is planned: kind and title as soon as they are known. */
export interface VisualProgress {
  kind?: string;
  title?: string;
}

/**
 * What a follow-up answer that edited a visual keeps (a data part): which visual, the version it
 * made and how many there were then, and that version's picture (a thumbnail beside the caption).
 */
export interface VersionNote {
  toolCallId: string;
  version: number;
  count: number;
  kind: string;
  title: string;
  url: string;
}

/** A visual's new output while the answer streams (transient: the stored conversation has it in place). */
export interface VisualUpdate {
  toolCallId: string;
  output: VisualOutput;
}

export type GlimpseUIMessage = UIMessage<never, { progress: VisualProgress; version: VersionNote; visual: VisualUpdate }, { visual: { input: { prompt: string; kind?: string }; output: VisualOutput } }>;

/** The text of a message (its text parts joined). */
export function messageText(message: GlimpseUIMessage): string {
  return message.parts.map((part) => (part.type === 'text' ? part.text : '')).join('');
}

/** The last visual in the conversation (the one a follow-up like "make it dark" edits), shown at its current version. */
export function lastVisual(messages: GlimpseUIMessage[]): VisualUpdate | undefined {
  for (const message of [...messages].reverse()) {
    for (const part of [...message.parts].reverse()) {
      if (part.type === 'tool-visual' && part.state === 'output-available') return { toolCallId: part.toolCallId, output: part.output };
    }
  }
  return undefined;
}

/** The spec of the last visual in the conversation, at the version shown. */
export function lastSpec(messages: GlimpseUIMessage[]): Record<string, unknown> | undefined {
  return lastVisual(messages)?.output.spec;
}

/** The visual with this tool call id, when the conversation has it finished. */
export function findVisual(messages: GlimpseUIMessage[], toolCallId: string): VisualOutput | undefined {
  for (const message of messages) {
    for (const part of message.parts) {
      if (part.type === 'tool-visual' && part.toolCallId === toolCallId && part.state === 'output-available') return part.output;
    }
  }
  return undefined;
}

/** The messages with one visual's output replaced (after a spec edit); undefined when no such visual. */
export function replaceVisual(messages: GlimpseUIMessage[], toolCallId: string, output: VisualOutput): GlimpseUIMessage[] | undefined {
  let found = false;
  const updated = messages.map((message) => ({
    ...message,
    parts: message.parts.map((part) => {
      if (part.type !== 'tool-visual' || part.toolCallId !== toolCallId || part.state !== 'output-available') return part;
      found = true;
      return { ...part, output };
    }),
  }));
  return found ? updated : undefined;
}

/** What people call a kind where its name is not the word ("slides" is a deck). */
const NOUNS: Record<string, string> = { slides: 'deck' };

/** "a chart", "an infographic", "a deck", "a whiteboard": how captions and progress name a kind. */
export function kindNoun(kind: string): string {
  const noun = NOUNS[kind] ?? kind;
  return `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
}

/** "Chart", "Infographic", "Deck", "Whiteboard": the kind menu's labels. */
export function kindLabel(kind: string): string {
  const noun = NOUNS[kind] ?? kind;
  return noun.charAt(0).toUpperCase() + noun.slice(1);
}
