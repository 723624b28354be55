import { targets } from '@/lib/targets/registry';
import { encodeSpecParam } from '@/lib/http/request';
import { signUrl } from '@/lib/http/signing';
import { exportFormats } from '@/lib/render/render';
import { parseSpec } from '@/lib/spec/visual';

// Rendered per request: the CSP's script nonce is per response (proxy.ts), and with API keys
// configured its image URLs carry signatures made at run time.
export const dynamic = 'force-dynamic';

const CURL = `curl -X POST 'http://localhost:3000/api/render?format=png' \\
  -H 'Content-Type: application/json' \\
  -d '{"kind":"infographic","title":"Hello","sections":[{"type":"stats","items":[{"value":"42%","label":"Adoption"}]}]}' \\
  -o hello.png`;

export default function GalleryPage() {
  const examples = targets.flatMap((target) => target.examples.map((example) => ({ kind: target.kind, ...example })));
  return (
    <main>
      <h1>Glimpse</h1>
      <p className="lead">Answers as pictures: a visual spec in, a crisp PNG, SVG, WebP or PDF out.</p>
      <pre>
        <code>{CURL}</code>
      </pre>
      <p>
        Schema: <a href="/api/schema">/api/schema</a> · Health: <a href="/api/health">/api/health</a>
      </p>
      <h2>Examples</h2>
      <div className="gallery">
        {examples.map((example) => {
          const param = encodeSpecParam(example.spec);
          return (
            <figure key={`${example.kind}-${example.name}`} data-example={example.name}>
              {/* eslint-disable-next-line @next/next/no-img-element -- the image API is the point */}
              <img src={signUrl(`/api/render?spec=${param}&format=webp`)} alt={`${example.kind} example: ${example.name}`} loading="lazy" />
              <figcaption>
                <strong>{example.name}</strong>
                {exportFormats(parseSpec(example.spec)).map((format) => (
                  <a key={format} href={signUrl(`/api/render?spec=${param}&format=${format}`)}>
                    {format.toUpperCase()}
                  </a>
                ))}
              </figcaption>
            </figure>
          );
        })}
      </div>
    </main>
  );
}
