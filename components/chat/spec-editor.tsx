'use client';

import { useEffect, useId, useRef, useState } from 'react';
import type { VisualOutput } from '@/lib/llm/chat-message';

/** How long typing must pause before the edited spec is validated and re-rendered (ms). */
export const EDIT_DEBOUNCE_MS = 400;

export interface SpecProblem {
  path: string;
  message: string;
}

type Status = { state: 'idle' | 'rendering' | 'rendered' } | { state: 'invalid'; problems: SpecProblem[] };

/**
 * The spec as editable JSON. Each pause in typing sends it to `save` (the server validates and
 * renders); zod issues come back with their field paths and are listed under the editor.
 */
export function SpecEditor({ spec, save }: { spec: VisualOutput['spec']; save: (spec: unknown) => Promise<SpecProblem[] | undefined> }) {
  const original = useRef(JSON.stringify(spec, null, 2));
  const [text, setText] = useState(original.current);
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const latest = useRef(0);
  const ids = useId();

  useEffect(() => {
    if (text === original.current && status.state === 'idle') return;
    const request = ++latest.current;
    const timer = setTimeout(() => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text) as unknown;
      } catch (error) {
        setStatus({ state: 'invalid', problems: [{ path: 'JSON', message: error instanceof Error ? error.message : 'not valid JSON' }] });
        return;
      }
      setStatus({ state: 'rendering' });
      void save(parsed).then((problems) => {
        if (request !== latest.current) return;
        setStatus(problems?.length ? { state: 'invalid', problems } : { state: 'rendered' });
      });
    }, EDIT_DEBOUNCE_MS);
    return () => clearTimeout(timer);
    // status is read only to skip the first run; re-running on its changes would loop.
  }, [text, save]);

  const problems = status.state === 'invalid' ? status.problems : [];
  return (
    <div className="spec-editor">
      <label htmlFor={`${ids}-json`} className="spec-editor-label">
        Spec (JSON) — edits re-render the image
      </label>
      <textarea
        id={`${ids}-json`}
        className="spec-editor-input"
        value={text}
        spellCheck={false}
        rows={Math.min(16, text.split('\n').length + 1)}
        aria-invalid={problems.length > 0}
        aria-describedby={`${ids}-status`}
        onChange={(event) => setText(event.target.value)}
      />
      <div id={`${ids}-status`} className="spec-editor-status" aria-live="polite">
        {status.state === 'rendering' ? 'Rendering…' : status.state === 'rendered' ? 'Rendered ✓' : null}
        {problems.length ? (
          <div role="alert">
            <ul className="spec-problems">
              {problems.map((problem, index) => (
                <li key={index}>
                  <code>{problem.path}</code> {problem.message}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
      <button type="button" className="visual-action" onClick={() => setText(original.current)} disabled={text === original.current}>
        Reset spec
      </button>
    </div>
  );
}
