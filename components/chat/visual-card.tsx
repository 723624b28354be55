'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { SnippetButtons } from '@/components/embed/snippet-buttons';
import { visualSnippets } from '@/lib/embed/snippets';
import type { VisualOutput } from '@/lib/llm/chat-message';
import { versionsOf } from '@/lib/llm/visual-versions';
import { SpecEditor, type SpecProblem } from './spec-editor';
import { VersionBar } from './version-bar';

/** Same-origin path of one of our absolute URLs (the page loads these; absolute ones get copied). */
const local = (url: string) => url.replace(/^https?:\/\/[^/]+/, '');

export interface VisualCardProps {
  visual: VisualOutput;
  /** The answer's tool call id (the card's element id, which version notes point at). */
  toolCallId?: string;
  /** Stored conversation and answer: with them the spec can be edited and versions shown. */
  edit?: { conversationId: string; toolCallId: string; onEdited: (output: VisualOutput) => void; busy?: boolean };
  onRegenerate?: () => void;
}

/** Which version a visual shows, and how many it has: what tells an edit of the editor's own from one made elsewhere. */
const versionKey = (visual: VisualOutput) => `${versionsOf(visual).versions.length}:${versionsOf(visual).current}:${visual.url}`;

/** The API path of one answer's visual. */
const visualPath = (edit: NonNullable<VisualCardProps['edit']>) => `/api/conversations/${edit.conversationId}/visuals/${encodeURIComponent(edit.toolCallId)}`;

/** The server's problems with a request, as the spec editor lists them. */
async function problemsOf(response: Response): Promise<SpecProblem[]> {
  const body = (await response.json().catch(() => ({}))) as { error?: { message?: string; issues?: { path: (string | number)[]; message: string }[] } };
  const issues = body.error?.issues ?? [];
  if (!issues.length) return [{ path: '(spec)', message: body.error?.message ?? `HTTP ${response.status}` }];
  return issues.map((issue) => ({ path: issue.path.join('.') || '(spec)', message: issue.message }));
}

/**
 * A rendered answer: the image, its alt text, its versions (undo, redo, the list), downloads of the
 * version shown, copy link/Markdown, spec editor, regenerate. The visual comes from the
 * conversation (the parent updates it through `onEdited`), so a follow-up's new version shows here.
 */
export function VisualCard({ visual, toolCallId, edit, onRegenerate }: VisualCardProps) {
  const [copied, setCopied] = useState<string>();
  const [showing, setShowing] = useState(false);
  const [versionError, setVersionError] = useState<string>();
  const { versions, current } = versionsOf(visual);
  // One editing session is one version: the editor starts again (from the version shown) whenever
  // the visual changes other than by its own saves (undo, redo, a follow-up), and amends until then.
  const [session, setSession] = useState(0);
  const own = useRef(versionKey(visual));
  const amend = useRef(false);
  const key = versionKey(visual);
  useEffect(() => {
    if (key === own.current) return;
    own.current = key;
    amend.current = false;
    setSession((count) => count + 1);
  }, [key]);
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
      const response = await fetch(`${visualPath(edit)}${amend.current ? '?amend=1' : ''}`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(spec),
      }).catch(() => undefined);
      if (!response) return [{ path: '(network)', message: 'the server did not answer' }];
      if (!response.ok) return problemsOf(response);
      const output = (await response.json()) as VisualOutput;
      amend.current = true;
      own.current = versionKey(output);
      edit.onEdited(output);
      return undefined;
    },
    [],
  );

  async function show(index: number) {
    const edit = target.current;
    if (!edit || showing) return;
    setShowing(true);
    setVersionError(undefined);
    const response = await fetch(visualPath(edit), { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ version: index + 1 }) }).catch(() => undefined);
    setShowing(false);
    if (!response?.ok) {
      setVersionError(response ? ((await problemsOf(response))[0]?.message ?? `HTTP ${response.status}`) : 'the server did not answer');
      return;
    }
    edit.onEdited((await response.json()) as VisualOutput);
  }

  return (
    <figure className="visual-card" data-kind={visual.spec.kind} id={toolCallId ? `card-${toolCallId}` : undefined} tabIndex={-1}>
      {/* eslint-disable-next-line @next/next/no-img-element -- images come from the render API */}
      <img src={src} alt={visual.alt} width={visual.width} height={visual.height} className="visual-image" />
      <VersionBar versions={versions} current={current} onShow={edit ? (index) => void show(index) : undefined} disabled={showing || Boolean(edit?.busy)} />
      {versionError ? (
        <p className="chat-error visual-version-error" role="alert">
          {versionError}
        </p>
      ) : null}
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
        {edit ? <SpecEditor key={session} spec={visual.spec} save={save} /> : <pre>{JSON.stringify(visual.spec, null, 2)}</pre>}
      </details>
      {visual.fallback ? <p className="visual-note">{visual.fallback}</p> : null}
    </figure>
  );
}
