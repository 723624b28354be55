import { describe, expect, it } from 'vitest';
import { fieldProblems, resolveFields } from './fields';

describe('chart fields', () => {
  it('uses the named fields when the data has them', () => {
    const rows = [{ city: 'Taipei', people: 2.5, area: 271 }];
    expect(resolveFields({ type: 'bar', x: 'city', y: 'area' }, rows)).toEqual({ fields: { x: 'city', y: 'area' }, substitutions: [] });
  });

  it('draws a misspelt field from the data instead, and says so', () => {
    const rows = [{ City: 'Taipei', People: 2.5 }, { City: 'Tainan', People: 1.8 }];
    const { fields, substitutions } = resolveFields({ type: 'bar', x: 'city', y: 'people' }, rows);
    expect(fields).toEqual({ x: 'City', y: 'People' });
    expect(substitutions).toEqual([
      { key: 'y', named: 'people', used: 'People' },
      { key: 'x', named: 'city', used: 'City' },
    ]);
    expect(fieldProblems({ type: 'bar', x: 'city', y: 'people' }, rows)).toEqual([]);
  });

  it('never puts the only numeric field on the category axis', () => {
    const { fields } = resolveFields({ type: 'bar' }, [{ amount: 3, name: 'a' }]);
    expect(fields).toEqual({ x: 'name', y: 'amount' });
  });

  it('scatter takes numbers on both axes; heatmap its value first', () => {
    expect(resolveFields({ type: 'scatter' }, [{ a: 'p', b: 1, c: 2 }]).fields).toEqual({ x: 'b', y: 'c' });
    expect(resolveFields({ type: 'heatmap' }, [{ day: 'Mon', hour: '9', load: 3 }]).fields).toEqual({ x: 'day', y: 'hour', value: 'load' });
  });

  it('with nothing suitable the named field stays and the problem names it', () => {
    const rows = [{ label: 'a', note: 'b' }];
    expect(resolveFields({ type: 'bar' }, rows).fields.y).toBe('value');
    expect(fieldProblems({ type: 'bar' }, rows)).toEqual([{ path: ['y'], message: 'field "value" is not in the data; fields: label, note' }]);
  });
});
