import { fromZodError, GlimpseError } from '@/lib/errors';
import { conversationNotFound, requireConversation } from '@/lib/http/conversations';
import { ownerKey, ownerOf } from '@/lib/http/owner';
import { admit } from '@/lib/http/guard';
import { readJsonBody } from '@/lib/http/request';
import { handle } from '@/lib/http/respond';
import { visualOutput } from '@/lib/http/visual-output';
import { findVisual, replaceVisual, type VisualOutput } from '@/lib/llm/chat-message';
import { showVersion, specAt, versionChoiceSchema, versionsOf, withVersion } from '@/lib/llm/visual-versions';
import { parseSpec } from '@/lib/spec/visual';
import { saveConversation, type Conversation } from '@/lib/store/conversations';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ id: string; toolCallId: string }> };

function visualIn(conversation: Conversation, toolCallId: string): VisualOutput {
  const visual = findVisual(conversation.messages, toolCallId);
  if (!visual) throw new GlimpseError('not_found', `no visual "${toolCallId.slice(0, 80)}" in this conversation`, { issues: [{ path: ['toolCallId'], message: 'not found' }] });
  return visual;
}

/** Stores the visual's new output in its place; the owner's only (a stranger's id was refused before). */
async function store(request: Request, id: string, conversation: Conversation, toolCallId: string, output: VisualOutput): Promise<Response> {
  const owner = ownerOf(request);
  if (!owner || !(await saveConversation(id, ownerKey(owner), replaceVisual(conversation.messages, toolCallId, output) ?? conversation.messages))) throw conversationNotFound(id);
  return Response.json(output, { headers: { 'Cache-Control': 'no-store' } });
}

/**
 * PUT /api/conversations/:id/visuals/:toolCallId with a spec as the body: validates it (400 with
 * field paths), renders its metadata and adds it to that answer's visual as a new version (a hand
 * edit), shown; returns the visual output. `?amend=1` (the spec editor, after its first save)
 * replaces the editor's own last version instead, so one editing session is one version. Only the
 * conversation's owner may (anyone else: 404).
 */
export async function PUT(request: Request, { params }: Params): Promise<Response> {
  const { id, toolCallId } = await params;
  return handle(async () => {
    await admit(request, 'public');
    const conversation = await requireConversation(id, ownerOf(request));
    const spec = parseSpec(await readJsonBody(request));
    const previous = visualIn(conversation, toolCallId);
    const drawn = await visualOutput(request, spec, { planner: previous.planner, notes: [] });
    const amend = new URL(request.url).searchParams.get('amend') === '1';
    return store(request, id, conversation, toolCallId, withVersion(previous, drawn, { source: 'edit', at: Date.now() }, amend));
  });
}

/**
 * PATCH /api/conversations/:id/visuals/:toolCallId with `{ "version": n }` (1-based): shows that
 * version (undo, redo, a pick from the version list), rebuilt from the stored patches and drawn;
 * the choice is stored, so a reload, the share page and the next follow-up see it. 400 naming
 * `version` past the last one.
 */
export async function PATCH(request: Request, { params }: Params): Promise<Response> {
  const { id, toolCallId } = await params;
  return handle(async () => {
    await admit(request, 'public');
    const conversation = await requireConversation(id, ownerOf(request));
    const parsed = versionChoiceSchema.safeParse(await readJsonBody(request));
    if (!parsed.success) throw fromZodError(parsed.error, 'invalid_request');
    const visual = visualIn(conversation, toolCallId);
    const count = versionsOf(visual).versions.length;
    const index = parsed.data.version - 1;
    if (index >= count) throw new GlimpseError('invalid_request', `version: this visual has ${count} version${count === 1 ? '' : 's'}`, { issues: [{ path: ['version'], message: `at most ${count}` }] });
    const spec = parseSpec(specAt(visual, index));
    const drawn = await visualOutput(request, spec, { planner: visual.planner, notes: [] });
    return store(request, id, conversation, toolCallId, showVersion(visual, index, drawn));
  });
}
