import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { targets } from '@/lib/targets/registry';
import { repairPrompt, systemPrompt } from './prompts';

describe('prompt assembly', () => {
  it('lists every registered target with its description, schema and an example', () => {
    const prompt = systemPrompt(targets);
    for (const target of targets) {
      expect(prompt).toContain(`## kind: "${target.kind}"`);
      expect(prompt).toContain(target.description);
    }
    expect(prompt).toContain('"sections"');
    expect(prompt).toContain('"vegaLite"');
  });

  it('a new target appears in the prompt with no other change', () => {
    const poster = { kind: 'poster', description: 'A poster with one big message.', schema: z.object({ kind: z.literal('poster'), message: z.string().describe('The big message') }), examples: [{ name: 'hello', spec: { kind: 'poster', message: 'Hello' } }] };
    const prompt = systemPrompt([...targets, poster]);
    expect(prompt).toContain('## kind: "poster"');
    expect(prompt).toContain('A poster with one big message.');
    expect(prompt).toContain('"The big message"');
    expect(prompt).toContain('{"kind":"poster","message":"Hello"}');
  });

  it('repair prompts name each path and rule', () => {
    expect(repairPrompt([{ path: ['sections', 0, 'icon'], message: 'unknown icon' }])).toContain('- sections.0.icon: unknown icon');
  });
});
