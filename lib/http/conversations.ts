import { GlimpseError } from '@/lib/errors';
import { loadConversation, isConversationId, type Conversation } from '@/lib/store/conversations';
import { publicOrigin } from './respond';

/** The stored conversation, or 404 `not_found` naming the id. */
export function requireConversation(id: string): Conversation {
  const conversation = isConversationId(id) ? loadConversation(id) : undefined;
  if (!conversation) throw new GlimpseError('not_found', `no conversation "${id.slice(0, 80)}"`, { issues: [{ path: ['id'], message: 'not found' }] });
  return conversation;
}

/** The read-only page's path: anyone with the link can open it. */
export function sharePath(conversation: Pick<Conversation, 'shareId'>): string {
  return `/share/${conversation.shareId}`;
}

/** The read-only page's absolute URL. */
export function shareUrl(request: Request, conversation: Conversation): string {
  return `${publicOrigin(request)}${sharePath(conversation)}`;
}
