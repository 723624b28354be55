import path from 'node:path';
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { render } from '@/lib/render/render';
import { parseSpec } from '@/lib/spec/visual';
import { compareGolden } from '@/lib/testing/golden';
import { chartExamples, compactExamples } from './examples';

const GOLDEN_DIR = path.join(import.meta.dirname, '__goldens__');

const cases = [
  ...chartExamples.map((example) => [example.name, example.spec] as const),
  // Every compact type in the dark theme too.
  ...Object.entries(compactExamples).map(([type, spec]) => [`chart-${type}-dark`, { ...spec, theme: { mode: 'dark' as const } }] as const),
];

describe('chart goldens (bundled fonts only)', () => {
  it.each(cases)('%s matches its golden PNG', async (name, input) => {
    const spec = parseSpec(input);
    const result = await render(spec, { format: 'png', scale: 1 });
    const metadata = await sharp(result.body).metadata();
    expect(metadata.width).toBe(1200);
    expect(metadata.height).toBe(result.height);
    const golden = compareGolden(result.body, path.join(GOLDEN_DIR, `${name}.png`));
    expect(golden.ok, golden.message).toBe(true);
  });
});
