'use client';

import { useCallback, useEffect, useRef, useState } from 'react';

export interface DeckSlide {
  url: string;
  alt: string;
}

export interface DeckViewerProps {
  title: string;
  slides: DeckSlide[];
  downloads: { label: string; href: string }[];
  /** Width/height of a slide, for the aspect ratio. */
  aspect: number;
  embedded: boolean;
}

/** One slide at a time: keyboard, click and swipe navigation, counter, fullscreen and downloads. */
export function DeckViewer({ title, slides, downloads, aspect, embedded }: DeckViewerProps) {
  const [index, setIndex] = useState(0);
  // Set once hydrated: keys and clicks before then reach no handler (tests and embedders wait on it).
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const stage = useRef<HTMLDivElement>(null);
  const swipeStart = useRef<number | undefined>(undefined);
  const count = slides.length;
  const go = useCallback((next: number) => setIndex(Math.max(0, Math.min(count - 1, next))), [count]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.target instanceof HTMLElement && ['INPUT', 'TEXTAREA'].includes(event.target.tagName)) return;
      if (['ArrowRight', 'PageDown', ' ', 'Enter'].includes(event.key)) go(index + 1);
      else if (['ArrowLeft', 'PageUp', 'Backspace'].includes(event.key)) go(index - 1);
      else if (event.key === 'Home') go(0);
      else if (event.key === 'End') go(count - 1);
      else if (event.key === 'f') void toggleFullscreen();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  async function toggleFullscreen() {
    if (document.fullscreenElement) await document.exitFullscreen();
    else await stage.current?.requestFullscreen?.();
  }

  const slide = slides[index];
  return (
    <div className={embedded ? 'deck deck-embedded' : 'deck'} data-ready={ready ? 'true' : undefined}>
      <div
        ref={stage}
        className="deck-stage"
        style={{ aspectRatio: String(aspect) }}
        onClick={(event) => {
          const box = event.currentTarget.getBoundingClientRect();
          go(event.clientX - box.left > box.width / 2 ? index + 1 : index - 1);
        }}
        onPointerDown={(event) => {
          swipeStart.current = event.clientX;
        }}
        onPointerUp={(event) => {
          const start = swipeStart.current;
          swipeStart.current = undefined;
          if (start !== undefined && Math.abs(event.clientX - start) > 40 && event.pointerType !== 'mouse') go(index + (event.clientX < start ? 1 : -1));
        }}
      >
        {slide ? (
          // eslint-disable-next-line @next/next/no-img-element -- the image API serves each slide
          <img key={slide.url} src={slide.url} alt={slide.alt} className="deck-slide" draggable={false} />
        ) : null}
        {slides[index + 1] ? <link rel="preload" as="image" href={slides[index + 1]?.url} /> : null}
      </div>
      <nav className="deck-bar" aria-label={`${title} slide controls`}>
        <button type="button" onClick={() => go(index - 1)} disabled={index === 0} aria-label="Previous slide">
          ‹
        </button>
        <span className="deck-counter" aria-live="polite" data-testid="deck-counter">
          {index + 1} / {count}
        </span>
        <button type="button" onClick={() => go(index + 1)} disabled={index === count - 1} aria-label="Next slide">
          ›
        </button>
        <span className="deck-spacer" />
        <details className="deck-downloads">
          <summary>Download</summary>
          <ul>
            {downloads.map((download) => (
              <li key={download.label}>
                <a href={download.href} download>
                  {download.label}
                </a>
              </li>
            ))}
          </ul>
        </details>
        <button type="button" onClick={() => void toggleFullscreen()} aria-label="Fullscreen">
          ⛶
        </button>
      </nav>
    </div>
  );
}
