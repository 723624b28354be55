import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { outputTokens, promptTokens, sharedPrefix } from './token-count';

/**
 * A local server speaking the OpenAI chat-completions wire protocol (JSON and SSE streaming),
 * replaying scripted replies. The LLM provider is the only stand-in Glimpse's tests use: the real
 * AI SDK provider code runs against it over real HTTP.
 */

export interface ChatRequest {
  model: string;
  messages: { role: string; content: unknown }[];
  stream?: boolean;
  response_format?: { type: string; json_schema?: unknown };
  [key: string]: unknown;
}

export interface StubReply {
  /** Assistant message text (a recorded model reply). */
  content?: string;
  finishReason?: 'stop' | 'length' | 'content_filter';
  /** Answer with this HTTP status and an OpenAI-style error body instead. */
  status?: number;
  errorMessage?: string;
  /** Wait before answering (to exercise timeouts). */
  delayMs?: number;
  /** Wait between streamed pieces (to watch partial specs arrive). */
  chunkDelayMs?: number;
  usage?: { prompt_tokens: number; completion_tokens: number };
}

export interface StubOptions {
  port?: number;
  /**
   * Report real usage: prompt tokens counted with o200k from the request as sent, cached tokens
   * (`prompt_tokens_details.cached_tokens`) as the prefix it shares with the previous request —
   * what OpenAI's automatic prefix cache could serve — and completion tokens of the reply.
   */
  countTokens?: boolean;
}

export interface OpenAIStub {
  /** Base URL ending in /v1, for OPENAI_BASE_URL. */
  url: string;
  requests: ChatRequest[];
  close: () => Promise<void>;
}

async function body(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Starts the stub on 127.0.0.1; `script` picks the reply for each call (0-based). A number is the port (0 = any free one). */
export async function startOpenAIStub(script: (request: ChatRequest, call: number) => StubReply, settings: number | StubOptions = 0): Promise<OpenAIStub> {
  const { port = 0, countTokens = false } = typeof settings === 'number' ? { port: settings } : settings;
  const requests: ChatRequest[] = [];
  let previousPrompt: number[] = [];
  const server: Server = createServer(async (request, response) => {
    if (request.method === 'GET' && request.url === '/health') {
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
      return;
    }
    if (request.method !== 'POST' || !request.url?.endsWith('/chat/completions')) {
      response.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'not found' } }));
      return;
    }
    const parsed = JSON.parse(await body(request)) as ChatRequest;
    const call = requests.length;
    requests.push(parsed);
    const reply = script(parsed, call);
    if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
    if (response.destroyed) return;
    if (reply.status && reply.status >= 400) {
      response.writeHead(reply.status, { 'content-type': 'application/json', ...(reply.status === 429 ? { 'retry-after': '1' } : {}) });
      response.end(JSON.stringify({ error: { message: reply.errorMessage ?? 'error', type: 'stub_error', code: reply.status } }));
      return;
    }
    const id = `chatcmpl-stub-${call}`;
    const created = 1_700_000_000;
    const finish = reply.finishReason ?? 'stop';
    const content = reply.content ?? '';
    let usage: { prompt_tokens: number; completion_tokens: number; prompt_tokens_details?: { cached_tokens: number } } = reply.usage ?? { prompt_tokens: 1200, completion_tokens: 300 };
    if (countTokens) {
      const prompt = promptTokens(parsed);
      usage = { prompt_tokens: prompt.length, completion_tokens: outputTokens(content), prompt_tokens_details: { cached_tokens: sharedPrefix(previousPrompt, prompt) } };
      previousPrompt = prompt;
    }
    if (!parsed.stream) {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({
          id,
          object: 'chat.completion',
          created,
          model: parsed.model,
          choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: finish }],
          usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
        }),
      );
      return;
    }
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    const send = (data: unknown) => response.write(`data: ${JSON.stringify(data)}\n\n`);
    send({ id, object: 'chat.completion.chunk', created, model: parsed.model, choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }] });
    const pieces = content.match(/[\s\S]{1,24}/g) ?? [];
    for (const piece of pieces) {
      send({ id, object: 'chat.completion.chunk', created, model: parsed.model, choices: [{ index: 0, delta: { content: piece }, finish_reason: null }] });
      await new Promise((resolve) => (reply.chunkDelayMs ? setTimeout(resolve, reply.chunkDelayMs) : setImmediate(resolve)));
    }
    send({ id, object: 'chat.completion.chunk', created, model: parsed.model, choices: [{ index: 0, delta: {}, finish_reason: finish }], usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens } });
    response.end('data: [DONE]\n\n');
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}/v1`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
