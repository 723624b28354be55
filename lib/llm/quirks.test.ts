import { afterEach, describe, expect, it } from 'vitest';
import { env } from '@/lib/env';
import { targets } from '@/lib/targets/registry';
import { targetFor } from '@/lib/spec/visual';
import { startOpenAIStub, type OpenAIStub } from '@/lib/testing/openai-stub';
import { VALID_CHART, VALID_INFOGRAPHIC } from '@/lib/testing/recorded-replies';
import { plan } from './plan';
import { configuredModel, type ProviderQuirks } from './providers';
import { patchResponseFormat, specResponseFormat } from './response-format';

type Schema = Record<string, unknown>;

const OPENAI: ProviderQuirks = { dropsValidationKeywords: true, rejectsUnions: false, strictSchemas: true };
const ANTHROPIC: ProviderQuirks = { dropsValidationKeywords: false, rejectsUnions: false, strictSchemas: false };
const GOOGLE: ProviderQuirks = { dropsValidationKeywords: true, rejectsUnions: true, strictSchemas: false };
const VALIDATION = ['minItems', 'maxItems', 'minLength', 'maxLength', 'pattern', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'format', 'multipleOf'];

/** Every subschema with its JSON path (properties, items, unions, $defs). */
function subschemas(node: unknown, path = '#'): [string, Schema][] {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return [];
  const schema = node as Schema;
  const found: [string, Schema][] = [[path, schema]];
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'properties' || key === '$defs') for (const [name, child] of Object.entries(value as Schema)) found.push(...subschemas(child, `${path}/${key}/${name}`));
    else if (key === 'items' || key === 'additionalProperties') found.push(...subschemas(value, `${path}/${key}`));
    else if (key === 'anyOf' || key === 'oneOf') (value as unknown[]).forEach((child, index) => found.push(...subschemas(child, `${path}/${key}/${index}`)));
  }
  return found;
}

const keys = (schema: Schema) => subschemas(schema).flatMap(([, node]) => Object.keys(node));

function refsResolve(schema: Schema) {
  const defs = Object.keys((schema.$defs as Schema | undefined) ?? {});
  for (const [path, node] of subschemas(schema)) {
    if (typeof node.$ref !== 'string') continue;
    // The AI SDK's Gemini converter takes only references to direct children of the root's $defs.
    expect(node.$ref, path).toMatch(/^#\/\$defs\/[^/]+$/);
    expect(defs, path).toContain(node.$ref.slice('#/$defs/'.length));
  }
}

describe.each(targets.map((target) => [target.kind, target] as const))('response formats for %s', (kind, target) => {
  it('OpenAI: strict where the schema can be (closed objects, all required, no oneOf, no validation keywords), else strict: false', () => {
    const format = specResponseFormat(kind, target.schema, OPENAI);
    expect(typeof format.strict).toBe('boolean');
    expect(keys(format.schema).filter((key) => VALIDATION.includes(key) || key === '$schema')).toEqual([]);
    refsResolve(format.schema);
    if (!format.strict) return;
    expect(keys(format.schema)).not.toContain('oneOf');
    for (const [path, node] of subschemas(format.schema)) {
      const shaped = ['type', '$ref', 'anyOf', 'const', 'enum'].some((keyword) => keyword in node) || path === '#';
      expect(shaped, `${path} has no type`).toBe(true);
      if (node.type !== 'object') continue;
      expect(node.additionalProperties, path).toBe(false);
      expect([...((node.required as string[]) ?? [])].sort(), path).toEqual(Object.keys(node.properties as Schema).sort());
    }
  });

  it('Gemini: no unions anywhere, references only to direct $defs children', () => {
    const { schema } = specResponseFormat(kind, target.schema, GOOGLE);
    expect(keys(schema).filter((key) => key === 'anyOf' || key === 'oneOf' || VALIDATION.includes(key))).toEqual([]);
    refsResolve(schema);
  });

  it('Anthropic: the validation keywords stay, references resolve', () => {
    const { schema, strict } = specResponseFormat(kind, target.schema, ANTHROPIC);
    expect(strict).toBeUndefined();
    expect(keys(schema)).toContain('maxLength');
    refsResolve(schema);
  });
});

describe('provider switches on the wire (real OpenAI provider code → stub)', () => {
  let stub: OpenAIStub | undefined;
  afterEach(async () => {
    await stub?.close();
    stub = undefined;
  });

  async function openai(reply: string) {
    stub = await startOpenAIStub(() => ({ content: reply }));
    return configuredModel({ ...env, GLIMPSE_MODEL: 'openai:gpt-4o', OPENAI_BASE_URL: stub.url, OPENAI_API_KEY: 'test-key' });
  }

  it('at least one kind goes strict, and its strict reply (absent fields as null) is a valid spec without a repair', async () => {
    expect(targets.some((target) => specResponseFormat(target.kind, target.schema, OPENAI).strict)).toBe(true);
    const withNulls = { ...JSON.parse(VALID_INFOGRAPHIC), subtitle: null, footer: null, theme: null, width: null, height: null, locale: null, columns: null };
    const model = await openai(JSON.stringify(withNulls));
    const strict = specResponseFormat('infographic', targetFor('infographic').schema, OPENAI).strict;
    expect(strict).toBe(true);
    const result = await plan({ prompt: 'Why teams adopt Glimpse', kind: 'infographic' }, { model, maxRetries: 0 });
    expect((stub!.requests[0]?.response_format?.json_schema as { strict?: boolean }).strict).toBe(strict);
    expect(result).toMatchObject({ planner: 'model', repairs: 0, spec: { kind: 'infographic', title: 'Why teams adopt Glimpse' } });
  });

  it('a schema with open records (chart rows) and the patch format are sent with strict: false', async () => {
    const model = await openai(VALID_CHART);
    await plan({ prompt: 'x', kind: 'chart' }, { model, maxRetries: 0 });
    const chartStrict = specResponseFormat('chart', targetFor('chart').schema, OPENAI).strict;
    expect(chartStrict).toBe(false);
    expect((stub!.requests[0]?.response_format?.json_schema as { strict?: boolean }).strict).toBe(chartStrict);
    expect(patchResponseFormat(OPENAI).strict).toBe(false);
  });
});
