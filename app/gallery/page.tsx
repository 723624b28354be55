import { targets } from '@/lib/targets/registry';
import { encodeSpecParam } from '@/lib/http/request';
import { signUrl } from '@/lib/http/signing';
import { exportFormats } from '@/lib/render/render';
import { parseSpec } from '@/lib/spec/visual';
import { HARD_CASES, LOOK_SAMPLES, type GallerySample } from '@/lib/looks/gallery';

// Rendered per request: the CSP's script nonce is per response (proxy.ts), and with API keys
// configured its image URLs carry signatures made at run time.
export const dynamic = 'force-dynamic';

const CURL = `curl --retry 4 -X POST 'http://localhost:3000/api/render?format=png' \\
  -H 'Content-Type: application/json' \\
  -d '{"kind":"infographic","title":"Hello","sections":[{"type":"stats","items":[{"value":"42%","label":"Adoption"}]}]}' \\
  -o hello.png`;

/** One look sample or hard case: its image (webp, the slide it shows) and its name. */
function Sample({ sample, group }: { sample: GallerySample; group: string }) {
  const param = encodeSpecParam(sample.spec);
  const slide = sample.slide ? `&slide=${sample.slide}` : '';
  return (
    <figure data-sample={sample.name} data-group={group}>
      {/* eslint-disable-next-line @next/next/no-img-element -- the image API is the point */}
      <img src={signUrl(`/api/render?spec=${param}&format=webp${slide}`)} alt={`${group}: ${sample.name}`} loading="lazy" />
      <figcaption>
        <strong>{sample.name}</strong>
      </figcaption>
    </figure>
  );
}

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
      <h2>Looks</h2>
      <p>The same content in every look: an infographic, a deck&apos;s section and stats slides, a chart and a whiteboard. Set <code>look</code> on any spec.</p>
      {LOOK_SAMPLES.map(({ look, samples }) => (
        <section key={look} className="looks" data-look={look}>
          <h3>{look}</h3>
          <div className="gallery-looks">
            {samples.map((sample) => (
              <Sample key={sample.name} sample={sample} group={look} />
            ))}
          </div>
        </section>
      ))}
      <h2>Hard cases</h2>
      <p>From the stress set: long labels, CJK, emoji, dark, square and 4:3 decks, many series.</p>
      <div className="hard-cases">
        {HARD_CASES.map((sample) => (
          <Sample key={sample.name} sample={sample} group="hard case" />
        ))}
      </div>
    </main>
  );
}
