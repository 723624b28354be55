import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { GlimpseError } from '@/lib/errors';


async function fromSource(): Promise<string> {
  // A path built at run time: the Next.js bundler leaves it alone, and esbuild (a devDependency) loads only here.
  const script = pathToFileURL(path.join(process.cwd(), 'scripts', 'build-mcp-app.mjs')).href;
  const module = (await import(/* turbopackIgnore: true */ /* webpackIgnore: true */ script)) as { buildMcpAppHtml: () => Promise<string> };
  return module.buildMcpAppHtml();
}

/** Where `npm run build` (scripts/build-mcp-app.mjs) writes the App; .next is wiped by each build, so it cannot be stale. */
function fromBuild(): Promise<string> {
  // A literal path, so the bundler traces that one file rather than the whole project.
  return readFile(path.join(process.cwd(), '.next', 'glimpse', 'mcp-app.html'), 'utf8');
}

const cache = new Map<string, Promise<string>>();

/**
 * The App's HTML, read once per process. The server prefers what `npm run build` wrote (production
 * has no esbuild to spare); stdio and tests prefer building from source (always current). Each
 * falls back to the other.
 */
export function appHtml(prefer: 'build' | 'source'): Promise<string> {
  let loading = cache.get(prefer);
  if (!loading) {
    const [first, second] = prefer === 'build' ? [fromBuild, fromSource] : [fromSource, fromBuild];
    loading = first().catch((firstError: unknown) =>
      second().catch((secondError: unknown) => {
        cache.delete(prefer);
        throw new GlimpseError('unavailable', 'the MCP App is not built: run npm run build', { cause: new AggregateError([firstError, secondError]) });
      }),
    );
    cache.set(prefer, loading);
  }
  return loading;
}
