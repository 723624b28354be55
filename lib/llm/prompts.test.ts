import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { targets } from '@/lib/targets/registry';
import { editPrompt, kindPrompt, repairPrompt, systemPrompt, userPrompt } from './prompts';

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

  it('a kind prompt carries that kind alone: its description, type and example, the same bytes every time', () => {
    for (const target of targets) {
      const prompt = kindPrompt(target);
      expect(prompt).toContain(`## kind: "${target.kind}"`);
      expect(prompt).toContain(target.description);
      expect(prompt).toContain(`Example:\n${JSON.stringify(target.examples[0]?.spec)}`);
      for (const other of targets) if (other.kind !== target.kind) expect(prompt).not.toContain(`## kind: "${other.kind}"`);
      expect(kindPrompt(target)).toBe(prompt);
    }
    expect(kindPrompt(targets[0])).toContain('sections');
  });

  it('a new target gets a kind prompt and an edit prompt with no other change', () => {
    const poster = { kind: 'poster', description: 'A poster with one big message.', schema: z.object({ kind: z.literal('poster'), message: z.string().max(80).describe('The big message') }), examples: [{ name: 'hello', spec: { kind: 'poster', message: 'Hello' } }] };
    expect(kindPrompt(poster)).toContain('message: string(max 80 chars) // The big message');
    expect(kindPrompt(poster)).toContain('{"kind":"poster","message":"Hello"}');
    const edit = editPrompt(poster);
    expect(edit).toContain('JSON Patch (RFC 6902)');
    expect(edit).toContain('message: string(max 80 chars)');
    expect(edit).not.toContain('//');
    expect(edit).not.toContain('Example:');
  });

  it('the request goes last, after the stable system prompt: prompt, data, then the spec being edited', () => {
    expect(userPrompt({ prompt: ' make it dark ', data: 'a,b', previousSpec: { kind: 'chart' } })).toBe('make it dark\n\nData:\na,b\n\nCurrent spec (edit it):\n{"kind":"chart"}');
  });

  it('a repair asks for the fix as a patch, or for the whole spec', () => {
    const issues = [{ path: ['type'], message: 'invalid option' }];
    expect(repairPrompt(issues)).toMatch(/^That spec is not valid:\n- type: invalid option\nReply with only the fix: a JSON Patch/);
    expect(repairPrompt(issues, undefined, 'spec')).toMatch(/Return the corrected, complete JSON spec only\.$/);
  });
});
