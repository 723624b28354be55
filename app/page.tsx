import { Chat } from '@/components/chat/chat';
import { configuredModel } from '@/lib/llm/providers';
import { visualKinds } from '@/lib/spec/visual';

export const dynamic = 'force-dynamic';

export default function HomePage() {
  return (
    <main className="chat-page">
      <header className="chat-header">
        <h1>Glimpse</h1>
        <nav>
          <a href="/gallery">Gallery</a> · <a href="/api/schema">Schema</a>
        </nav>
      </header>
      <Chat planner={configuredModel()?.label ?? 'offline'} kinds={visualKinds} />
    </main>
  );
}
