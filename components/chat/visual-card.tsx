'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { SnippetButtons } from '@/components/embed/snippet-buttons';
import { visualSnippets } from '@/lib/embed/snippets';
import type { VisualOutput } from '@/lib/llm/chat-message';
import { SpecEditor, type SpecProblem } from './spec-editor';

/** Same-origin path of one of our absolute URLs (the page loads these; absolute ones get copied). */
const local = (url: string) => url.replace(/^https?:\/\/[^/]+/, '');

export interface VisualCardProps {
  visual: VisualOutput;
  /** Stored conversation and answer: with them the spec can be edited in place. */
  edit?: { conversationId: string; toolCallId: string; onEdited: (output: VisualOutput) => void };
  onRegenerate?: () => void;
}

/** A rendered answer: the image, its alt text, downloads, copy link/Markdown, spec editor, regenerate. */
export function VisualCard({ visual: initial, edit, onRegenerate }: VisualCardProps) {
  const [visual, setVisual] = useState(initial);
  const [copied, setCopied] = useState<string>();
  const src = local(visual.url);
  const deck = visual.spec.kind === 'slides' ? src.replace(/^\/i\/([\w-]+)\.png.*$/, '/deck/$1') : undefined;
  const origin = /^https?:\/\/[^/]+/.exec(visual.url)?.[0] ?? '';
  const snippets = visualSnippets({
    url: visual.url,
    svgUrl: visual.urls.svg,
    alt: visual.alt,
    title: visual.spec.title,
    width: visual.width,
    height: visual.height,
    deck: deck ? { url: `${origin}${deck}`, embedUrl: `${origin}/embed${deck}`, aspect: visual.width / visual.height } : undefined,
  });

  function copy(label: string, text: string) {
    void navigator.clipboard?.writeText(text).then(
      () => setCopied(label),
      () => setCopied(undefined),
    );
  }

  // The latest edit target, read through a ref so `save` keeps one identity across renders.
  const target = useRef(edit);
  useEffect(() => {
    target.current = edit;
  });
  const save = useCallback(
    async (spec: unknown): Promise<SpecProblem[] | undefined> => {
      const edit = target.current;
      if (!edit) return undefined;
      const response = await fetch(`/api/conversations/${edit.conversationId}/visuals/${encodeURIComponent(edit.toolCallId)}`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(spec),
      }).catch(() => undefined);
      if (!response) return [{ path: '(network)', message: 'the server did not answer' }];
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { error?: { message?: string; issues?: { path: (string | number)[]; message: string }[] } };
        const issues = body.error?.issues ?? [];
        if (!issues.length) return [{ path: '(spec)', message: body.error?.message ?? `HTTP ${response.status}` }];
        return issues.map((issue) => ({ path: issue.path.join('.') || '(spec)', message: issue.message }));
      }
      const output = (await response.json()) as VisualOutput;
      setVisual(output);
      edit.onEdited(output);
      return undefined;
    },
    [],
  );

  return (
    <figure className="visual-card" data-kind={visual.spec.kind}>
      {/* eslint-disable-next-line @next/next/no-img-element -- images come from the render API */}
      <img src={src} alt={visual.alt} width={visual.width} height={visual.height} className="visual-image" />
      <figcaption className="visual-actions">
        <span className="visual-downloads" role="group" aria-label="Download">
          {Object.entries(visual.urls).map(([format, url]) => (
            <a key={format} href={local(url ?? '')} download className="visual-action">
              <span className="visually-hidden">Download </span>
              {format.toUpperCase()}
            </a>
          ))}
        </span>
        <button type="button" className="visual-action" onClick={() => copy('link', visual.url)}>
          {copied === 'link' ? 'Link copied' : 'Copy link'}
        </button>
        <SnippetButtons snippets={snippets} />
        <a className="visual-action" href={src} target="_blank" rel="noreferrer">
          Open full size
        </a>
        {deck ? (
          <a className="visual-action" href={deck} target="_blank" rel="noreferrer">
            Open deck
          </a>
        ) : null}
        {onRegenerate ? (
          <button type="button" className="visual-action" onClick={onRegenerate} title="Ask again: replaces this answer and what follows it">
            Regenerate
          </button>
        ) : null}
      </figcaption>
      <details className="visual-spec">
        <summary>{edit ? 'Edit spec' : 'Show spec'}</summary>
        <p className="visual-alt">
          <strong>Alt text:</strong> {visual.alt}
        </p>
        {edit ? <SpecEditor spec={initial.spec} save={save} /> : <pre>{JSON.stringify(visual.spec, null, 2)}</pre>}
      </details>
      {visual.fallback ? <p className="visual-note">{visual.fallback}</p> : null}
    </figure>
  );
}
