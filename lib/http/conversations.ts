import { GlimpseError } from '@/lib/errors';
import { isConversationId, listConversations, loadConversation, type Conversation, type ConversationSummary } from '@/lib/store/conversations';
import { publicOrigin } from './origin';
import { ownerKey, type Owner } from './owner';

/** 404 `not_found` naming the id: the same answer for a missing conversation and a stranger's. */
export function conversationNotFound(id: string): GlimpseError {
  return new GlimpseError('not_found', `no conversation "${id.slice(0, 80)}"`, { issues: [{ path: ['id'], message: 'not found' }] });
}

/** The owner's conversation with this id, or undefined (a bad id, a missing one, someone else's, no owner). */
export async function findConversation(id: string, owner: Owner | null): Promise<Conversation | undefined> {
  return owner && isConversationId(id) ? loadConversation(id, ownerKey(owner)) : undefined;
}

/** The owner's stored conversation, or 404 `not_found` naming the id. */
export async function requireConversation(id: string, owner: Owner | null): Promise<Conversation> {
  const conversation = await findConversation(id, owner);
  if (!conversation) throw conversationNotFound(id);
  return conversation;
}

/** The sidebar: the owner's conversations, newest first (none without an owner). */
export async function ownedConversations(owner: Owner | null): Promise<ConversationSummary[]> {
  return owner ? listConversations(ownerKey(owner)) : [];
}

/** The read-only page's path: anyone with the link can open it. */
export function sharePath(conversation: Pick<Conversation, 'shareId'>): string {
  return `/share/${conversation.shareId}`;
}

/** The read-only page's absolute URL. */
export function shareUrl(request: Request, conversation: Conversation): string {
  return `${publicOrigin(request)}${sharePath(conversation)}`;
}
