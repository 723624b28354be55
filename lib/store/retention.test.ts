import { expect, it } from 'vitest';
import { describeEachStore } from '@/lib/testing/stores';
import { parseSpec } from '@/lib/spec/visual';
import { loadConversation, saveConversation } from './conversations';
import { purgeExpired } from './retention';
import { loadSpec, saveSpec } from './specs';

const DAY = 86_400_000;
const OWNER = 'anon:retention-test';
const NOW = 1_800_000_000_000;
const message = (text: string) => ({ id: text, role: 'user' as const, parts: [{ type: 'text' as const, text }] });
const spec = (title: string) => parseSpec({ kind: 'infographic', title, sections: [{ type: 'text', text: 'x' }] });

describeEachStore('purgeExpired (GLIMPSE_RETENTION_DAYS)', () => {
  it('deletes conversations untouched and specs not stored within the window, keeps the rest', async () => {
    await saveConversation('retention-old-1', OWNER, [message('old')], NOW - 31 * DAY);
    await saveConversation('retention-new-1', OWNER, [message('new')], NOW - 29 * DAY);
    const oldSpec = await saveSpec(spec('retention old'), NOW - 31 * DAY);
    const restored = await saveSpec(spec('retention restored'), NOW - 40 * DAY);
    await saveSpec(spec('retention restored'), NOW - DAY); // stored again: counts from now
    const purged = await purgeExpired(30, NOW);
    expect(purged.conversations).toBeGreaterThanOrEqual(1);
    expect(purged.specs).toBeGreaterThanOrEqual(1);
    expect(await loadConversation('retention-old-1', OWNER)).toBeUndefined();
    expect(await loadConversation('retention-new-1', OWNER)).toBeDefined();
    expect(await loadSpec(oldSpec)).toBeUndefined();
    expect(await loadSpec(restored)).toBeDefined();
  });

  it('0 days keeps everything', async () => {
    await saveConversation('retention-ancient', OWNER, [message('x')], 0);
    expect(await purgeExpired(0, NOW)).toEqual({ conversations: 0, specs: 0 });
    expect(await loadConversation('retention-ancient', OWNER)).toBeDefined();
  });
});
