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

/** Creates or replaces a conversation's messages; the share id is made once, on creation. */
export function saveConversation(id: string, messages: GlimpseUIMessage[], now = Date.now()): void {
  database()
    .prepare(
      `insert into conversations (id, share_id, title, messages, created_at, updated_at) values (?, ?, ?, ?, ?, ?)
       on conflict (id) do update set title = excluded.title, messages = excluded.messages, updated_at = excluded.updated_at`,
    )
    .run(id, newId(), conversationTitle(messages), JSON.stringify(messages), now, now);
}

function fromRow(row: Row | undefined): Conversation | undefined {
  if (!row) return undefined;
  return { id: row.id, shareId: row.share_id, title: row.title, messages: JSON.parse(row.messages) as GlimpseUIMessage[], createdAt: row.created_at, updatedAt: row.updated_at };
}

export function loadConversation(id: string): Conversation | undefined {
  return fromRow(database().prepare('select * from conversations where id = ?').get(id) as Row | undefined);
}

export function loadSharedConversation(shareId: string): Conversation | undefined {
  return fromRow(database().prepare('select * from conversations where share_id = ?').get(shareId) as Row | undefined);
}

/** Newest first, at most MAX_LISTED_CONVERSATIONS. */
export function listConversations(limit = MAX_LISTED_CONVERSATIONS): ConversationSummary[] {
  const rows = database()
    .prepare('select id, title, updated_at from conversations order by updated_at desc, rowid desc limit ?')
    .all(Math.min(limit, MAX_LISTED_CONVERSATIONS)) as Pick<Row, 'id' | 'title' | 'updated_at'>[];
  return rows.map((row) => ({ id: row.id, title: row.title, updatedAt: row.updated_at }));
}

/** Removes a conversation; true when there was one. */
export function deleteConversation(id: string): boolean {
  return database().prepare('delete from conversations where id = ?').run(id).changes > 0;
}
