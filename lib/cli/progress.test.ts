import { describe, expect, it } from 'vitest';
import { pageProgress } from './progress';

function recorder(isTTY: boolean) {
  const writes: string[] = [];
  return { stream: { isTTY, write: (text: string) => writes.push(text) }, writes };
}

describe('pageProgress', () => {
  it('redraws one bar in place on a TTY and ends its line once', () => {
    const { stream, writes } = recorder(true);
    const progress = pageProgress(stream, 'deck.pdf');
    progress.update(1, 4);
    progress.update(4, 4);
    progress.finish();
    expect(writes).toEqual([`\rdeck.pdf ${'█'.repeat(6)}${'░'.repeat(18)} 1/4`, `\rdeck.pdf ${'█'.repeat(24)} 4/4`, '\n']);
  });

  it('writes one plain line per page when stderr is not a TTY', () => {
    const { stream, writes } = recorder(false);
    const progress = pageProgress(stream, 'deck.zip');
    progress.update(1, 2);
    progress.update(2, 2);
    progress.finish();
    expect(writes).toEqual(['deck.zip: page 1/2\n', 'deck.zip: page 2/2\n']);
  });
});
