'use client';

import { useChat } from '@ai-sdk/react';
import { DefaultChatTransport } from 'ai';
import { useState, type DragEvent, type FormEvent, type KeyboardEvent } from 'react';
import type { GlimpseUIMessage, VisualProgress } from '@/lib/llm/chat-message';
import { VisualCard } from './visual-card';

/** The chat: ask in words (or drop a CSV/JSON file), get a picture back. */
export function Chat({ planner, kinds }: { planner: string; kinds: string[] }) {
  const [progress, setProgress] = useState<Record<string, VisualProgress>>({});
  const { messages, sendMessage, status, error } = useChat<GlimpseUIMessage>({
    transport: new DefaultChatTransport({ api: '/api/chat' }),
    onData: (part) => {
      if (part.type === 'data-progress' && part.id) setProgress((current) => ({ ...current, [part.id as string]: part.data as VisualProgress }));
    },
  });
  const [input, setInput] = useState('');
  const [kind, setKind] = useState('auto');
  const busy = status === 'submitted' || status === 'streaming';

  function submit(event?: FormEvent) {
    event?.preventDefault();
    const text = input.trim();
    if (!text || busy) return;
    void sendMessage({ text }, { body: kind === 'auto' ? {} : { kind } });
    setInput('');
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      submit();
    }
  }

  async function onDrop(event: DragEvent) {
    event.preventDefault();
    const file = event.dataTransfer.files[0];
    if (!file) return;
    const text = await file.text();
    setInput((current) => `${current ? `${current}\n` : `Chart ${file.name.replace(/\.\w+$/, '')}\n`}${text.slice(0, 200_000)}`);
  }

  return (
    <div className="chat" onDragOver={(event) => event.preventDefault()} onDrop={onDrop}>
      <ol className="chat-messages" aria-live="polite">
        {messages.length === 0 ? (
          <li className="chat-empty">
            <h2>Ask for a picture</h2>
            <p>Paste a table to chart it, write bullet points for an infographic, “slides about …” for a deck, or “a -&gt; b” for a diagram.</p>
          </li>
        ) : null}
        {messages.map((message) => (
          <li key={message.id} className={`chat-message chat-${message.role}`} data-role={message.role}>
            {message.parts.map((part, index) => {
              if (part.type === 'text') return <p key={index} className="chat-text">{part.text}</p>;
              if (part.type !== 'tool-visual') return null;
              if (part.state === 'output-available') return <VisualCard key={index} visual={part.output} />;
              if (part.state === 'output-error') return <p key={index} className="chat-error" role="alert">{part.errorText}</p>;
              const known = progress[part.toolCallId];
              return (
                <div key={index} className="visual-skeleton" role="status">
                  {known?.kind ? `Drawing ${known.kind}` : 'Planning a visual'}
                  {known?.title ? `: ${known.title}` : '…'}
                </div>
              );
            })}
          </li>
        ))}
      </ol>
      {error ? <p className="chat-error" role="alert">{error.message}</p> : null}
      <form className="chat-composer" onSubmit={submit}>
        <label htmlFor="chat-input" className="visually-hidden">Message</label>
        <textarea id="chat-input" value={input} onChange={(event) => setInput(event.target.value)} onKeyDown={onKeyDown} rows={3} placeholder="compare the populations of the five largest cities in Taiwan (paste a table)" />
        <div className="chat-controls">
          <label>
            <span className="visually-hidden">Kind</span>
            <select value={kind} onChange={(event) => setKind(event.target.value)} aria-label="Kind of visual">
              {['auto', ...kinds].map((option) => (
                <option key={option} value={option}>
                  {option === 'auto' ? 'Any visual' : option}
                </option>
              ))}
            </select>
          </label>
          <span className="chat-planner">{planner === 'offline' ? 'Offline planner (no model configured)' : planner}</span>
          <button type="submit" disabled={busy || !input.trim()}>
            {busy ? 'Drawing…' : 'Send'}
          </button>
        </div>
      </form>
    </div>
  );
}
