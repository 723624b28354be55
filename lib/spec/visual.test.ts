import { describe, expect, it } from 'vitest';
import { parseSpec, visualJsonSchema } from './visual';
import { lintSpec } from '@/lib/lint';
import { GlimpseError } from '@/lib/errors';
import { MAX_ICON_NAME_CHARS, MAX_ITEMS, MAX_LABEL_CHARS, MAX_SECTIONS, MAX_TITLE_CHARS, MAX_WIDTH, MIN_WIDTH } from '@/lib/limits';
import { targets } from '@/lib/targets/registry';
import { itEnforcesEdges, type Edge } from '@/lib/testing/edges';
import { thrownGlimpseError } from '@/lib/testing/errors';

const base = { kind: 'infographic', title: 'T', sections: [{ type: 'text', text: 'hello' }] };
const stat = (value: string) => ({ value, label: 'label' });
const statsWith = (count: number) => ({ ...base, sections: [{ type: 'stats', items: Array.from({ length: count }, (_, index) => stat(String(index))) }] });
const sectionsOf = (count: number) => ({ ...base, sections: Array.from({ length: count }, () => ({ type: 'text', text: 'x' })) });

const accepted: [string, unknown][] = [
  ['minimal', base],
  ['width at MIN_WIDTH', { ...base, width: MIN_WIDTH }],
  ['width at MAX_WIDTH', { ...base, width: MAX_WIDTH }],
  ['title at MAX_TITLE_CHARS', { ...base, title: 'x'.repeat(MAX_TITLE_CHARS) }],
  ['MAX_ITEMS stats', statsWith(MAX_ITEMS)],
  ['MAX_SECTIONS sections', sectionsOf(MAX_SECTIONS)],
  ['theme with brand', { ...base, theme: { mode: 'dark', palette: 'ocean', brand: { primary: '#ff0000', secondary: '#0f0' } } }],
  ['icon with prefix', { ...base, sections: [{ type: 'icon-list', items: [{ icon: 'lucide:rocket', title: 'a' }] }] }],
  ['locale zh-TW', { ...base, locale: 'zh-TW' }],
  ['progress at 0 and 100', { ...base, sections: [{ type: 'progress', items: [{ label: 'a', value: 0 }, { label: 'b', value: 100 }] }] }],
];

const rejected: [string, unknown, (string | number)[], RegExp][] = [
  ['not an object', [1, 2], [], /expected object/],
  ['missing kind', { title: 'x' }, ['kind'], /must be one of/],
  ['unknown kind', { ...base, kind: 'poster' }, ['kind'], /must be one of: infographic, chart, slides, whiteboard/],
  ['missing title', { kind: 'infographic', sections: base.sections }, ['title'], /expected string/i],
  ['empty sections', { ...base, sections: [] }, ['sections'], />=1/],
  ['too many sections', sectionsOf(MAX_SECTIONS + 1), ['sections'], new RegExp(`<=${MAX_SECTIONS}`)],
  ['too many items', statsWith(MAX_ITEMS + 1), ['sections', 0, 'items'], new RegExp(`<=${MAX_ITEMS}`)],
  ['title too long', { ...base, title: 'x'.repeat(MAX_TITLE_CHARS + 1) }, ['title'], new RegExp(`<=${MAX_TITLE_CHARS}`)],
  ['label too long', { ...base, sections: [{ type: 'stats', items: [{ value: '1', label: 'x'.repeat(MAX_LABEL_CHARS + 1) }] }] }, ['sections', 0, 'items', 0, 'label'], /<=/],
  ['width below MIN_WIDTH', { ...base, width: MIN_WIDTH - 1 }, ['width'], />=/],
  ['width above MAX_WIDTH', { ...base, width: MAX_WIDTH + 1 }, ['width'], /<=/],
  ['fractional width', { ...base, width: 800.5 }, ['width'], /int/i],
  ['unknown section type', { ...base, sections: [{ type: 'chart' }] }, ['sections', 0, 'type'], /invalid/i],
  ['bad colour', { ...base, theme: { brand: { primary: 'red' } } }, ['theme', 'brand', 'primary'], /hex colour/],
  ['bad palette', { ...base, theme: { palette: 'neon' } }, ['theme', 'palette'], /expected one of/i],
  ['percent over 100', { ...base, sections: [{ type: 'progress', items: [{ label: 'a', value: 101 }] }] }, ['sections', 0, 'items', 0, 'value'], /<=100/],
  ['unknown field', { ...base, colour: 'red' }, [], /unrecognized key/i],
  ['bad locale', { ...base, locale: 'english!' }, ['locale'], /BCP 47/],
  ['bad trend', { ...base, sections: [{ type: 'stats', items: [{ value: '1', label: 'a', trend: 'sideways' }] }] }, ['sections', 0, 'items', 0, 'trend'], /expected one of/i],
];

