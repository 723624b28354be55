import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ChatApp } from '@/components/chat/chat-app';
import { findConversation, ownedConversations, sharePath } from '@/lib/http/conversations';
import { pageOwner } from '@/lib/http/page-owner';
import { configuredModel } from '@/lib/llm/providers';
import { visualKinds } from '@/lib/spec/visual';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const conversation = await findConversation((await params).id, await pageOwner());
  return { title: conversation ? `${conversation.title} — Glimpse` : 'Glimpse' };
}

/** A stored conversation, to continue: its owner's only (anyone else gets the not-found page). */
export default async function ConversationPage({ params }: Props) {
  const { id } = await params;
  const owner = await pageOwner();
  const conversation = await findConversation(id, owner);
  if (!conversation) notFound();
  return (
    <ChatApp
      key={id}
      id={id}
      initialMessages={conversation.messages}
      conversations={await ownedConversations(owner)}
      sharePath={sharePath(conversation)}
      planner={configuredModel()?.label ?? 'offline'}
      kinds={visualKinds}
    />
  );
}
