'use client';

import { useEffect, useState } from 'react';

/** "Share": the conversation's read-only link, to copy or open. */
export function ShareButton({ path }: { path: string }) {
  const [url, setUrl] = useState(path);
  const [copied, setCopied] = useState(false);
  useEffect(() => setUrl(new URL(path, window.location.origin).href), [path]);
  return (
    <details className="share">
      <summary>Share</summary>
      <div className="share-panel">
        <label htmlFor="share-link">Read-only link</label>
        <input id="share-link" readOnly value={url} onFocus={(event) => event.target.select()} />
        <div className="share-actions">
          <button type="button" onClick={() => void navigator.clipboard?.writeText(url).then(() => setCopied(true))}>
            {copied ? 'Copied' : 'Copy link'}
          </button>
          <a href={path} target="_blank" rel="noreferrer">
            Open
          </a>
        </div>
      </div>
    </details>
  );
}
