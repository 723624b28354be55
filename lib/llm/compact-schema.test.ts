import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { countTokens } from 'gpt-tokenizer/encoding/o200k_base';
import { targets } from '@/lib/targets/registry';
import { toJsonSchema } from '@/lib/spec/json-schema';
import { collapseEmbeddedSpecs, compactSchema, inlineRefs, MAX_DESCRIPTION_CHARS, shareRepeats, shortDescription, withoutDescriptions } from './compact-schema';
import { schemaText } from './schema-text';

type Schema = Record<string, unknown>;

/** The full schema with what compaction may drop taken out: the rest must survive it unchanged. */
function essence(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(essence);
  if (!node || typeof node !== 'object') return node;
  const result: Schema = {};
  for (const [key, value] of Object.entries(node)) {
    if (['$schema', 'default', 'title', 'examples', 'description'].includes(key) || (key === 'minLength' && value === 1)) continue;
    result[key] = key === 'properties' ? Object.fromEntries(Object.entries(value as Schema).map(([name, child]) => [name, essence(child)])) : essence(value);
  }
  return result;
}

function collect(node: unknown, found: { properties: Set<string>; enums: Set<string>; refs: string[] }) {
  if (Array.isArray(node)) return node.forEach((item) => collect(item, found));
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties') Object.keys(value as Schema).forEach((name) => found.properties.add(name));
    if (key === 'enum') (value as unknown[]).forEach((item) => found.enums.add(String(item)));
    if (key === 'const') found.enums.add(String(value));
    if (key === '$ref') found.refs.push(String(value));
    collect(value, found);
  }
}

describe.each(targets.map((target) => [target.kind, target] as const))('the compact %s schema', (_kind, target) => {
  const full = toJsonSchema(target.schema);
  const compact = compactSchema(target.schema);

  it('keeps every field, type, bound and union of the zod schema: only descriptions are shortened, and embedded specs of other kinds named, not spelled out', () => {
    expect(essence(inlineRefs(compact))).toEqual(essence(collapseEmbeddedSpecs(full)));
    expect(compact.$schema).toBeUndefined();
    // Nothing of this kind's own is collapsed: only whole specs of another kind are.
    const own = JSON.stringify(collapseEmbeddedSpecs(full)).match(/"const":"(\w+)"/g) ?? [];
    expect(JSON.stringify(full)).toContain(`"kind":{"type":"string","const":"${target.kind}"}`);
    expect(own.filter((match) => match === `"const":"${target.kind}"`).length).toBeGreaterThan(0);
  });

  it('states each repeated subschema once: every $ref resolves, and nothing long is left repeated', () => {
    const found = { properties: new Set<string>(), enums: new Set<string>(), refs: [] as string[] };
    collect(compact, found);
    const defs = (compact.$defs as Schema | undefined) ?? {};
    for (const reference of found.refs) expect(Object.keys(defs)).toContain(reference.replace('#/$defs/', ''));
    expect(shareRepeats(compact)).toEqual(compact);
    expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify(full).length);
  });

  it('is the same bytes every time (the prompt prefix stays cacheable)', () => {
    expect(JSON.stringify(compactSchema(target.schema))).toBe(JSON.stringify(compact));
  });

  it('as TypeScript-like text: every field name and enum value, in fewer tokens than the JSON', () => {
    const text = schemaText(compact);
    const found = { properties: new Set<string>(), enums: new Set<string>(), refs: [] as string[] };
    collect(compact, found);
    for (const name of found.properties) expect(text).toMatch(new RegExp(`\\b${name}\\??: `));
    for (const value of found.enums) expect(text).toContain(JSON.stringify(value === 'null' ? null : value).replace(/^"?|"?$/g, ''));
    expect(countTokens(text)).toBeLessThan(0.8 * countTokens(JSON.stringify(compact)));
    expect(schemaText(shareRepeats(withoutDescriptions(compact) as Schema))).not.toContain('//');
  });
});

describe('embedded specs', () => {
  it('a slide embed names the kinds it takes instead of carrying their whole schemas', () => {
    const slides = targets.find((target) => target.kind === 'slides')!;
    const compact = JSON.stringify(compactSchema(slides.schema));
    const full = JSON.stringify(toJsonSchema(slides.schema));
    expect(full).toContain('"const":"whiteboard"');
    expect(compact).not.toContain('"const":"whiteboard"');
    expect(compact).not.toContain('"const":"chart"');
    expect(compact).toContain('"visual":{"type":"object","description":"A visual spec to draw in the slide');
  });
});

describe('descriptions and text', () => {
  it(`a description up to ${MAX_DESCRIPTION_CHARS} characters stays whole; a longer one is cut at its first aside`, () => {
    const exact = 'x'.repeat(MAX_DESCRIPTION_CHARS);
    expect(shortDescription(exact)).toBe(exact);
    expect(shortDescription(`Logo shown on every slide (PNG, JPEG or SVG); never fetched from the network, ${'x'.repeat(MAX_DESCRIPTION_CHARS)}`)).toBe('Logo shown on every slide');
    expect(shortDescription(`An icon name from the Lucide set; e.g. "rocket" ${'x'.repeat(MAX_DESCRIPTION_CHARS)}`)).toBe('An icon name from the Lucide set');
    const noAside = `y`.repeat(MAX_DESCRIPTION_CHARS + 1);
    expect(shortDescription(noAside)).toBe(noAside);
  });

  it('writes optional fields with "?", bounds, unions, records and named types', () => {
    const schema = compactSchema(
      z.object({
        kind: z.literal('demo'),
        title: z.string().min(1).max(20).describe('Headline'),
        mode: z.enum(['a', 'b']).optional(),
        rows: z.array(z.record(z.string(), z.number())).max(5),
        cells: z.array(z.union([z.string(), z.number()])).min(2).max(3),
        left: z.object({ name: z.string().max(40).describe('A name long enough to be shared between sides') }),
        right: z.object({ name: z.string().max(40).describe('A name long enough to be shared between sides') }),
      }),
    );
    const text = schemaText(schema);
    expect(text).toContain('kind: "demo"');
    expect(text).toContain('title: string(max 20 chars) // Headline');
    expect(text).toContain('mode?: "a"|"b"');
    expect(text).toContain('rows: {[key: string]: number}[](max 5)');
    expect(text).toContain('cells: (string|number)[](2-3)');
    expect(text).toMatch(/^type left = \{\n name: string\(max 40 chars\) \/\/ A name long enough/);
    expect(text).toContain(' left: left\n right: left\n}');
  });

  it('a union of objects writes the fields its branches share once, then the branches', () => {
    const form = (extra: Record<string, z.ZodType>) => z.object({ kind: z.literal('demo'), title: z.string().max(20), ...extra }).strict();
    const text = schemaText(compactSchema(z.union([form({ data: z.array(z.number()) }), form({ source: z.string() })])));
    expect(text).toBe('{\n kind: "demo"\n title: string(max 20 chars)\n} & (\n | {\n  data: number[]\n }\n | {\n  source: string\n }\n)');
  });
});
