import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { MessageList } from '@/components/chat/message-list';
import { isConversationId, loadSharedConversation } from '@/lib/store/conversations';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ shareId: string }> };

function load(shareId: string) {
  return isConversationId(shareId) ? loadSharedConversation(shareId) : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const conversation = load((await params).shareId);
  return { title: conversation ? `${conversation.title} — shared on Glimpse` : 'Glimpse', robots: { index: false } };
}

/** A conversation's read-only view: the answers with their downloads, no composer or editor. */
export default async function SharedConversationPage({ params }: Props) {
  const conversation = load((await params).shareId);
  if (!conversation) notFound();
  return (
    <main className="chat-page share-page">
      <header className="chat-header">
        <h1>{conversation.title}</h1>
        <nav className="chat-nav" aria-label="Site">
          <a href="/">Start your own chat</a>
        </nav>
      </header>
      <p className="share-note">A shared Glimpse conversation (read-only).</p>
      <MessageList messages={conversation.messages} />
    </main>
  );
}
