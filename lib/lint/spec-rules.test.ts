import { describe, expect, it } from 'vitest';
import { parseSpec } from '@/lib/spec/visual';
import { lintSpec, SPEC_RULES } from './index';

const rulesOf = (input: unknown) => lintSpec(parseSpec(input)).map((finding) => [finding.rule, finding.severity, finding.path]);
const bar = (extra: Record<string, unknown> = {}) => ({ kind: 'chart', title: 'T', type: 'bar', data: [{ label: 'a', value: 1 }], ...extra });
const board = (extra: Record<string, unknown>) => ({ kind: 'whiteboard', title: 'T', nodes: [{ id: 'a', label: 'A' }], ...extra });
const deck = (slides: unknown[]) => ({ kind: 'slides', title: 'D', slides });

/** Per rule: a spec that must trigger it (with the path) and one that must not. */
const cases: Record<string, { hit: unknown; path: (string | number)[]; miss: unknown }> = {
  'unknown-icon': {
    hit: { kind: 'infographic', title: 'T', sections: [{ type: 'icon-list', items: [{ icon: 'rocket-launch', title: 'Ship' }] }] },
    path: ['sections', 0, 'items', 0, 'icon'],
    miss: { kind: 'infographic', title: 'T', sections: [{ type: 'icon-list', items: [{ icon: 'rocket', title: 'Ship' }] }] },
  },
  'unknown-field': { hit: bar({ x: 'city' }), path: ['x'], miss: bar({ x: 'label' }) },
  'uneven-columns': {
    hit: { kind: 'chart', title: 'T', type: 'bar', columns: { label: ['a', 'b'], value: [1] } },
    path: ['columns', 'value'],
    miss: { kind: 'chart', title: 'T', type: 'bar', columns: { label: ['a', 'b'], value: [1, 2] } },
  },
  'implicit-node': { hit: board({ edges: [{ from: 'a', to: 'b' }] }), path: ['edges', 0, 'to'], miss: board({ edges: [{ from: 'a', to: 'a' }] }) },
  'implicit-group': { hit: board({ nodes: [{ id: 'a', label: 'A', group: 'g' }] }), path: ['nodes', 0, 'group'], miss: board({ nodes: [{ id: 'a', label: 'A', group: 'g' }], groups: [{ id: 'g', label: 'G' }] }) },
  'uneven-table': {
    hit: deck([{ layout: 'table', title: 't', columns: ['a', 'b'], rows: [['1']] }]),
    path: ['slides', 0, 'rows', 0],
    miss: deck([{ layout: 'table', title: 't', columns: ['a', 'b'], rows: [['1', '2']] }]),
  },
};

describe('spec lint rules', () => {
  it('every rule has a case here', () => {
    expect(SPEC_RULES.map((rule) => rule.id).sort()).toEqual(Object.keys(cases).sort());
  });

  it.each(Object.entries(cases))('%s: triggers at its path, and not on the fixed spec', (rule, { hit, path, miss }) => {
    expect(rulesOf(hit)).toContainEqual([rule, 'warning', path]);
    expect(rulesOf(miss).filter(([id]) => id === rule)).toEqual([]);
  });

  it('finds problems inside the visuals embedded in slides, at their full path', () => {
    const spec = deck([{ layout: 'embed', visual: { kind: 'chart', type: 'bar', x: 'city', data: [{ label: 'a', value: 1 }] } }, { layout: 'embed', visual: board({ edges: [{ from: 'a', to: 'db' }] }) }]);
    expect(rulesOf(spec)).toEqual([
      ['unknown-field', 'warning', ['slides', 0, 'visual', 'x']],
      ['implicit-node', 'warning', ['slides', 1, 'visual', 'edges', 0, 'to']],
    ]);
  });

  it('an unknown icon says what is drawn instead', () => {
    const [finding] = lintSpec(parseSpec(cases['unknown-icon']!.hit));
    expect(finding?.message).toMatch(/unknown icon "rocket-launch"; drawn as "rocket"/);
  });
});
