import type { UIMessage } from 'ai';

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
}

/** Progress of a visual while it is planned: kind and title as soon as they are known. */
export interface VisualProgress {
  kind?: string;
  title?: string;
}

export type GlimpseUIMessage = UIMessage<never, { progress: VisualProgress }, { visual: { input: { prompt: string; kind?: string }; output: VisualOutput } }>;

/** The text of a message (its text parts joined). */
export function messageText(message: GlimpseUIMessage): string {
  return message.parts.map((part) => (part.type === 'text' ? part.text : '')).join('');
}

/** The spec of the last visual in the conversation, for follow-up edits ("make it dark"). */
export function lastSpec(messages: GlimpseUIMessage[]): Record<string, unknown> | undefined {
  for (const message of [...messages].reverse()) {
    for (const part of [...message.parts].reverse()) {
      if (part.type === 'tool-visual' && part.state === 'output-available') return part.output.spec;
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
