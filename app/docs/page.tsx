import type { Metadata } from 'next';
import { EndpointList } from '@/components/docs/endpoint-list';
import { ExampleGallery } from '@/components/docs/example-gallery';
import { SpecReferenceTable } from '@/components/docs/spec-reference-table';
import { pageOrigin } from '@/lib/http/page-origin';
import { routeDescriptors } from '@/lib/openapi/routes';
import { targets } from '@/lib/targets/registry';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Glimpse API and spec reference', description: 'Every endpoint, every spec field, and every example with its JSON.' };

/** /docs: endpoints (the OpenAPI route list), the spec reference per kind (the zod schemas) and the live gallery. Server-rendered; works without JavaScript. */
export default async function DocsPage() {
  const origin = await pageOrigin();
  const routes = routeDescriptors(origin);
  return (
    <main className="docs">
      <h1>Glimpse docs</h1>
      <p className="lead">A visual spec in, a picture out. Everything here is generated from the code the server runs.</p>
      <nav className="docs-nav" aria-label="Contents">
        <a href="#endpoints">Endpoints</a>
        <a href="#reference">Spec reference</a>
        <a href="#gallery">Gallery</a>
        <a href="/api/openapi.json">OpenAPI 3.1</a>
        <a href="/api/schema">JSON Schema</a>
      </nav>
      <h2 id="endpoints">Endpoints</h2>
      <p>
        Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a>, with a runnable example request for each operation. Errors are always{' '}
        <code>{'{ "error": { "code", "message", "issues": [{ "path", "message" }] } }'}</code>.
      </p>
      <EndpointList routes={routes} />
      <h2 id="reference">Spec reference</h2>
      <p>
        Every spec has a <code>kind</code>; the fields of each kind, their limits and meaning come from its zod schema.
      </p>
      {targets.map((target) => (
        <section key={target.kind} id={`kind-${target.kind}`} className="docs-kind-section" aria-labelledby={`kind-${target.kind}-title`}>
          <h3 id={`kind-${target.kind}-title`}>
            <code>{target.kind}</code>
          </h3>
          <p>{target.description}</p>
          <SpecReferenceTable kind={target.kind} />
        </section>
      ))}
      <h2 id="gallery">Gallery</h2>
      <p>Each example drawn live beside the JSON that made it.</p>
      <ExampleGallery origin={origin} />
    </main>
  );
}
