import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ChatApp } from '@/components/chat/chat-app';
import { sharePath } from '@/lib/http/conversations';
import { configuredModel } from '@/lib/llm/providers';
import { visualKinds } from '@/lib/spec/visual';
import { isConversationId, listConversations, loadConversation } from '@/lib/store/conversations';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const conversation = isConversationId(id) ? loadConversation(id) : undefined;
  return { title: conversation ? `${conversation.title} — Glimpse` : 'Glimpse' };
}

/** A stored conversation, to continue. */
export default async function ConversationPage({ params }: Props) {
  const { id } = await params;
  const conversation = isConversationId(id) ? loadConversation(id) : undefined;
  if (!conversation) notFound();
  return (
    <ChatApp
      key={id}
      id={id}
      initialMessages={conversation.messages}
      conversations={listConversations()}
      sharePath={sharePath(conversation)}
      planner={configuredModel()?.label ?? 'offline'}
      kinds={visualKinds}
    />
  );
}
