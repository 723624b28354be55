/**
 * The OpenAI-compatible stub as a process, for e2e tests of the built server with GLIMPSE_MODEL
 * set. The reply is picked by a marker in the request's last message: [stub:chart],
 * [stub:text] (the chat's router answers in words), [stub:slides], [stub:trickle] (slides, streamed slowly), [stub:whiteboard], [stub:repair], [stub:429], [stub:refuse], [stub:slow]; anything else gets a valid infographic.
 * An edit (the first call asks for a JSON Patch, response format "spec_patch") is answered with a patch
 * making the spec dark, [stub:title=New title] one retitling it, [stub:addrow] one adding a chart row;
 * [stub:badpatch] sends one that does not apply, and when plan() then asks for the whole spec, the
 * stub writes the current spec (from the request) back whole as a line chart, as a model would.
 * With a visual in the conversation, the chat's router (response format "follow_up") says "edit",
 * "new" for [stub:new], words for [stub:text], and no JSON at all for [stub:routegarbage].
 * Usage: tsx lib/testing/openai-stub-cli.ts <port>
 */
import { startOpenAIStub, type StubReply } from './openai-stub';
import { INVALID_SPEC, PATCH_ADD_ROW, PATCH_DARK, PATCH_UNRESOLVABLE, REFUSAL, VALID_CHART, VALID_INFOGRAPHIC, VALID_SLIDES, VALID_WHITEBOARD } from './recorded-replies';

const port = Number(process.argv[2] ?? 3199);

function reply(lastMessage: string, history: number): StubReply {
  if (lastMessage.includes('[stub:chart]')) return { content: VALID_CHART };
  if (lastMessage.includes('[stub:trickle]')) return { content: VALID_SLIDES, chunkDelayMs: 60 };
  if (lastMessage.includes('[stub:slides]')) return { content: VALID_SLIDES };
  if (lastMessage.includes('[stub:whiteboard]')) return { content: VALID_WHITEBOARD };
  if (lastMessage.includes('[stub:429]')) return { status: 429, errorMessage: 'Rate limit reached for requests' };
  if (lastMessage.includes('[stub:refuse]')) return { content: REFUSAL };
  if (lastMessage.includes('[stub:slow]')) return { content: VALID_INFOGRAPHIC, delayMs: 60_000 };
  // A repair round: the first reply is invalid; the follow-up (with the zod issues) gets a valid one.
  if (history > 1) return { content: VALID_INFOGRAPHIC };
  if (lastMessage.includes('[stub:repair]')) return { content: INVALID_SPEC };
  return { content: VALID_INFOGRAPHIC };
}

/** The patch an edit's first call gets, by the marker in the question. */
function patchReply(question: string): StubReply {
  if (question.includes('[stub:badpatch]')) return { content: PATCH_UNRESOLVABLE };
  if (question.includes('[stub:addrow]')) return { content: PATCH_ADD_ROW };
  const title = /\[stub:title=([^\]]+)\]/.exec(question)?.[1];
  if (title) return { content: JSON.stringify({ patch: [{ op: 'replace', path: '/title', value: title }] }) };
  return { content: PATCH_DARK };
}

/** After a patch that did not apply: the spec the edit was asked of (in the first message), whole, as a line chart. */
function wholeSpecReply(first: string): StubReply | undefined {
  const current = first.split('Current spec (edit it):\n')[1];
  if (!current) return undefined;
  try {
    const spec = JSON.parse(current) as Record<string, unknown>;
    return { content: JSON.stringify(spec.kind === 'chart' ? { ...spec, type: 'line' } : spec) };
  } catch {
    return undefined;
  }
}

/** The follow-up router (a visual in the conversation): edit unless a marker says otherwise. */
function followUpReply(text: string): StubReply {
  if (text.includes('[stub:routegarbage]')) return { content: 'Sure, I can help with that!' };
  if (text.includes('[stub:text]')) return { content: JSON.stringify({ answer: 'text', reply: 'That chart compares five cities; ask me to change it.' }) };
  if (text.includes('[stub:new]')) return { content: JSON.stringify({ answer: 'new' }) };
  return { content: JSON.stringify({ answer: 'edit' }) };
}

const stub = await startOpenAIStub((request) => {
  const system = JSON.stringify(request.messages.filter((message) => message.role === 'system').map((message) => message.content));
  const messages = request.messages.filter((message) => message.role !== 'system');
  const last = messages.at(-1);
  const first = String(messages[0]?.content ?? '');
  const text = typeof last?.content === 'string' ? last.content : JSON.stringify(last?.content ?? '');
  const format = (request.response_format?.json_schema as { name?: string } | undefined)?.name;
  if (format === 'follow_up') return followUpReply(text);
  // The chat's router call (lib/llm/decide.ts): words for [stub:text], a picture otherwise.
  if (system.includes('router of Glimpse')) {
    return { content: JSON.stringify(text.includes('[stub:text]') ? { answer: 'text', reply: 'Hello! Ask me for a chart, an infographic, a deck or a diagram.' } : { answer: 'visual' }) };
  }
  // An edit's first call; a repair round asking for a patch gets the whole valid spec below (a model may answer either).
  if (format === 'spec_patch' && messages.length === 1) return patchReply(first);
  if (text.includes('That patch does not apply')) {
    const whole = wholeSpecReply(first);
    if (whole) return whole;
  }
  return reply(messages.length > 1 ? `${first}\n${text}` : text, messages.length);
}, port);
console.log(`OpenAI stub on ${stub.url}`);

