'use client';

import type { ConversationSummary } from '@/lib/store/conversations';

export interface SidebarProps {
  conversations: ConversationSummary[];
  currentId: string;
  open: boolean;
  onClose: () => void;
  onDelete: (id: string) => void;
}

/** Stored conversations, newest first; on a phone it slides over the chat. */
export function Sidebar({ conversations, currentId, open, onClose, onDelete }: SidebarProps) {
  return (
    <>
    {open ? <div className="sidebar-backdrop" aria-hidden="true" onClick={onClose} /> : null}
    <nav id="sidebar" className="sidebar" data-open={open} aria-label="Conversations" onKeyDown={(event) => event.key === 'Escape' && onClose()}>
      <div className="sidebar-top">
        <a className="sidebar-new" href="/">
          + New chat
        </a>
        <button type="button" className="sidebar-close" onClick={onClose} aria-label="Close conversations">
          ×
        </button>
      </div>
      <h2 className="sidebar-heading">Recent</h2>
      <div className="sidebar-body">
      {conversations.length ? (
        <ul className="sidebar-list">
          {conversations.map((conversation) => (
            <li key={conversation.id} className="sidebar-item">
              <a href={`/c/${conversation.id}`} aria-current={conversation.id === currentId ? 'page' : undefined} title={conversation.title}>
                {conversation.title}
              </a>
              <button type="button" className="sidebar-delete" aria-label={`Delete “${conversation.title}”`} onClick={() => onDelete(conversation.id)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="sidebar-empty">No conversations yet.</p>
      )}
      </div>
    </nav>
    </>
  );
}
