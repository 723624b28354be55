import { handle } from '@/lib/http/respond';
import { listConversations } from '@/lib/store/conversations';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/conversations → { conversations: [{ id, title, updatedAt }] }, newest first. */
export async function GET(): Promise<Response> {
  return handle(async () => Response.json({ conversations: listConversations() }, { headers: { 'Cache-Control': 'no-store' } }));
}
