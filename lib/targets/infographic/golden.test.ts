import path from 'node:path';
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { render } from '@/lib/render/render';
import { parseSpec } from '@/lib/spec/visual';
import { compareGolden } from '@/lib/testing/golden';
import { infographicExamples } from './examples';

const GOLDEN_DIR = path.join(import.meta.dirname, '__goldens__');

describe('infographic goldens (bundled fonts only)', () => {
  it.each(infographicExamples.map((example) => [example.name, example] as const))('%s matches its golden PNG', async (name, example) => {
    const spec = parseSpec(example.spec);
    const result = await render(spec, { format: 'png', scale: 1 });
    const metadata = await sharp(result.body).metadata();
    expect(metadata.format).toBe('png');
    expect(metadata.width).toBe((spec as { width?: number }).width ?? 1200);
    expect(metadata.height).toBe(result.height);
    const golden = compareGolden(result.body, path.join(GOLDEN_DIR, `${name}.png`));
    expect(golden.ok, golden.message).toBe(true);
  });
});
