/** Where progress goes: stderr, a TTY or not (a pipe, a CI log). */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export interface Progress {
  update(done: number, total: number): void;
  /** Ends the bar's line (TTY); nothing to do for plain lines. */
  finish(): void;
}

const BAR_WIDTH = 24;

/**
 * Progress of a multi-page export: on a TTY one bar redrawn in place (`\r`), otherwise one plain
 * line per page, so logs stay readable.
 */
export function pageProgress(stream: ProgressStream, label: string): Progress {
  let drawn = false;
  return {
    update(done, total) {
      if (!stream.isTTY) {
        stream.write(`${label}: page ${done}/${total}\n`);
        return;
      }
      const filled = total > 0 ? Math.round((done / total) * BAR_WIDTH) : 0;
      const bar = `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}`;
      stream.write(`\r${label} ${bar} ${done}/${total}`);
      drawn = true;
    },
    finish() {
      if (drawn) stream.write('\n');
      drawn = false;
    },
  };
}
