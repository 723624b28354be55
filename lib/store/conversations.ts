import { randomBytes } from 'node:crypto';
import { database } from './db';
import { MAX_CONVERSATION_ID_CHARS, MAX_CONVERSATION_TITLE_CHARS, MAX_LISTED_CONVERSATIONS, MIN_CONVERSATION_ID_CHARS } from '@/lib/limits';
import { messageText, type GlimpseUIMessage } from '@/lib/llm/chat-message';

/** A stored chat: its messages (AI SDK UI messages, visuals as tool parts) and a read-only share id. */
export interface Conversation {
  id: string;
  shareId: string;
  title: string;
  messages: GlimpseUIMessage[];
  createdAt: number;
  updatedAt: number;
}

export interface ConversationSummary {
  id: string;
  title: string;
  updatedAt: number;
}

interface Row {
  id: string;
  share_id: string;
  owner: string | null;
  title: string;
  messages: string;
  created_at: number;
  updated_at: number;
}

/** Conversation and share ids: URL-safe, MIN_CONVERSATION_ID_CHARS–MAX_CONVERSATION_ID_CHARS characters (the browser makes conversation ids). */
export const CONVERSATION_ID = new RegExp(`^[A-Za-z0-9_-]{${MIN_CONVERSATION_ID_CHARS},${MAX_CONVERSATION_ID_CHARS}}$`);

export function isConversationId(value: string): boolean {
  return CONVERSATION_ID.test(value);
}

/** A fresh unguessable id (22 characters of base64url). */
export function newId(): string {
  return randomBytes(16).toString('base64url');
}

/** The title: the first visual's title, else the first line of the first question; shortened. */
export function conversationTitle(messages: GlimpseUIMessage[]): string {
  const first = messages.find((message) => message.role === 'user');
  const visual = messages
    .flatMap((message) => message.parts)
    .find((part) => part.type === 'tool-visual' && part.state === 'output-available');
  const visualTitle = visual?.type === 'tool-visual' && visual.state === 'output-available' ? visual.output.spec.title : undefined;
  const line = (visualTitle ?? (first ? messageText(first) : '')).trim().split('\n')[0]?.trim() ?? '';
  if (!line) return 'New chat';
  return line.length > MAX_CONVERSATION_TITLE_CHARS ? `${line.slice(0, MAX_CONVERSATION_TITLE_CHARS - 1).trimEnd()}…` : line;
}

/**
 * Creates a conversation owned by `owner`, or replaces its messages when `owner` already owns it;
 * the share id is made once, on creation. False (nothing written) when the id belongs to someone
 * else or to nobody (a row from before owners).
 */
export function saveConversation(id: string, owner: string, messages: GlimpseUIMessage[], now = Date.now()): boolean {
  const result = database()
    .prepare(
      `insert into conversations (id, share_id, owner, title, messages, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)
       on conflict (id) do update set title = excluded.title, messages = excluded.messages, updated_at = excluded.updated_at
       where conversations.owner = excluded.owner`,
    )
    .run(id, newId(), owner, conversationTitle(messages), JSON.stringify(messages), now, now);
  return result.changes > 0;
}

function fromRow(row: Row | undefined): Conversation | undefined {
  if (!row) return undefined;
  return { id: row.id, shareId: row.share_id, title: row.title, messages: JSON.parse(row.messages) as GlimpseUIMessage[], createdAt: row.created_at, updatedAt: row.updated_at };
}

/** The conversation, when `owner` owns it (a stranger's and a missing one look the same). */
export function loadConversation(id: string, owner: string): Conversation | undefined {
  return fromRow(database().prepare('select * from conversations where id = ? and owner = ?').get(id, owner) as Row | undefined);
}

/** The public read-only view: anyone with the share id. */
export function loadSharedConversation(shareId: string): Conversation | undefined {
  return fromRow(database().prepare('select * from conversations where share_id = ?').get(shareId) as Row | undefined);
}

/** The owner's conversations, newest first, at most MAX_LISTED_CONVERSATIONS. */
export function listConversations(owner: string, limit = MAX_LISTED_CONVERSATIONS): ConversationSummary[] {
  const rows = database()
    .prepare('select id, title, updated_at from conversations where owner = ? order by updated_at desc, rowid desc limit ?')
    .all(owner, Math.min(limit, MAX_LISTED_CONVERSATIONS)) as Pick<Row, 'id' | 'title' | 'updated_at'>[];
  return rows.map((row) => ({ id: row.id, title: row.title, updatedAt: row.updated_at }));
}

/** Removes the owner's conversation; true when there was one. */
export function deleteConversation(id: string, owner: string): boolean {
  return database().prepare('delete from conversations where id = ? and owner = ?').run(id, owner).changes > 0;
}
