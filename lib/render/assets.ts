import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Fonts, emoji and icon sets are read from npm packages at run time. Resolution goes through a
 * resolver rooted at the project so the Next.js bundler leaves it alone (it cannot bundle
 * thousands of font files, and must not try).
 */
const resolver = createRequire(path.join(process.cwd(), 'package.json'));

/** Absolute path of a file inside an installed package, e.g. ("@fontsource/inter", "unicode.json"). */
export function packageFile(packageName: string, ...parts: string[]): string {
  return path.join(path.dirname(resolver.resolve(`${packageName}/package.json`)), ...parts);
}
