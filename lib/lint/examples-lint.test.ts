import { describe, expect, it } from 'vitest';
import { targets } from '@/lib/targets/registry';
import { errorsOf, findingsOf } from '@/lib/testing/stress/findings';

describe('every registry example renders with no error finding', () => {
  const examples = targets.flatMap((target) => target.examples as { name: string; spec: unknown }[]);
  it.each(examples.map((example) => [example.name, example.spec] as const))('%s', async (_name, spec) => {
    expect(errorsOf((await findingsOf(spec)).findings)).toEqual([]);
  });
});
