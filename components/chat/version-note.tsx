'use client';

import type { VersionNote as Note } from '@/lib/llm/chat-message';

/** Same-origin path of one of our absolute URLs. */
const local = (url: string) => url.replace(/^https?:\/\/[^/]+/, '');

/**
 * What a follow-up that edited a visual shows under its caption: the version it made, small, and
 * a way to the card, where every version is (undo, redo, downloads).
 */
export function VersionNote({ note }: { note: Note }) {
  return (
    <div className="version-note" data-version={note.version}>
      {/* eslint-disable-next-line @next/next/no-img-element -- images come from the render API; the caption beside it names it */}
      <img src={local(note.url)} alt="" className="version-thumb" loading="lazy" />
      <button
        type="button"
        className="visual-action"
        onClick={() => {
          const card = document.getElementById(`card-${note.toolCallId}`);
          card?.scrollIntoView({ block: 'start' });
          card?.focus({ preventScroll: true });
        }}
      >
        Go to the card
      </button>
    </div>
  );
}
