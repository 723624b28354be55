import { GlimpseError } from '@/lib/errors';
import { conversationNotFound, requireConversation } from '@/lib/http/conversations';
import { ownerKey, ownerOf } from '@/lib/http/owner';
import { admit } from '@/lib/http/guard';
import { readJsonBody } from '@/lib/http/request';
import { handle } from '@/lib/http/respond';
import { visualOutput } from '@/lib/http/visual-output';
import { replaceVisual } from '@/lib/llm/chat-message';
import { parseSpec } from '@/lib/spec/visual';
import { saveConversation } from '@/lib/store/conversations';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * PUT /api/conversations/:id/visuals/:toolCallId with a spec as the body: validates it (400 with
 * field paths), renders its metadata, stores it in place of that answer's visual, and returns the
 * new visual output (url, urls, width, height, alt, spec). The chat's spec editor calls this; only
 * the conversation's owner may (anyone else: 404).
 */
export async function PUT(request: Request, { params }: { params: Promise<{ id: string; toolCallId: string }> }): Promise<Response> {
  const { id, toolCallId } = await params;
  return handle(async () => {
    const owner = ownerOf(request);
    await admit(request, 'public');
    const conversation = await requireConversation(id, owner);
    const spec = parseSpec(await readJsonBody(request));
    const previous = conversation.messages.flatMap((message) => message.parts).find((part) => part.type === 'tool-visual' && part.toolCallId === toolCallId && part.state === 'output-available');
    if (!previous || previous.type !== 'tool-visual' || previous.state !== 'output-available') {
      throw new GlimpseError('not_found', `no visual "${toolCallId.slice(0, 80)}" in this conversation`, { issues: [{ path: ['toolCallId'], message: 'not found' }] });
    }
    const output = await visualOutput(request, spec, { planner: previous.output.planner, notes: [] });
    if (!owner || !(await saveConversation(id, ownerKey(owner), replaceVisual(conversation.messages, toolCallId, output) ?? conversation.messages))) throw conversationNotFound(id);
    return Response.json(output, { headers: { 'Cache-Control': 'no-store' } });
  });
}
