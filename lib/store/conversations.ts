import { randomBytes } from 'node:crypto';
import { MAX_CONVERSATION_ID_CHARS, MAX_CONVERSATION_TITLE_CHARS, MAX_LISTED_CONVERSATIONS, MIN_CONVERSATION_ID_CHARS } from '@/lib/limits';
import { messageText, type GlimpseUIMessage } from '@/lib/llm/chat-message';
import { store, type ConversationRow } from './store';

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
export async function saveConversation(id: string, owner: string, messages: GlimpseUIMessage[], now = Date.now()): Promise<boolean> {
  return store().saveConversation({ id, shareId: newId(), owner, title: conversationTitle(messages), messages: JSON.stringify(messages), createdAt: now, updatedAt: now });
}

function fromRow(row: ConversationRow | undefined): Conversation | undefined {
  if (!row) return undefined;
  return { id: row.id, shareId: row.shareId, title: row.title, messages: JSON.parse(row.messages) as GlimpseUIMessage[], createdAt: row.createdAt, updatedAt: row.updatedAt };
}

/** The conversation, when `owner` owns it (a stranger's and a missing one look the same). */
export async function loadConversation(id: string, owner: string): Promise<Conversation | undefined> {
  return fromRow(await store().loadConversation(id, owner));
}

/** The public read-only view: anyone with the share id. */
export async function loadSharedConversation(shareId: string): Promise<Conversation | undefined> {
  return fromRow(await store().loadSharedConversation(shareId));
}

/** The owner's conversations, newest first, at most MAX_LISTED_CONVERSATIONS. */
export async function listConversations(owner: string, limit = MAX_LISTED_CONVERSATIONS): Promise<ConversationSummary[]> {
  return store().listConversations(owner, Math.min(limit, MAX_LISTED_CONVERSATIONS));
}

/** Removes the owner's conversation; true when there was one. */
export async function deleteConversation(id: string, owner: string): Promise<boolean> {
  return store().deleteConversation(id, owner);
}
