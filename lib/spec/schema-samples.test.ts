import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { GlimpseError } from '@/lib/errors';
import { render } from '@/lib/render/render';
import { parseSpec, visualJsonSchema, visualKinds } from '@/lib/spec/visual';
import { targets } from '@/lib/targets/registry';
import { kindBranch, sampleSpec, SAMPLES_PER_KIND } from '@/lib/testing/schema-samples';

/** The published schema's promise: a spec it allows renders (≥ 80 % per kind; a fixed height too small for random text is a fair 422). */
const TARGET = 0.8;

const ajv = new Ajv2020({ strict: false, allErrors: true });
const validate = ajv.compile(visualJsonSchema());

describe('the published schema is honest', () => {
  it.each(visualKinds)('%s: specs generated from it render', { timeout: 240_000 }, async (kind) => {
    const failures: string[] = [];
    const count = SAMPLES_PER_KIND[kind];
    for (let seed = 1; seed <= count; seed += 1) {
      const sample = await sampleSpec(kind, seed);
      // The generator only writes what the schema allows (else this test would measure the generator).
      expect(validate(sample), `${kind} seed ${seed}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      try {
        await render(parseSpec(sample), { format: 'png', scale: 1 });
      } catch (error) {
        if (!(error instanceof GlimpseError)) throw error;
        failures.push(`seed ${seed}: ${error.code} ${error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ') || error.message}`);
      }
    }
    expect((count - failures.length) / count, failures.join('\n')).toBeGreaterThanOrEqual(TARGET);
  });

  it('every registered example is valid under the published schema (it is not stricter than the examples)', () => {
    for (const target of targets) {
      for (const example of target.examples) expect(validate(example.spec), `${example.name}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });

  it('the forms cannot be mixed: both chart forms, both whiteboard forms, an embed of another kind', () => {
    const refused = [
      { kind: 'chart', title: 'T', type: 'bar', data: [{ label: 'a', value: 1 }], vegaLite: { mark: 'bar' } },
      { kind: 'chart', title: 'T' },
      { kind: 'whiteboard', title: 'T', mermaid: 'flowchart LR\n A-->B', nodes: [{ id: 'a', label: 'A' }] },
      { kind: 'whiteboard', title: 'T' },
      { kind: 'slides', title: 'T', slides: [{ layout: 'embed', visual: { kind: 'slides', slides: [] } }] },
    ];
    for (const spec of refused) {
      expect(validate(spec), JSON.stringify(spec)).toBe(false);
      expect(() => parseSpec(spec)).toThrow(GlimpseError);
    }
  });

  it('each kind has its branch in the union', () => {
    for (const kind of visualKinds) expect(JSON.stringify(kindBranch(kind))).toContain(`"const":"${kind}"`);
  });
});
