import { ownedConversations } from '@/lib/http/conversations';
import { ownerOf } from '@/lib/http/owner';
import { handle } from '@/lib/http/respond';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/conversations → { conversations: [{ id, title, updatedAt }] }: the asker's own, newest first. */
export async function GET(request: Request): Promise<Response> {
  return handle(async () => Response.json({ conversations: await ownedConversations(ownerOf(request)) }, { headers: { 'Cache-Control': 'no-store' } }));
}
