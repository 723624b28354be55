'use client';

import { useState } from 'react';
import type { VisualOutput } from '@/lib/llm/chat-message';

/** A rendered answer: the image, its alt text, downloads, copy-as-Markdown and the spec. */
export function VisualCard({ visual }: { visual: VisualOutput }) {
  const [copied, setCopied] = useState(false);
  // Same-origin paths for the page itself; the absolute URL is what gets copied for use elsewhere.
  const src = visual.url.replace(/^https?:\/\/[^/]+/, '');
  const local = (url: string) => url.replace(/^https?:\/\/[^/]+/, '');
  const markdown = `![${visual.alt.slice(0, 120).replace(/[[\]]/g, '')}](${visual.url})`;
  return (
    <figure className="visual-card">
      <a href={src} target="_blank" rel="noreferrer" aria-label="Open full size">
        {/* eslint-disable-next-line @next/next/no-img-element -- images come from the render API */}
        <img src={src} alt={visual.alt} width={visual.width} height={visual.height} className="visual-image" />
      </a>
      <figcaption className="visual-actions">
        {Object.entries(visual.urls).map(([format, url]) => (
          <a key={format} href={local(url ?? '')} download className="visual-action">
            {format.toUpperCase()}
          </a>
        ))}
        <button
          type="button"
          className="visual-action"
          onClick={() => {
            void navigator.clipboard?.writeText(markdown).then(() => setCopied(true));
          }}
        >
          {copied ? 'Copied' : 'Copy Markdown'}
        </button>
        {visual.spec.kind === 'slides' ? (
          <a className="visual-action" href={src.replace(/\/i\/([\w-]+)\.png.*$/, '/deck/$1')} target="_blank" rel="noreferrer">
            Open deck
          </a>
        ) : null}
      </figcaption>
      <details className="visual-spec">
        <summary>Show spec and alt text</summary>
        <p className="visual-alt">{visual.alt}</p>
        <pre>{JSON.stringify(visual.spec, null, 2)}</pre>
      </details>
      {visual.fallback ? <p className="visual-note">{visual.fallback}</p> : null}
    </figure>
  );
}
