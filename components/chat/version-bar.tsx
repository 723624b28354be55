'use client';

import type { VisualVersion } from '@/lib/llm/visual-versions';

/** How the version list names a version: what made it. */
export function versionLabel(version: VisualVersion, index: number): string {
  if (index === 0) return 'The first answer';
  if (version.source === 'edit') return 'Hand edit';
  const asked = version.prompt ? `“${version.prompt}”` : 'Follow-up';
  if (version.source === 'offline') return `${asked} · offline planner`;
  return version.as === 'spec' ? `${asked} · whole spec` : asked;
}

export interface VersionBarProps {
  versions: VisualVersion[];
  current: number;
  /** Shows a version (undo, redo, a pick); absent on the read-only share page. */
  onShow?: (index: number) => void;
  /** A version is being drawn, or the chat is answering: the controls wait. */
  disabled?: boolean;
}

/** "Version k of n" with undo and redo, and the list of versions (one click shows one). Nothing for a visual of one version. */
export function VersionBar({ versions, current, onShow, disabled = false }: VersionBarProps) {
  if (versions.length < 2) return null;
  const status = `Version ${current + 1} of ${versions.length}`;
  return (
    <div className="visual-versions" role="group" aria-label="Versions">
      {onShow ? (
        <button type="button" className="visual-action" onClick={() => onShow(current - 1)} disabled={disabled || current === 0} title={current > 0 ? `Show version ${current}` : undefined}>
          Undo
        </button>
      ) : null}
      <span className="visual-version-status" aria-live="polite" data-testid="version-status">
        {status}
      </span>
      {onShow ? (
        <button type="button" className="visual-action" onClick={() => onShow(current + 1)} disabled={disabled || current === versions.length - 1} title={current < versions.length - 1 ? `Show version ${current + 2}` : undefined}>
          Redo
        </button>
      ) : null}
      <details className="visual-version-list">
        <summary>All versions</summary>
        <ol>
          {versions.map((version, index) => {
            const label = `${index + 1}. ${versionLabel(version, index)}`;
            const shown = index === current;
            return (
              <li key={index}>
                {onShow ? (
                  <button type="button" className="visual-version" aria-current={shown ? 'true' : undefined} disabled={disabled || shown} onClick={() => onShow(index)}>
                    {label}
                  </button>
                ) : (
                  <span className="visual-version" aria-current={shown ? 'true' : undefined}>
                    {label}
                  </span>
                )}
                {shown ? <span className="visually-hidden"> (shown)</span> : null}
              </li>
            );
          })}
        </ol>
      </details>
    </div>
  );
}
