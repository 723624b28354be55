import { afterAll, describe, expect, it } from 'vitest';
import { env } from '@/lib/env';
import { httpStatus } from '@/lib/errors';
import { MAX_MERMAID_QUEUE } from '@/lib/limits';
import { resolveTheme } from '@/lib/render/theme';
import { rejectedGlimpseError } from '@/lib/testing/errors';
import { renderMermaid } from './index';
import { MermaidPool } from './pool';

describe('the mermaid queue', () => {
  // One page, so every diagram after the first waits for it.
  const pool = new MermaidPool({ size: 1, timeoutMs: 30_000, executablePath: env.GLIMPSE_CHROMIUM_PATH });
  afterAll(() => pool.close());
  const draw = (index: number) => renderMermaid(`flowchart LR\n  A${index}[Step ${index}] --> B${index}[Next]`, resolveTheme(undefined), undefined, { pool });

  it(`MAX_MERMAID_QUEUE (${MAX_MERMAID_QUEUE}): that many diagrams wait for a busy pool and all render; one more is refused with 503 unavailable`, async () => {
    // Calls made in one synchronous run: the first takes the only page, the next ones queue behind it.
    const busy = draw(0);
    const waiting = Array.from({ length: MAX_MERMAID_QUEUE }, (_, index) => draw(index + 1));
    expect(pool.stats()).toMatchObject({ pages: 1, waiting: MAX_MERMAID_QUEUE });
    const refused = await rejectedGlimpseError(draw(MAX_MERMAID_QUEUE + 1));
    expect(refused.code).toBe('unavailable');
    expect(httpStatus(refused.code)).toBe(503);
    expect(refused.message).toContain(`${MAX_MERMAID_QUEUE} diagrams waiting`);

    const drawn = await Promise.all([busy, ...waiting]);
    expect(drawn).toHaveLength(MAX_MERMAID_QUEUE + 1);
    for (const diagram of drawn) expect(diagram.width).toBeGreaterThan(0);
    // Once the queue has drained, new diagrams are taken again.
    expect((await draw(MAX_MERMAID_QUEUE + 2)).width).toBeGreaterThan(0);
  });
});
