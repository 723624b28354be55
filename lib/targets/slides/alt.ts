import { altWords, type AltWords } from '@/lib/targets/shared/alt-words';
import type { Slide, SlidesSpec } from './schema';

const bulletText = (items: (string | { text: string; sub: string[] })[], words: AltWords) => items.map((item) => (typeof item === 'string' ? item : `${item.text}${words.open}${item.sub.join(words.list)}${words.close}`)).join(words.list);

/** One slide's content in words; the fixed ones in `words` (the deck's language, English by default). */
export function slideAlt(slide: Slide, words: AltWords = altWords({})): string {
  const { colon, stop, list } = words;
  const sep = stop === '。' ? '。' : '. ';
  switch (slide.layout) {
    case 'title':
    case 'section':
      return [slide.title, slide.subtitle].filter(Boolean).join(sep);
    case 'bullets':
      return `${slide.title}${colon}${bulletText(slide.bullets, words)}`;
    case 'two-columns':
      return `${slide.title}${sep}${slide.left.heading ?? words.slides.left}${colon}${bulletText(slide.left.bullets, words)}${sep}${slide.right.heading ?? words.slides.right}${colon}${bulletText(slide.right.bullets, words)}`;
    case 'icon-text':
      return [slide.title, slide.text, slide.bullets ? bulletText(slide.bullets, words) : undefined].filter(Boolean).join(sep);
    case 'stats':
      return `${slide.title}${colon}${slide.stats.map((stat) => `${stat.label} ${stat.value}${stat.delta ? `${words.open}${stat.delta}${words.close}` : ''}`).join(list)}`;
    case 'quote':
      return `${words.slides.quote}${colon}“${slide.quote}”${slide.author ? ` — ${slide.author}` : ''}`;
    case 'table':
      return `${slide.title}${sep}${words.slides.table(slide.columns.join(stop === '。' ? '、' : ', '))}${colon}${slide.rows.map((row) => row.join(stop === '。' ? '、' : ', ')).join(list)}`;
    case 'timeline':
      return `${slide.title}${colon}${slide.steps.map((step) => [step.label, step.title].filter(Boolean).join(' ')).join(' → ')}`;
    case 'embed':
      return `${slide.title ?? words.slides.visual}${words.open}${slide.visual.kind === 'whiteboard' ? words.slides.diagram : words.slides.chart}${words.close}`;
    default: {
      const unreachable: never = slide;
      return unreachable;
    }
  }
}

/** The deck in reading order: title, then every slide; its fixed words in the deck's language. */
export function slidesAlt(spec: SlidesSpec): string {
  const words = altWords(spec);
  const { colon, stop } = words;
  return [`${words.slides.deck(spec.title)}${stop}`, ...spec.slides.map((slide, index) => `${words.slides.slide(index + 1)}${colon}${slideAlt(slide, words)}${stop}`)].join(stop === '。' ? '' : ' ');
}

/** The field that holds most of a slide's content: where an overflow error points. */
export function mainField(slide: Slide): string {
  switch (slide.layout) {
    case 'title':
    case 'section':
      return 'title';
    case 'bullets':
      return 'bullets';
    case 'two-columns':
      return slide.left.bullets.length >= slide.right.bullets.length ? 'left' : 'right';
    case 'icon-text':
      return slide.bullets ? 'bullets' : 'text';
    case 'stats':
      return 'stats';
    case 'quote':
      return 'quote';
    case 'table':
      return 'rows';
    case 'timeline':
      return 'steps';
    case 'embed':
      return 'visual';
    default: {
      const unreachable: never = slide;
      return unreachable;
    }
  }
}
