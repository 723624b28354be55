import { DeckPage } from '@/components/deck/deck-page';

export const dynamic = 'force-dynamic';

export default async function Deck({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <DeckPage id={id} embedded={false} />;
}
