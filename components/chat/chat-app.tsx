'use client';

import { useCallback, useEffect, useState } from 'react';
import type { GlimpseUIMessage } from '@/lib/llm/chat-message';
import type { ConversationSummary } from '@/lib/store/conversations';
import { Chat } from './chat';
import { ShareButton } from './share-button';
import { Sidebar } from './sidebar';

export interface ChatAppProps {
  id: string;
  initialMessages: GlimpseUIMessage[];
  conversations: ConversationSummary[];
  /** `/share/<id>` once the conversation is stored. */
  sharePath?: string;
  planner: string;
  kinds: string[];
}

/** The page around the chat: sidebar of stored conversations, header with share and links. */
export function ChatApp({ id, initialMessages, conversations: initialList, sharePath: initialShare, planner, kinds }: ChatAppProps) {
  const [conversations, setConversations] = useState(initialList);
  const [sharePath, setSharePath] = useState(initialShare);
  const [menuOpen, setMenuOpen] = useState(false);

  const refresh = useCallback(async () => {
    const [list, current] = await Promise.all([
      fetch('/api/conversations').then((response) => (response.ok ? (response.json() as Promise<{ conversations: ConversationSummary[] }>) : undefined)),
      fetch(`/api/conversations/${id}`).then((response) => (response.ok ? (response.json() as Promise<{ shareUrl: string }>) : undefined)),
    ]).catch(() => [undefined, undefined] as const);
    if (list) setConversations(list.conversations);
    if (current) setSharePath(new URL(current.shareUrl).pathname);
  }, [id]);

  const remove = useCallback(
    async (target: string) => {
      const response = await fetch(`/api/conversations/${target}`, { method: 'DELETE' }).catch(() => undefined);
      if (!response?.ok) return;
      if (target === id) window.location.assign('/');
      else setConversations((current) => current.filter((conversation) => conversation.id !== target));
    },
    [id],
  );

  const closeMenu = useCallback(() => {
    setMenuOpen(false);
    document.querySelector<HTMLElement>('.menu-button')?.focus();
  }, []);

  useEffect(() => {
    if (!menuOpen) return;
    document.querySelector<HTMLElement>('#sidebar a')?.focus();
  }, [menuOpen]);

  return (
    <div className="app">
      <a className="skip-link" href="#chat-input">
        Skip to the message box
      </a>
      <Sidebar conversations={conversations} currentId={id} open={menuOpen} onClose={closeMenu} onDelete={(target) => void remove(target)} />
      <main className="chat-page">
        <header className="chat-header">
          <button type="button" className="menu-button" aria-expanded={menuOpen} aria-controls="sidebar" onClick={() => setMenuOpen((open) => !open)}>
            <span aria-hidden="true">☰</span>
            <span className="visually-hidden">Conversations</span>
          </button>
          <h1>Glimpse</h1>
          <nav className="chat-nav" aria-label="Site">
            {sharePath ? <ShareButton path={sharePath} /> : null}
            <a href="/gallery">Gallery</a>
            <a href="/api/schema">Schema</a>
          </nav>
        </header>
        <Chat id={id} initialMessages={initialMessages} planner={planner} kinds={kinds} onSaved={() => void refresh()} />
      </main>
    </div>
  );
}
