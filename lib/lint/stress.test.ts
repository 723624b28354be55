import { afterAll, describe, expect, it } from 'vitest';
import { mermaidPool } from '@/lib/render/mermaid/pool';
import { errorsOf, findingsOf } from '@/lib/testing/stress/findings';
import { stressDecks } from '@/lib/testing/stress/slides';
import { stressInfographics } from '@/lib/testing/stress/infographics';
import { stressCharts } from '@/lib/testing/stress/charts';
import { stressWhiteboards } from '@/lib/testing/stress/whiteboards';
import { stressLooks } from '@/lib/testing/stress/looks';

afterAll(async () => {
  await mermaidPool().close();
});

describe('the stress set (long labels, limits, CJK, emoji, dark, every palette, aspect and look; charts, whiteboards and mermaid) has no error finding', () => {
  it.each([...stressDecks, ...stressInfographics, ...stressCharts, ...stressWhiteboards, ...stressLooks].map((example) => [example.name, example.spec] as const))('%s', async (_name, spec) => {
    expect(errorsOf((await findingsOf(spec)).findings)).toEqual([]);
  });

  it('under a tenth of the stress slides keep an empty band over 35% of their height', async () => {
    let slides = 0;
    let empty = 0;
    for (const deck of stressDecks) {
      const { pages, findings } = await findingsOf(deck.spec);
      slides += pages;
      empty += new Set(findings.filter((finding) => finding.rule === 'empty-space').map((finding) => finding.path[1])).size;
    }
    console.info(`stress slides with an empty band over 35%: ${empty} of ${slides}`);
    expect(empty / slides).toBeLessThan(0.1);
  });
});
