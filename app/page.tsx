import { ChatApp } from '@/components/chat/chat-app';
import { configuredModel } from '@/lib/llm/providers';
import { visualKinds } from '@/lib/spec/visual';
import { listConversations, newId } from '@/lib/store/conversations';

export const dynamic = 'force-dynamic';

/** A new chat; its id becomes /c/<id> with the first question. */
export default function HomePage() {
  return <ChatApp id={newId()} initialMessages={[]} conversations={listConversations()} planner={configuredModel()?.label ?? 'offline'} kinds={visualKinds} />;
}
