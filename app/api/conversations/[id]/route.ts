import { requireConversation, shareUrl } from '@/lib/http/conversations';
import { ownerOf, ownerKey } from '@/lib/http/owner';
import { handle } from '@/lib/http/respond';
import { deleteConversation } from '@/lib/store/conversations';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ id: string }> };

/** GET /api/conversations/:id → { id, title, shareUrl, messages, createdAt, updatedAt } (the owner's only; else 404). */
export async function GET(request: Request, { params }: Params): Promise<Response> {
  const { id } = await params;
  return handle(async () => {
    const conversation = await requireConversation(id, ownerOf(request));
    const { title, messages, createdAt, updatedAt } = conversation;
    return Response.json({ id, title, shareUrl: shareUrl(request, conversation), messages, createdAt, updatedAt }, { headers: { 'Cache-Control': 'no-store' } });
  });
}

/** DELETE /api/conversations/:id → 204 (404 when the asker owns none with that id). */
export async function DELETE(request: Request, { params }: Params): Promise<Response> {
  const { id } = await params;
  return handle(async () => {
    const owner = ownerOf(request);
    await requireConversation(id, owner);
    if (owner) await deleteConversation(id, ownerKey(owner));
    return new Response(null, { status: 204 });
  });
}
