import { ChatApp } from '@/components/chat/chat-app';
import { ownedConversations } from '@/lib/http/conversations';
import { pageOwner } from '@/lib/http/page-owner';
import { configuredModel } from '@/lib/llm/providers';
import { visualKinds } from '@/lib/spec/visual';
import { newId } from '@/lib/store/conversations';

export const dynamic = 'force-dynamic';

/** A new chat; its id becomes /c/<id> with the first question. The sidebar lists the visitor's own conversations. */
export default async function HomePage() {
  const owner = await pageOwner();
  return <ChatApp id={newId()} initialMessages={[]} conversations={await ownedConversations(owner)} planner={configuredModel()?.label ?? 'offline'} kinds={visualKinds} />;
}
