import { countTokens, encode } from 'gpt-tokenizer/encoding/o200k_base';
import type { ChatRequest } from './openai-stub';

/**
 * Token counts with OpenAI's o200k tokenizer (offline, gpt-tokenizer) of what the provider code
 * put on the wire: the response-format schema (or tools) first, then every message as
 * "role\ncontent". A provider's own count adds a few tokens of framing per message; the same
 * function measures before and after, so the comparison is fair.
 */
export function promptTokens(request: ChatRequest): number[] {
  const format = request.response_format?.json_schema ?? request.tools;
  const parts = [...(format ? [JSON.stringify(format)] : []), ...request.messages.map((message) => `${message.role}\n${typeof message.content === 'string' ? message.content : JSON.stringify(message.content)}`)];
  return parts.flatMap((part) => encode(part));
}

export function inputTokens(request: ChatRequest): number {
  return promptTokens(request).length;
}

export function outputTokens(text: string): number {
  return countTokens(text);
}

/** How many leading tokens two prompts share: what a provider's prefix cache (OpenAI's is automatic) can serve the second from. */
export function sharedPrefix(previous: readonly number[], next: readonly number[]): number {
  let index = 0;
  while (index < previous.length && index < next.length && previous[index] === next[index]) index += 1;
  return index;
}
