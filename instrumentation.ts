/** Next.js calls this once as the server starts: the render workers boot (fonts and all) before the first request. */
export async function register(): Promise<void> {
  // Next.js compiles this file for the Edge runtime too and replaces NEXT_RUNTIME at build time:
  // read literally (not through lib/env.ts) so the Node-only imports below drop out of that build.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { env } = await import('@/lib/env');
  const { startRetention } = await import('@/lib/store/retention');
  startRetention();
  // Only the production launcher names the worker bundle; `next build` and dev start workers on first use.
  if (!env.GLIMPSE_RENDER_WORKER_BUNDLE) return;
  const { renderService } = await import('@/lib/render/service');
  renderService();
}
