import type { LanguageModel } from 'ai';
import { createOpenAI } from '@ai-sdk/openai';
import { createAnthropic } from '@ai-sdk/anthropic';
import { createGoogleGenerativeAI } from '@ai-sdk/google';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { env, type Env } from '@/lib/env';

export type ProviderName = 'openai' | 'anthropic' | 'google' | 'openai-compatible';

/**
 * What a provider's structured-output endpoint cannot take. Everything provider-specific about
 * schemas lives here and in `adaptSchema` (quirks.ts), nowhere else.
 */
export interface ProviderQuirks {
  /** Rejects or ignores validation keywords (minItems, maxLength, pattern …) in response schemas. */
  dropsValidationKeywords: boolean;
  /** Rejects anyOf/oneOf unions in response schemas. */
  rejectsUnions: boolean;
  /**
   * Sends structured output with `strict: true` (OpenAI): every property must be required (an
   * optional one is written nullable), every object closed, no open records or `any`. A schema
   * that cannot be written so is sent with `strict: false`.
   */
  strictSchemas: boolean;
}

export interface ConfiguredModel {
  provider: ProviderName;
  modelId: string;
  /** "provider:model", as in GLIMPSE_MODEL. */
  label: string;
  model: LanguageModel;
  quirks: ProviderQuirks;
}

const QUIRKS: Record<ProviderName, ProviderQuirks> = {
  openai: { dropsValidationKeywords: true, rejectsUnions: false, strictSchemas: true },
  anthropic: { dropsValidationKeywords: false, rejectsUnions: false, strictSchemas: false },
  google: { dropsValidationKeywords: true, rejectsUnions: true, strictSchemas: false },
  'openai-compatible': { dropsValidationKeywords: true, rejectsUnions: false, strictSchemas: false },
};

/** The model from GLIMPSE_MODEL (+ keys/base URL), or undefined → the offline planner. */
export function configuredModel(config: Env = env): ConfiguredModel | undefined {
  if (!config.GLIMPSE_MODEL) return undefined;
  const colon = config.GLIMPSE_MODEL.indexOf(':');
  const provider = config.GLIMPSE_MODEL.slice(0, colon) as ProviderName;
  const modelId = config.GLIMPSE_MODEL.slice(colon + 1);
  return { provider, modelId, label: config.GLIMPSE_MODEL, model: createModel(provider, modelId, config), quirks: QUIRKS[provider] };
}

function createModel(provider: ProviderName, modelId: string, config: Env): LanguageModel {
  switch (provider) {
    case 'openai':
      return createOpenAI({ apiKey: config.OPENAI_API_KEY, baseURL: config.OPENAI_BASE_URL }).chat(modelId);
    case 'anthropic':
      return createAnthropic({ apiKey: config.ANTHROPIC_API_KEY })(modelId);
    case 'google':
      return createGoogleGenerativeAI({ apiKey: config.GOOGLE_GENERATIVE_AI_API_KEY })(modelId);
    case 'openai-compatible':
      return createOpenAICompatible({
        name: 'openai-compatible',
        baseURL: config.OPENAI_BASE_URL ?? 'http://127.0.0.1:11434/v1',
        apiKey: config.OPENAI_API_KEY,
        supportsStructuredOutputs: true,
      }).chatModel(modelId);
    default: {
      const unreachable: never = provider;
      return unreachable;
    }
  }
}
