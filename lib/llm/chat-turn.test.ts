import { describe, expect, it } from 'vitest';
import type { GlimpseUIMessage } from './chat-message';
import { asksRouter, caption, editTarget, isEditRequest, nothingToDraw } from './chat-turn';

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

describe('editTarget', () => {
  it('is the last visual of the history when the question reads as an edit', () => {
    expect(editTarget(history, 'make it dark')).toEqual(chart);
    expect(editTarget(history, 'a deck about solar')).toBeUndefined();
    expect(editTarget([], 'make it dark')).toBeUndefined();
  });
});

describe('asksRouter', () => {
  it('only with a model, for a new question of no forced kind', () => {
    expect(asksRouter({ model: true, editing: false })).toBe(true);
    expect(asksRouter({ model: false, editing: false })).toBe(false);
    expect(asksRouter({ model: true, kind: 'chart', editing: false })).toBe(false);
    expect(asksRouter({ model: true, editing: true })).toBe(false);
  });
});

describe('captions', () => {
  it('name the kind and title, and say when an edit updated it', () => {
    expect(caption({ kind: 'chart', title: 'Sales' }, false)).toBe('Here is a chart: “Sales”.');
    expect(caption({ kind: 'slides', title: 'Launch' }, true)).toBe('Updated a deck: “Launch”.');
    expect(nothingToDraw('Paste a table.')).toBe('Nothing to draw in that yet. Paste a table. Or pick a kind from the menu.');
  });
});
