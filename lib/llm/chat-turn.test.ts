import { describe, expect, it } from 'vitest';
import { lastVisual, type GlimpseUIMessage } from './chat-message';
import { asksRouter, caption, editsShown, isEditRequest, nothingToDraw } from './chat-turn';

const chart = { kind: 'chart', title: 'Sales', type: 'bar', data: [{ label: 'a', value: 1 }] };
const history: GlimpseUIMessage[] = [
  { id: 'q1', role: 'user', parts: [{ type: 'text', text: 'sales' }] },
  {
    id: 'a1',
    role: 'assistant',
    parts: [{ type: 'tool-visual', toolCallId: 'v1', state: 'output-available', input: { prompt: 'sales' }, output: { spec: chart, url: '/i/x.png', urls: {}, alt: 'a', width: 1, height: 1 } } as never],
  },
];

describe('isEditRequest', () => {
  it.each(['make it dark', 'Make the bars blue', 'turn it into a pie chart', 'colour the bars red', 'add a 2023 row: 50', 'sort descending', 'rename it to "Q3"', 'as a pie chart', 'in dark mode', 'use a log scale', '改成深色', '換成圓餅圖', '色を変えて', '파란색으로 바꿔'])(
    'edits: %s',
    (prompt) => expect(isEditRequest(prompt)).toBe(true),
  );
  it.each(['make a chart of monthly signups: Jan 120, Feb 150', 'Make slides about our launch', 'compare the populations of Taipei and Tainan', 'hello', 'turnover by region 2024'])(
    'asks for something new: %s',
    (prompt) => expect(isEditRequest(prompt)).toBe(false),
  );
});

describe('editsShown', () => {
  it('the visual in context is the last one of the history', () => {
    expect(lastVisual(history)?.output.spec).toEqual(chart);
    expect(lastVisual(history)?.toolCallId).toBe('v1');
    expect(lastVisual([])).toBeUndefined();
  });

  it('without the router (offline, a forced kind) the words decide', () => {
    expect(editsShown({ shown: true, prompt: 'make it dark' })).toBe(true);
    expect(editsShown({ shown: true, prompt: 'a deck about solar' })).toBe(false);
    expect(editsShown({ shown: false, prompt: 'make it dark' })).toBe(false);
  });

  it("the model's clear decision beats the words; an unclear one leaves it to them", () => {
    expect(editsShown({ shown: true, prompt: 'the title should be shorter', decision: { draw: true, edit: true } })).toBe(true);
    expect(editsShown({ shown: true, prompt: 'make a chart of signups: Jan 1, Feb 2', decision: { draw: true, edit: false } })).toBe(false);
    expect(editsShown({ shown: true, prompt: 'make it dark', decision: { draw: true, edit: false } })).toBe(false);
    expect(editsShown({ shown: true, prompt: 'make it dark', decision: { draw: true, reason: 'no clear decision' } })).toBe(true);
    expect(editsShown({ shown: true, prompt: 'the title should be shorter', decision: { draw: true, reason: 'no clear decision' } })).toBe(false);
    expect(editsShown({ shown: false, prompt: 'make it dark', decision: { draw: true, edit: true } })).toBe(false);
  });
});

describe('asksRouter', () => {
  it('only with a model, for a question of no forced kind (edits too: it says edit or new)', () => {
    expect(asksRouter({ model: true })).toBe(true);
    expect(asksRouter({ model: false })).toBe(false);
    expect(asksRouter({ model: true, kind: 'chart' })).toBe(false);
  });
});

describe('captions', () => {
  it('name the kind and title, and say when an edit updated it', () => {
    expect(caption({ kind: 'chart', title: 'Sales' })).toBe('Here is a chart: “Sales”.');
    expect(caption({ kind: 'slides', title: 'Launch' }, { version: 3, count: 4 })).toBe('Updated a deck: “Launch” (version 3 of 4).');
    expect(nothingToDraw('Paste a table.')).toBe('Nothing to draw in that yet. Paste a table. Or pick a kind from the menu.');
  });
});
