import { MAX_SLIDES } from '@/lib/limits';
import { chartFromTable } from './chart';
import { blocks } from './infographic';
import type { Table } from './tables';
import { clip, titleFrom } from './text';

export const DECK_WORDS = /\b(?:slides?|deck|presentation|pitch|keynote|powerpoint|pptx)\b|簡報|简报|投影片|幻燈片|幻灯片|スライド|プレゼン|발표|슬라이드/i;

type Slide = Record<string, unknown>;

/** Headings become slides (bullets, steps → process, quotes); a table becomes a chart slide. */
export function deckFromText(prompt: string, data: string | undefined, table: Table | undefined, locale: string | undefined): Record<string, unknown> {
  const firstLine = (prompt.split(/\r?\n/)[0] ?? '').replace(DECK_WORDS, '').replace(/\s+/g, ' ').trim().replace(/^(?:[:：,，\-–—]\s*|(?:about|on|for)\s+)/i, '').trim();
  const title = titleFrom(firstLine, 'Presentation');
  const slides: Slide[] = [{ layout: 'title', title }];
  for (const block of blocks(`${prompt.split(/\r?\n/).slice(1).join('\n')}\n${data && !table ? data : ''}`)) {
    const heading = clip(block.heading ?? title, 190);
    if (block.quotes.length) {
      const [quote, author] = block.quotes.join(' ').split(/\s+[—–]\s+/);
      slides.push({ layout: 'quote', quote: clip(quote ?? '', 900), ...(author ? { author: clip(author, 110) } : {}) });
    }
    if (block.numbered.length >= 2) {
      slides.push({ layout: 'timeline', title: heading, style: 'process', steps: block.numbered.slice(0, 6).map((step) => ({ title: clip(step, 110) })) });
    }
    const points = [...block.bullets, ...block.paragraphs].filter(Boolean);
    if (points.length) slides.push({ layout: 'bullets', title: heading, bullets: points.slice(0, 6).map((point) => clip(point, 230)) });
    else if (block.heading && !block.numbered.length && !block.quotes.length) slides.push({ layout: 'section', title: heading });
  }
  if (table) {
    const plan = chartFromTable(table, prompt, data ?? prompt);
    if (plan) slides.push({ layout: 'embed', title: clip(title, 190), visual: { kind: 'chart', type: plan.type, data: plan.data, ...(plan.sort ? { sort: plan.sort } : {}), ...(plan.format ? { format: plan.format } : {}) } });
  }
  if (slides.length === 1) slides.push({ layout: 'bullets', title, bullets: ['Add headings and bullet points to the request, one heading per slide.'] });
  return { kind: 'slides', title, ...(locale ? { locale } : {}), slides: slides.slice(0, MAX_SLIDES) };
}
