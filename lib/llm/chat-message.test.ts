import { describe, expect, it } from 'vitest';
import { kindLabel, kindNoun, lastSpec, replaceVisual, type GlimpseUIMessage, type VisualOutput } from './chat-message';

const output = (title: string): VisualOutput => ({ spec: { kind: 'chart', title }, url: `/i/${title}.png`, urls: {}, alt: title, width: 1200, height: 600, planner: 'offline', notes: [] });
const answer = (id: string, toolCallId: string, title: string): GlimpseUIMessage => ({
  id,
  role: 'assistant',
  parts: [{ type: 'tool-visual', toolCallId, state: 'output-available', input: { prompt: 'x' }, output: output(title) }],
});

describe('chat messages', () => {
  it('names kinds with their article', () => {
    expect(['chart', 'infographic', 'slides', 'whiteboard'].map(kindNoun)).toEqual(['a chart', 'an infographic', 'a deck', 'a whiteboard']);
    expect(['chart', 'slides'].map(kindLabel)).toEqual(['Chart', 'Deck']);
  });

  it('finds the last visual spec for follow-up edits', () => {
    const messages = [answer('a1', 'v1', 'First'), { id: 'q2', role: 'user', parts: [{ type: 'text', text: 'more' }] } as GlimpseUIMessage, answer('a2', 'v2', 'Second')];
    expect(lastSpec(messages)?.title).toBe('Second');
    expect(lastSpec([])).toBeUndefined();
  });

  it('replaces one visual by its tool call id, and only that one', () => {
    const messages = [answer('a1', 'v1', 'First'), answer('a2', 'v2', 'Second')];
    const updated = replaceVisual(messages, 'v1', output('Edited'));
    expect(updated?.map((message) => (message.parts[0]?.type === 'tool-visual' && message.parts[0].state === 'output-available' ? message.parts[0].output.spec.title : ''))).toEqual(['Edited', 'Second']);
    expect(replaceVisual(messages, 'nope', output('x'))).toBeUndefined();
    expect(messages[0]?.parts[0]).toMatchObject({ output: { spec: { title: 'First' } } });
  });
});
