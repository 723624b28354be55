import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/** Per-pixel colour tolerance (pixelmatch threshold) and the share of pixels allowed to differ. */
export const GOLDEN_THRESHOLD = 0.1;
export const GOLDEN_MAX_DIFF_RATIO = 0.001;

export interface GoldenResult {
  ok: boolean;
  message: string;
}

/**
 * Compares a PNG with the committed golden. A missing golden is written and reported as a failure
 * (so a new golden is always looked at); UPDATE_GOLDENS=1 rewrites goldens deliberately.
 */
export function compareGolden(png: Buffer, goldenPath: string): GoldenResult {
  // Test-only switch, read here rather than in lib/env.ts so the app never sees it.
  const update = process.env.UPDATE_GOLDENS === '1';
  if (update || !existsSync(goldenPath)) {
    mkdirSync(path.dirname(goldenPath), { recursive: true });
    writeFileSync(goldenPath, png);
    return { ok: update, message: update ? 'golden updated' : `golden was missing and has been written: ${goldenPath}; look at it and commit it` };
  }
  const actual = PNG.sync.read(png);
  const expected = PNG.sync.read(readFileSync(goldenPath));
  if (actual.width !== expected.width || actual.height !== expected.height) {
    writeFileSync(goldenPath.replace(/\.png$/, '.actual.png'), png);
    return { ok: false, message: `size ${actual.width}×${actual.height} differs from golden ${expected.width}×${expected.height}` };
  }
  const diff = new PNG({ width: actual.width, height: actual.height });
  const different = pixelmatch(actual.data, expected.data, diff.data, actual.width, actual.height, { threshold: GOLDEN_THRESHOLD });
  const ratio = different / (actual.width * actual.height);
  if (ratio > GOLDEN_MAX_DIFF_RATIO) {
    writeFileSync(goldenPath.replace(/\.png$/, '.actual.png'), png);
    writeFileSync(goldenPath.replace(/\.png$/, '.diff.png'), PNG.sync.write(diff));
    return { ok: false, message: `${different} pixels (${(ratio * 100).toFixed(3)}%) differ from ${goldenPath}; see .actual.png / .diff.png` };
  }
  return { ok: true, message: `${different} pixels differ` };
}
