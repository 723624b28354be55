import { describe, expect, it } from 'vitest';
import { parseSpec } from '@/lib/spec/visual';
import { PALETTE_NAMES } from '@/lib/spec/palettes';
import { lintSpec, SPEC_RULES } from './index';

const rulesOf = (input: unknown) => lintSpec(parseSpec(input)).map((finding) => [finding.rule, finding.severity, finding.path]);
const bar = (extra: Record<string, unknown> = {}) => ({ kind: 'chart', title: 'T', type: 'bar', data: [{ label: 'a', value: 1 }], ...extra });
const board = (extra: Record<string, unknown>) => ({ kind: 'whiteboard', title: 'T', nodes: [{ id: 'a', label: 'A' }], ...extra });
const deck = (slides: unknown[]) => ({ kind: 'slides', title: 'D', slides });

/** Per rule: a spec that must trigger it (with the path) and one that must not. */
const cases: Record<string, { hit: unknown; path: (string | number)[]; miss: unknown; severity?: string }> = {
  'low-contrast': {
    hit: { kind: 'infographic', title: 'T', theme: { brand: { primary: '#FDE047' } }, sections: [{ type: 'text', text: 'x' }] },
    path: ['theme', 'brand', 'primary'],
    miss: { kind: 'infographic', title: 'T', theme: { brand: { primary: '#A16207' } }, sections: [{ type: 'text', text: 'x' }] },
    severity: 'error',
  },
  'palette-collision': {
    hit: bar({ colors: ['#2563EB', '#1D4ED8', '#EA580C'] }),
    path: ['colors', 1],
    miss: bar({ colors: ['#2563EB', '#EA580C', '#1D4ED8'] }),
    severity: 'error',
  },
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

  it.each(Object.entries(cases))('%s: triggers at its path, and not on the fixed spec', (rule, { hit, path, miss, severity = 'warning' }) => {
    expect(rulesOf(hit)).toContainEqual([rule, severity, path]);
    expect(rulesOf(miss).filter(([id]) => id === rule)).toEqual([]);
  });

  it('finds problems inside the visuals embedded in slides, at their full path', () => {
    const spec = deck([{ layout: 'embed', visual: { kind: 'chart', type: 'bar', x: 'city', data: [{ label: 'a', value: 1 }] } }, { layout: 'embed', visual: board({ edges: [{ from: 'a', to: 'db' }] }) }]);
    expect(rulesOf(spec)).toEqual([
      ['unknown-field', 'warning', ['slides', 0, 'visual', 'x']],
      ['implicit-node', 'warning', ['slides', 1, 'visual', 'edges', 0, 'to']],
    ]);
  });

  it('every palette in both modes has readable text on its defaults (the theme lifts what would not)', () => {
    for (const mode of ['light', 'dark'] as const) {
      for (const palette of PALETTE_NAMES) {
        const findings = lintSpec(parseSpec({ kind: 'infographic', title: 'T', theme: { mode, palette }, sections: [{ type: 'text', text: 'x' }] }));
        expect(findings, `${mode} ${palette}`).toEqual([]);
      }
    }
  });

  it('a grey background fails for text itself, with the ratio in the message', () => {
    const [finding] = lintSpec(parseSpec({ kind: 'chart', title: 'T', theme: { background: '#777777' }, type: 'bar', data: [{ label: 'a', value: 1 }] }));
    expect(finding).toMatchObject({ rule: 'low-contrast', path: ['theme', 'background'], message: expect.stringMatching(/contrast 4\.\d\d:1, below 4\.5:1/) });
  });

  it('palette-collision: brand colours beside each other, with the vision that merges them; a palette alone is never reported', () => {
    const spec = (brand: Record<string, string>) => ({ kind: 'infographic', title: 'T', theme: { brand }, sections: [{ type: 'text', text: 'x' }] });
    expect(lintSpec(parseSpec(spec({ primary: '#2563EB', secondary: '#2A5FE0' })))).toContainEqual(
      expect.objectContaining({ rule: 'palette-collision', path: ['theme', 'brand', 'secondary'], message: expect.stringMatching(/series 2 \(#2a5fe0\) is too close to series 1 \(#2563eb\).*: ΔE2000 \d+\.\d, under 10$/) }),
    );
    // Red beside green reads apart for normal vision, not under deuteranopia.
    expect(lintSpec(parseSpec(spec({ primary: '#B91C1C', secondary: '#15803D' })))).toEqual([expect.objectContaining({ rule: 'palette-collision', message: expect.stringMatching(/under simulated (deuteranopia|protanopia)/) })]);
    expect(lintSpec(parseSpec(spec({ primary: '#B91C1C', secondary: '#1D4ED8' })))).toEqual([]);
    const embedded = deck([{ layout: 'embed', visual: { kind: 'chart', type: 'bar', colors: ['#0F766E', '#0F766F'], data: [{ label: 'a', value: 1 }] } }]);
    expect(rulesOf(embedded)).toEqual([['palette-collision', 'error', ['slides', 0, 'visual', 'colors', 1]]]);
  });

  it('an unknown icon says what is drawn instead', () => {
    const [finding] = lintSpec(parseSpec(cases['unknown-icon']!.hit));
    expect(finding?.message).toMatch(/unknown icon "rocket-launch"; drawn as "rocket"/);
  });
});
