import { generateText, jsonSchema, NoObjectGeneratedError, Output, streamText, type LanguageModelUsage, type ModelMessage, type SystemModelMessage } from 'ai';
import { env } from '@/lib/env';
import { deadline } from '@/lib/deadline';
import { providerError } from './provider-errors';
import type { ConfiguredModel } from './providers';

export interface CallOptions {
  /** Partial objects as the model streams them (streaming mode). */
  onPartial?: (partial: unknown) => void;
  timeoutMs?: number;
  /** Aborts the model call (the client went away, or pressed stop). */
  signal?: AbortSignal;
  maxRetries?: number;
}

/** Tokens of one or more calls; `cachedInputTokens` is the part of the input the provider read from its prompt cache, when it says. */
export interface Usage {
  inputTokens?: number;
  outputTokens?: number;
  cachedInputTokens?: number;
}

export interface Reply {
  text: string;
  finishReason: string;
  usage: Usage;
}

/**
 * The system prompt as a message marked for Anthropic's prompt cache (`cacheControl`; other
 * providers ignore the option — OpenAI caches a repeated prefix by itself). Everything that
 * varies goes in the messages after it.
 */
export function cacheableSystem(text: string): SystemModelMessage {
  return { role: 'system', content: text, providerOptions: { anthropic: { cacheControl: { type: 'ephemeral' } } } };
}

function usageOf(usage: Partial<LanguageModelUsage> | undefined): Usage {
  const cached = usage?.inputTokenDetails?.cacheReadTokens ?? usage?.cachedInputTokens;
  return { inputTokens: usage?.inputTokens, outputTokens: usage?.outputTokens, ...(cached ? { cachedInputTokens: cached } : {}) };
}

/** One model call with structured output (streamed when `onPartial` is set); provider errors become GlimpseErrors. */
export async function callModel(
  model: ConfiguredModel,
  system: string | SystemModelMessage,
  messages: ModelMessage[],
  schema: Record<string, unknown>,
  options: CallOptions,
  output: { name: string; description: string; strict?: boolean } = { name: 'visual_spec', description: 'A Glimpse visual spec' },
): Promise<Reply> {
  const timeout = deadline(options.timeoutMs ?? env.GLIMPSE_LLM_TIMEOUT_MS, options.signal);
  const { strict, ...named } = output;
  const settings = {
    model: model.model,
    system: typeof system === 'string' ? cacheableSystem(system) : system,
    messages,
    maxRetries: options.maxRetries ?? env.GLIMPSE_LLM_MAX_RETRIES,
    abortSignal: timeout.signal,
    output: Output.object({ schema: jsonSchema(schema), ...named }),
    // OpenAI's strict mode only for schemas written for it (quirks.ts strictSchema); its default is on.
    ...(strict !== undefined && model.provider === 'openai' ? { providerOptions: { openai: { strictJsonSchema: strict } } } : {}),
  };
  try {
    if (!options.onPartial) {
      const result = await generateText(settings);
      return { text: result.text, finishReason: result.finishReason, usage: usageOf(result.usage) };
    }
    let streamError: unknown;
    const result = streamText({ ...settings, onError: ({ error }) => void (streamError = error) });
    for await (const partial of result.partialOutputStream) options.onPartial(partial);
    // The provider's own error (a 429, a 401) beats the SDK's "no output generated" that follows it.
    const [text, finishReason, usage] = await Promise.all([result.text, result.finishReason, result.usage]).catch((error: unknown) => {
      throw streamError ?? error;
    });
    if (streamError) throw streamError;
    return { text, finishReason, usage: usageOf(usage) };
  } catch (error) {
    // The SDK could not parse the reply as JSON: keep the text, our salvage and repair handle it.
    if (NoObjectGeneratedError.isInstance(error)) {
      return { text: error.text ?? '', finishReason: String(error.finishReason ?? 'unknown'), usage: usageOf(error.usage) };
    }
    throw providerError(error, model.label);
  } finally {
    timeout.dispose();
  }
}
