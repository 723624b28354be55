import { DeckPage } from '@/components/deck/deck-page';

export const dynamic = 'force-dynamic';

/** Made for an <iframe>: no app chrome; frame-ancestors from GLIMPSE_EMBED_FRAME_ANCESTORS (lib/http/security-headers.ts). */
export default async function EmbeddedDeck({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <DeckPage id={id} embedded />;
}