/** Limits every kind shares (lib/spec/common.ts), at N and one past N. */
const commonEdges: Edge[] = [
  { limit: 'MIN_HEIGHT', what: 'px of height', build: (height) => ({ ...base, height }), path: ['height'] },
  { limit: 'MAX_HEIGHT', what: 'px of height', build: (height) => ({ ...base, height }), path: ['height'] },
  { limit: 'MAX_TITLE_CHARS', what: 'characters of title', build: (length) => ({ ...base, title: 't'.repeat(length) }), path: ['title'] },
  { limit: 'MAX_TEXT_CHARS', what: 'characters of subtitle', build: (length) => ({ ...base, subtitle: 's'.repeat(length) }), path: ['subtitle'] },
  { limit: 'MAX_TEXT_CHARS', what: 'characters of body text', build: (length) => ({ ...base, sections: [{ type: 'text', text: 'b'.repeat(length) }] }), path: ['sections', 0, 'text'] },
  { limit: 'MAX_LABEL_CHARS', what: 'characters of label', build: (length) => ({ ...base, sections: [{ type: 'stats', items: [{ value: '1', label: 'l'.repeat(length) }] }] }), path: ['sections', 0, 'items', 0, 'label'] },
  { limit: 'MAX_LINE_CHARS', what: 'characters of footer', build: (length) => ({ ...base, footer: 'f'.repeat(length) }), path: ['footer'] },
];

describe('common limits at their edges', () => {
  itEnforcesEdges(commonEdges, parseSpec);

  it(`MAX_ICON_NAME_CHARS (${MAX_ICON_NAME_CHARS}): a name that long is drawn as its closest match; one character more is refused for its length`, () => {
    const iconed = (icon: string) => ({ ...base, sections: [{ type: 'callout', icon, text: 'x' }] });
    // No Lucide name is that long, so at the limit the lint reports the lookup, and the spec is valid.
    const atLimit = parseSpec(iconed('a'.repeat(MAX_ICON_NAME_CHARS)));
    expect(lintSpec(atLimit).map((finding) => [finding.rule, finding.path])).toEqual([['unknown-icon', ['sections', 0, 'icon']]]);
    const past = thrownGlimpseError(() => parseSpec(iconed('a'.repeat(MAX_ICON_NAME_CHARS + 1))));
    expect(past.code).toBe('invalid_spec');
    const issue = past.issues.find((candidate) => JSON.stringify(candidate.path) === JSON.stringify(['sections', 0, 'icon']) && candidate.message.includes(String(MAX_ICON_NAME_CHARS)));
    expect(issue, JSON.stringify(past.issues)).toBeDefined();
  });
});

describe('blank optional fields', () => {
  it('"" in an optional field is absent, in the spec and in embedded visuals', () => {
    const spec = parseSpec({ ...base, subtitle: '', footer: '', theme: { mode: 'dark', background: '' }, sections: [{ type: 'callout', icon: '', text: 'hi' }] });
    expect(spec).not.toHaveProperty('subtitle');
    expect(spec).not.toHaveProperty('footer');
    expect(spec.theme).toEqual({ mode: 'dark', palette: 'glimpse' });
    expect(spec.kind === 'infographic' && spec.sections[0]).not.toHaveProperty('icon');
  });

  it('"" stays an error where the field is required, and stays data in rows', () => {
    expect(thrownGlimpseError(() => parseSpec({ ...base, title: '' })).issues.map((issue) => issue.path)).toContainEqual(['title']);
    const chart = parseSpec({ kind: 'chart', title: 'T', subtitle: '', type: 'bar', data: [{ label: '', value: 1 }] });
    expect(chart.kind === 'chart' && chart.data).toEqual([{ label: '', value: 1 }]);
    expect(chart).not.toHaveProperty('subtitle');
  });
});

describe('visual spec schema', () => {
  it.each(accepted)('accepts %s', (_name, input) => {
    expect(() => parseSpec(input)).not.toThrow();
  });

  it.each(rejected)('rejects %s at its path', (_name, input, path, rule) => {
    let caught: unknown;
    try {
      parseSpec(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(GlimpseError);
    const error = caught as GlimpseError;
    expect(error.code).toBe('invalid_spec');
    const issue = error.issues.find((candidate) => JSON.stringify(candidate.path) === JSON.stringify(path));
    expect(issue, `issues: ${JSON.stringify(error.issues)}`).toBeDefined();
    expect(issue?.message).toMatch(rule);
  });

  it('applies defaults', () => {
    const spec = parseSpec({ ...base, sections: [{ type: 'funnel', items: [{ label: 'a' }] }] });
    expect(spec.kind === 'infographic' && spec.sections[0]).toMatchObject({ type: 'funnel', shape: 'funnel', width: 'auto' });
  });

  it('every registered example is a valid spec', () => {
    for (const target of targets) for (const example of target.examples) expect(() => parseSpec(example.spec), example.name).not.toThrow();
  });

  it('exports a 2020-12 JSON Schema with descriptions on every property', () => {
    const schema = visualJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const missing: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (!node || typeof node !== 'object') return;
      const record = node as Record<string, unknown>;
      if (record.properties && typeof record.properties === 'object') {
        for (const [key, child] of Object.entries(record.properties as Record<string, Record<string, unknown>>)) {
          if (!['kind', 'type', 'layout'].includes(key) && !child.description) missing.push(`${path}.${key}`);
        }
      }
      for (const [key, child] of Object.entries(record)) walk(child, `${path}.${key}`);
    };
    walk(schema, '$');
    expect(missing).toEqual([]);
    expect(JSON.stringify(schema)).toContain('"infographic"');
  });
});

describe('hostile keys', () => {
  it('a "__proto__" or "constructor" key is an unknown field (400), never a crash', () => {
    for (const body of ['{"kind":"infographic","title":"x","sections":[{"type":"text","text":"a"}],"__proto__":{"x":1}}', '{"kind":"infographic","title":"x","constructor":"","sections":[{"type":"text","text":"a","__proto__":""}]}']) {
      const error = thrownGlimpseError(() => parseSpec(JSON.parse(body)));
      expect(error.code).toBe('invalid_spec');
    }
  });
});
