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
  let directory = packageDirectories.get(packageName);
  if (!directory) {
    directory = path.dirname(resolver.resolve(`${packageName}/package.json`));
    packageDirectories.set(packageName, directory);
  }
  return path.join(directory, ...parts);
}

/** Package name → its folder: resolving one takes a module-resolution walk, and text layout asks per word. */
const packageDirectories = new Map<string, string>();
