import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { GlimpseError, httpStatus } from '@/lib/errors';
import { mermaidPool } from '@/lib/render/mermaid/pool';
import { exportFormats, render } from '@/lib/render/render';
import { anyInput, mutatedSpecWith, PROPERTY_SEED } from '@/lib/testing/spec-mutations';
import { parseSpec } from './visual';

/** A client's mistake is a GlimpseError with a 4xx status; anything else thrown is a defect. */
function clientError(error: unknown): string | undefined {
  if (!(error instanceof GlimpseError)) return `not a GlimpseError: ${error instanceof Error ? error.stack : String(error)}`;
  const status = httpStatus(error.code);
  return status >= 400 && status < 500 ? undefined : `${status} ${error.code}: ${error.message}`;
}

afterAll(async () => {
  await mermaidPool().close();
});

describe('no input yields a 5xx (fast-check)', () => {
  it('parseSpec: arbitrary JSON and mutated examples either parse or are refused with a 4xx', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        try {
          parseSpec(input);
        } catch (error) {
          const problem = clientError(error);
          if (problem) throw new Error(`${problem}\ninput: ${JSON.stringify(input).slice(0, 2000)}`);
        }
      }),
      { seed: PROPERTY_SEED, numRuns: 1500 },
    );
  });

  it('render: mutated examples that parse draw, or are refused with a 4xx, in one of their formats', { timeout: 300_000 }, async () => {
    let drawn = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(mutatedSpecWith(1), fc.nat(), async (input, pick) => {
        let spec;
        try {
          spec = parseSpec(input);
        } catch {
          return; // the parse property covers refusals
        }
        const formats = exportFormats(spec);
        const format = formats[pick % formats.length]!;
        try {
          await render(spec, { format, scale: 1 });
          drawn++;
        } catch (error) {
          refused++;
          const problem = clientError(error);
          if (problem) throw new Error(`${format}: ${problem}\nspec: ${JSON.stringify(input).slice(0, 2000)}`);
        }
      }),
      { seed: PROPERTY_SEED, numRuns: 100 },
    );
    // The property means little unless many mutated specs were valid and drawn.
    expect(drawn).toBeGreaterThan(30);
    console.log(`[no-5xx] drawn ${drawn}, refused at render ${refused}`);
  });
});
