import { requireConversation, shareUrl } from '@/lib/http/conversations';
import { handle } from '@/lib/http/respond';
import { deleteConversation } from '@/lib/store/conversations';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ id: string }> };

/** GET /api/conversations/:id → { id, title, shareUrl, messages, createdAt, updatedAt }. */
export async function GET(request: Request, { params }: Params): Promise<Response> {
  const { id } = await params;
  return handle(async () => {
    const conversation = requireConversation(id);
    const { title, messages, createdAt, updatedAt } = conversation;
    return Response.json({ id, title, shareUrl: shareUrl(request, conversation), messages, createdAt, updatedAt }, { headers: { 'Cache-Control': 'no-store' } });
  });
}

/** DELETE /api/conversations/:id → 204 (404 when there is none). */
export async function DELETE(_request: Request, { params }: Params): Promise<Response> {
  const { id } = await params;
  return handle(async () => {
    requireConversation(id);
    deleteConversation(id);
    return new Response(null, { status: 204 });
  });
}
