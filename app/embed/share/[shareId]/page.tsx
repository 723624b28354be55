import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { MessageList } from '@/components/chat/message-list';
import { isConversationId, loadSharedConversation } from '@/lib/store/conversations';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ shareId: string }> };

export const metadata: Metadata = { robots: { index: false } };

/**
 * A shared conversation made for an <iframe> (the oEmbed `rich` answer for /share/<id>): the
 * answers without app chrome; frame-ancestors from GLIMPSE_EMBED_FRAME_ANCESTORS like every /embed/ page.
 */
export default async function EmbeddedSharedConversation({ params }: Props) {
  const { shareId } = await params;
  const conversation = isConversationId(shareId) ? await loadSharedConversation(shareId) : undefined;
  if (!conversation) notFound();
  return (
    <main className="chat-page share-page share-embedded">
      <p className="share-note">
        <a href={`/share/${shareId}`} target="_blank" rel="noreferrer">
          {conversation.title}
        </a>{' '}
        — shared on Glimpse
      </p>
      <MessageList messages={conversation.messages} />
    </main>
  );
}
