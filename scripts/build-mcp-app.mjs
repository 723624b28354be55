// Builds the MCP App (lib/mcp/app/): its script bundled by esbuild (the ext-apps App class and
// everything it needs), inlined into the HTML shell with its styles, so the `ui://` resource is
// one self-contained file that loads nothing. `npm run build` writes it to .next/glimpse/ for the
// server; stdio and tests build it from source on first use (buildMcpAppHtml).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export const MCP_APP_HTML = '.next/glimpse/mcp-app.html';
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SCRIPT_SLOT = '/*__GLIMPSE_APP_SCRIPT__*/';

/**
 * zod's namespace re-exports every locale (~260 KB minified) and the App's dependencies use the
 * namespace, so tree shaking cannot drop them; zod itself configures only English.
 */
const englishOnlyZod = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /[\\/]locales[\\/]index\.js$/ }, (args) => (/[\\/]zod[\\/]/.test(args.importer) ? { path: 'zod-locales', namespace: 'glimpse' } : undefined));
    build.onLoad({ filter: /^zod-locales$/, namespace: 'glimpse' }, () => ({ contents: "export { default as en } from 'zod/v4/locales/en.js';", resolveDir: ROOT }));
  },
};

export async function buildMcpAppHtml() {
  const result = await build({
    entryPoints: [path.join(ROOT, 'lib/mcp/app/view.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [englishOnlyZod],
  });
  const script = result.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1');
  const shell = await readFile(path.join(ROOT, 'lib/mcp/app/shell.html'), 'utf8');
  if (!shell.includes(SCRIPT_SLOT)) throw new Error(`lib/mcp/app/shell.html has no ${SCRIPT_SLOT}`);
  return shell.replace(SCRIPT_SLOT, () => script);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const html = await buildMcpAppHtml();
  await mkdir(path.dirname(path.join(ROOT, MCP_APP_HTML)), { recursive: true });
  await writeFile(path.join(ROOT, MCP_APP_HTML), html);
  console.log(`mcp app → ${MCP_APP_HTML} (${html.length} bytes)`);
}
