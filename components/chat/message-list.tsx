import { kindNoun, type GlimpseUIMessage, type VisualOutput, type VisualProgress } from '@/lib/llm/chat-message';
import { VersionNote } from './version-note';
import { VisualCard } from './visual-card';

export interface MessageListProps {
  messages: GlimpseUIMessage[];
  /** Kind and title of visuals still being planned, by tool call id. */
  progress?: Record<string, VisualProgress>;
  /** Set in a live chat; absent on the read-only share page. */
  live?: {
    conversationId: string;
    onEdited: (toolCallId: string, output: VisualOutput) => void;
    onRegenerate: (messageId: string) => void;
    busy: boolean;
  };
}

/** The conversation: questions as bubbles, answers as visual cards with a caption (a follow-up that edited one: its caption and a note of the version it made). */
export function MessageList({ messages, progress = {}, live }: MessageListProps) {
  return (
    <ol className="chat-messages" aria-label="Conversation">
      {messages.map((message, position) => (
        <li key={message.id} className={`chat-message chat-${message.role}`} data-role={message.role}>
          <span className="visually-hidden">{message.role === 'user' ? 'You said:' : 'Glimpse answered:'}</span>
          {message.parts.map((part, index) => {
            if (part.type === 'text') return <p key={index} className="chat-text">{part.text}</p>;
            if (part.type === 'data-version') return <VersionNote key={index} note={part.data} />;
            if (part.type !== 'tool-visual') return null;
            if (part.state === 'output-available') {
              return (
                <VisualCard
                  key={part.toolCallId}
                  visual={part.output}
                  toolCallId={part.toolCallId}
                  edit={live ? { conversationId: live.conversationId, toolCallId: part.toolCallId, onEdited: (output) => live.onEdited(part.toolCallId, output), busy: live.busy } : undefined}
                  onRegenerate={live && !live.busy ? () => live.onRegenerate(message.id) : undefined}
                />
              );
            }
            if (part.state === 'output-error') return <p key={index} className="chat-error" role="alert">{part.errorText}</p>;
            const planning = live?.busy && position === messages.length - 1;
            if (!planning) return <p key={index} className="chat-stopped">Stopped before the visual was ready.</p>;
            const known = progress[part.toolCallId];
            return (
              <div key={index} className="visual-skeleton" role="status" aria-live="polite">
                <span className="visual-skeleton-kind">{known?.kind ? `Drawing ${kindNoun(known.kind)}` : 'Planning a visual'}</span>
                {known?.title ? <strong>{known.title}</strong> : <span>…</span>}
              </div>
            );
          })}
        </li>
      ))}
    </ol>
  );
}
