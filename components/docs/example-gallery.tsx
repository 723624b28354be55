import { apiKeysRequired } from '@/lib/http/api-keys';
import { encodeSpecParam } from '@/lib/http/request';
import { signUrl } from '@/lib/http/signing';
import { markdownSnippet } from '@/lib/embed/snippets';
import { registryExamples } from '@/lib/openapi/examples';
import { parseSpec, targetFor } from '@/lib/spec/visual';
import { CopyButton } from './copy-button';

/** A shell-safe single-quoted string. */
const quoted = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

export function curlFor(origin: string, name: string, spec: unknown, keyed: boolean): string {
  return [`curl --retry 4 -X POST ${quoted(`${origin}/api/render?format=png`)}`, `  -H 'Content-Type: application/json'`, ...(keyed ? ['  -H "Authorization: Bearer $GLIMPSE_API_KEY"'] : []), `  -d ${quoted(JSON.stringify(spec))}`, `  -o ${name}.png`].join(' \\\n');
}

/** Every registry example: its image beside its JSON, with "copy as curl" and "copy as Markdown". */
export function ExampleGallery({ origin }: { origin: string }) {
  const keyed = apiKeysRequired();
  return (
    <div className="docs-examples">
      {registryExamples.map((example) => {
        const spec = parseSpec(example.spec);
        const alt = targetFor(spec.kind).alt(spec);
        const image = signUrl(`${origin}/api/render?spec=${encodeSpecParam(example.spec)}&format=png`);
        const curl = curlFor(origin, example.name, example.spec, keyed);
        const markdown = markdownSnippet({ url: image, alt });
        return (
          <article key={example.name} className="docs-example" id={`example-${example.name}`} data-example={example.name}>
            <h3>
              {example.name} <span className="docs-kind">{example.kind}</span>
            </h3>
            <div className="docs-example-body">
              <a href={image} className="docs-example-image">
                {/* eslint-disable-next-line @next/next/no-img-element -- the image API is the point */}
                <img src={image.replace(/&format=png/, '&format=webp')} alt={alt.slice(0, 300)} loading="lazy" />
              </a>
              <pre className="docs-json" tabIndex={0} aria-label={`${example.name} spec JSON`}>
                <code>{JSON.stringify(example.spec, null, 2)}</code>
              </pre>
            </div>
            <div className="docs-copies">
              <CopyButton label="Copy as curl" text={curl} />
              <CopyButton label="Copy as Markdown" text={markdown} />
              <details>
                <summary>Show the curl and Markdown</summary>
                <pre>
                  <code>{curl}</code>
                </pre>
                <pre>
                  <code>{markdown}</code>
                </pre>
              </details>
            </div>
          </article>
        );
      })}
    </div>
  );
}
