import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAnthropic } from '@ai-sdk/anthropic';
import { afterEach, describe, expect, it } from 'vitest';
import { rejectedGlimpseError } from '@/lib/testing/errors';
import { targetFor } from '@/lib/spec/visual';
import { callModel } from './call-model';
import { kindPrompt } from './prompts';
import type { ConfiguredModel } from './providers';
import { specResponseFormat } from './response-format';

let server: Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

/** A local endpoint for the real Anthropic provider code: it records the Messages API body and answers an Anthropic-style error. */
async function anthropicRecorder(): Promise<{ url: string; bodies: Record<string, unknown>[] }> {
  const bodies: Record<string, unknown>[] = [];
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      bodies.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>);
      response.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ type: 'error', error: { type: 'invalid_request_error', message: 'recorded' } }));
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}/v1`, bodies };
}

describe('Anthropic prompt caching', () => {
  it('the stable system part goes with cache_control: ephemeral; the request stays in the messages after it', async () => {
    const recorder = await anthropicRecorder();
    const quirks = { dropsValidationKeywords: false, rejectsUnions: false, strictSchemas: false };
    const model: ConfiguredModel = { provider: 'anthropic', modelId: 'claude-sonnet-4-5', label: 'anthropic:claude-sonnet-4-5', model: createAnthropic({ apiKey: 'test-key', baseURL: recorder.url })('claude-sonnet-4-5'), quirks };
    const target = targetFor('chart');
    const system = kindPrompt(target);
    const error = await rejectedGlimpseError(callModel(model, system, [{ role: 'user', content: 'signups by month' }], specResponseFormat('chart', target.schema, quirks).schema, { maxRetries: 0 }));
    expect(error.code).toBe('provider_error');
    const body = recorder.bodies[0] as { system?: { type: string; text: string; cache_control?: unknown }[]; messages: { role: string; content: unknown }[] };
    expect(body.system).toEqual([{ type: 'text', text: system, cache_control: { type: 'ephemeral' } }]);
    expect(JSON.stringify(body.messages.at(-1))).toContain('signups by month');
  });
});
