import { describe, expect, it } from 'vitest';
import { applyEdit, requestedChartType } from './edit';

const line = { kind: 'chart', title: 'T', type: 'line', data: [{ label: '2021', value: 10 }, { label: '2022', value: 20 }] };

describe('requestedChartType', () => {
  it.each([
    ['show it as a pie chart', 'pie'],
    ['as a bar chart', 'bar'],
    ['make it a line chart', 'line'],
    ['switch to bars', 'bar'],
    ['turn it into an area chart', 'area'],
    ['make it horizontal', 'horizontal-bar'],
    ['donut please', 'donut'],
    ['改成長條圖', 'bar'],
    ['换成折线图', 'line'],
  ] as const)('%s → %s', (prompt, type) => {
    expect(requestedChartType(prompt)).toBe(type);
  });

  it.each(['colour the bars blue', 'make the bars blue', 'color the bars red', 'make the line thicker', 'change the line colour to green', 'the bars in teal', '把長條改成藍色', 'make it dark'])(
    'names the marks without asking for a type: %s',
    (prompt) => {
      expect(requestedChartType(prompt)).toBeUndefined();
    },
  );
});

describe('applyEdit on a line chart', () => {
  it.each(['colour the bars blue', 'make the bars blue', 'paint the line blue', 'blue please'])('%s recolours and keeps the line', (prompt) => {
    const { spec, changes } = applyEdit(line, prompt);
    expect(spec.type).toBe('line');
    expect(spec.colors).toEqual(['#2563EB']);
    expect(changes).toEqual(['colour #2563EB']);
  });

  it('as a bar chart changes the type and says so', () => {
    const { spec, changes } = applyEdit(line, 'show it as a bar chart');
    expect(spec.type).toBe('bar');
    expect(changes).toEqual(['bar chart']);
  });
});
