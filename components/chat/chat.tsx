'use client';

import { useChat } from '@ai-sdk/react';
import { DefaultChatTransport } from 'ai';
import { useEffect, useMemo, useRef, useState, type DragEvent, type FormEvent, type KeyboardEvent } from 'react';
import { MAX_CHAT_MESSAGE_CHARS, MAX_DATA_CHARS } from '@/lib/limits';
import { kindLabel, messageText, replaceVisual, type GlimpseUIMessage, type VisualProgress, type VisualUpdate } from '@/lib/llm/chat-message';
import { EXAMPLES } from './examples';
import { MessageList } from './message-list';

export interface ChatProps {
  id: string;
  initialMessages: GlimpseUIMessage[];
  planner: string;
  kinds: string[];
  /** Called after the server stored a turn (the sidebar refreshes). */
  onSaved: () => void;
}

/** The server's JSON error message, when a request failed before streaming. */
function errorText(error: Error): string {
  try {
    const body = JSON.parse(error.message) as { error?: { message?: string } };
    return body.error?.message ?? error.message;
  } catch {
    return error.message;
  }
}

/** The chat: ask in words (or drop a CSV/JSON file), get a picture back. */
export function Chat({ id, initialMessages, planner, kinds, onSaved }: ChatProps) {
  const [progress, setProgress] = useState<Record<string, VisualProgress>>({});
  const transport = useMemo(
    () =>
      new DefaultChatTransport<GlimpseUIMessage>({
        api: '/api/chat',
        // Only the new question travels: the server keeps the conversation.
        prepareSendMessagesRequest: ({ id: chatId, messages, body }) => ({ body: { ...body, id: chatId, message: messages.at(-1) } }),
      }),
    [],
  );
  const { messages, sendMessage, regenerate, setMessages, stop, status, error } = useChat<GlimpseUIMessage>({
    id,
    messages: initialMessages,
    transport,
    onData: (part) => {
      if (part.type === 'data-progress' && part.id) setProgress((current) => ({ ...current, [part.id as string]: part.data as VisualProgress }));
      // A follow-up edited a visual further up: its card gets the new version now (the server stored it in place).
      if (part.type === 'data-visual') {
        const update = part.data as VisualUpdate;
        setMessages((current) => replaceVisual(current, update.toolCallId, update.output) ?? current);
      }
    },
    onFinish: () => onSaved(),
  });
  const [input, setInput] = useState('');
  const [kind, setKind] = useState('auto');
  const composer = useRef<HTMLTextAreaElement>(null);
  const busy = status === 'submitted' || status === 'streaming';
  const body = kind === 'auto' ? {} : { kind };
  // What a screen reader hears when an answer is complete: its caption.
  const last = messages.at(-1);
  const announcement = !busy && last?.role === 'assistant' ? messageText(last) : '';

  // Keep the newest message in view.
  useEffect(() => {
    if (messages.length) window.scrollTo({ top: document.documentElement.scrollHeight });
  }, [messages.length, status]);

  function submit(event?: FormEvent) {
    event?.preventDefault();
    const text = input.trim();
    if (!text || busy) return;
    if (!messages.length && window.location.pathname !== `/c/${id}`) window.history.replaceState(null, '', `/c/${id}`);
    void sendMessage({ text }, { body });
    setInput('');
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  }

  async function onDrop(event: DragEvent) {
    event.preventDefault();
    const file = event.dataTransfer.files[0];
    if (!file) return;
    const text = (await file.text()).slice(0, MAX_DATA_CHARS);
    setInput((current) => `${current ? `${current}\n` : `Chart ${file.name.replace(/\.\w+$/, '')}\n`}${text}`);
    composer.current?.focus();
  }

  return (
    <div className="chat" onDragOver={(event) => event.preventDefault()} onDrop={onDrop}>
      {messages.length === 0 ? (
        <section className="chat-empty" aria-labelledby="chat-empty-title">
          <h2 id="chat-empty-title">Ask for a picture</h2>
          <p>Paste a table to chart it, write bullet points for an infographic, <span className="nowrap">“slides about …”</span> for a deck, or <span className="nowrap">“a -&gt; b”</span> for a diagram. Drop a CSV or JSON file anywhere.</p>
          <ul className="chat-examples" aria-label="Examples">
            {EXAMPLES.map((example) => (
              <li key={example.label}>
                <button
                  type="button"
                  onClick={() => {
                    setInput(example.prompt);
                    composer.current?.focus();
                  }}
                >
                  <strong>{example.label}</strong>
                  <span>{example.hint}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <MessageList
          messages={messages}
          progress={progress}
          live={{
            conversationId: id,
            busy,
            onEdited: (toolCallId, output) => setMessages((current) => replaceVisual(current, toolCallId, output) ?? current),
            onRegenerate: (messageId) => {
              void regenerate({ messageId, body });
              composer.current?.focus();
            },
          }}
        />
      )}
      {busy && (last?.role !== 'assistant' || !last.parts.some((part) => part.type === 'text' || part.type === 'tool-visual')) ? (
        <p className="chat-pending" role="status">
          Thinking…
        </p>
      ) : null}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {error ? (
        <div className="chat-error-box" role="alert">
          <p className="chat-error">{errorText(error)}</p>
          <button type="button" className="visual-action" onClick={() => void regenerate({ body })}>
            Try again
          </button>
        </div>
      ) : null}
      <form className="chat-composer" onSubmit={submit} aria-label="Ask">
        <label htmlFor="chat-input" className="visually-hidden">
          Message
        </label>
        <textarea
          id="chat-input"
          ref={composer}
          value={input}
          maxLength={MAX_CHAT_MESSAGE_CHARS}
          onChange={(event) => setInput(event.target.value)}
          onKeyDown={onKeyDown}
          rows={3}
          placeholder="Ask for a chart, infographic, deck or diagram — or paste a table"
        />
        <div className="chat-controls">
          <select value={kind} onChange={(event) => setKind(event.target.value)} aria-label="Kind of visual">
            {['auto', ...kinds].map((option) => (
              <option key={option} value={option}>
                {option === 'auto' ? 'Any visual' : kindLabel(option)}
              </option>
            ))}
          </select>
          <span className="chat-planner">{planner === 'offline' ? 'Offline planner (no model configured)' : `Model: ${planner}`}</span>
          {busy ? (
            <button type="button" onClick={() => void stop()}>
              Stop
            </button>
          ) : (
            <button type="submit" disabled={!input.trim()}>
              Send
            </button>
          )}
        </div>
      </form>
    </div>
  );
}
