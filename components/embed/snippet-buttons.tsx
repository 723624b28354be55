'use client';

import { useState } from 'react';
import type { Snippets } from '@/lib/embed/snippets';

const LABELS: Record<keyof Snippets, string> = { img: 'Copy <img>', markdown: 'Copy Markdown', iframe: 'Copy <iframe>' };
const COPIED: Record<keyof Snippets, string> = { img: '<img> copied', markdown: 'Markdown copied', iframe: '<iframe> copied' };

/**
 * The three embedding snippets of a visual as copy buttons. Each button carries its text in
 * `data-snippet`, so what it copies can be read from the page too.
 */
export function SnippetButtons({ snippets, className = 'visual-action' }: { snippets: Snippets; className?: string }) {
  const [copied, setCopied] = useState<keyof Snippets>();
  function copy(which: keyof Snippets) {
    void navigator.clipboard?.writeText(snippets[which]).then(
      () => setCopied(which),
      () => setCopied(undefined),
    );
  }
  return (
    <>
      {(Object.keys(LABELS) as (keyof Snippets)[]).map((which) => (
        <button key={which} type="button" className={className} data-snippet={snippets[which]} data-snippet-kind={which} onClick={() => copy(which)}>
          {copied === which ? COPIED[which] : LABELS[which]}
        </button>
      ))}
    </>
  );
}
