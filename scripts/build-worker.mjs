// Bundles the render worker (lib/render/worker.ts) for production: `npm run build` runs it after
// `next build`. Next.js bundles route code but not a file a worker process loads by path, so the
// worker gets its own bundle — our code only; npm packages stay external and load from
// node_modules as they do for the server. It lands inside .next, which `next build` wipes, so a
// build that skipped this step fails at start instead of running a stale worker.
import { build } from 'esbuild';

export const WORKER_BUNDLE = '.next/glimpse/render-worker.mjs';

await build({
  entryPoints: ['lib/render/worker.ts'],
  outfile: WORKER_BUNDLE,
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  jsx: 'automatic',
  sourcemap: 'linked',
  logLevel: 'warning',
});
console.log(`render worker → ${WORKER_BUNDLE}`);
