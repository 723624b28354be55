import { admit } from '@/lib/http/guard';
import { publicOrigin } from '@/lib/http/origin';
import { renderService } from '@/lib/render/service';
import { isSpecId, loadSpec, saveSpec } from '@/lib/store/specs';
import { appHtml } from './app-html';
import type { McpContext } from './context';
import { httpLinks } from './links';

/**
 * The tools' context for one Streamable HTTP request: renders through the server's render
 * service (worker pool + output cache), specs stored (SQLite or PostgreSQL) for short /i/<id> URLs on the
 * request's public origin, and the model's rate limit for generate_visual.
 */
export function httpContext(request: Request): McpContext {
  const origin = publicOrigin(request);
  return {
    transport: 'http',
    render: async (spec, options, signal) => (await renderService().render(spec, options, signal)).rendered,
    publish: async (spec) => httpLinks(origin, spec, await saveSpec(spec)),
    lookup: (id) => (isSpecId(id) ? loadSpec(id) : undefined),
    admitModelCall: async () => void (await admit(request, 'api-model')),
    appHtml: () => appHtml('build'),
    resourceDomains: [origin],
    signal: request.signal,
  };
}
