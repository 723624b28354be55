import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { MessageList } from '@/components/chat/message-list';
import { discoveryMetadata } from '@/lib/embed/discovery';
import { firstVisual } from '@/lib/embed/oembed';
import { sharePath } from '@/lib/http/conversations';
import { pageOrigin } from '@/lib/http/page-origin';
import { isConversationId, loadSharedConversation } from '@/lib/store/conversations';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ shareId: string }> };

function load(shareId: string) {
  return isConversationId(shareId) ? loadSharedConversation(shareId) : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const conversation = await load((await params).shareId);
  if (!conversation) return { title: 'Glimpse', robots: { index: false } };
  const origin = await pageOrigin();
  const visual = firstVisual(conversation.messages);
  const image = visual ? { url: visual.url, width: visual.width, height: visual.height, alt: visual.alt.slice(0, 300) } : undefined;
  const title = `${conversation.title} — shared on Glimpse`;
  return { ...discoveryMetadata({ origin, pageUrl: `${origin}${sharePath(conversation)}`, title, description: 'A shared Glimpse conversation', image }), robots: { index: false } };
}

/** A conversation's read-only view: the answers with their downloads, no composer or editor. */
export default async function SharedConversationPage({ params }: Props) {
  const conversation = await load((await params).shareId);
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
