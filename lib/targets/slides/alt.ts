import type { Slide, SlidesSpec } from './schema';

const bulletText = (items: (string | { text: string; sub: string[] })[]) => items.map((item) => (typeof item === 'string' ? item : `${item.text} (${item.sub.join('; ')})`)).join('; ');

export function slideAlt(slide: Slide): string {
  switch (slide.layout) {
    case 'title':
    case 'section':
      return [slide.title, slide.subtitle].filter(Boolean).join('. ');
    case 'bullets':
      return `${slide.title}: ${bulletText(slide.bullets)}`;
    case 'two-columns':
      return `${slide.title}. ${slide.left.heading ?? 'Left'}: ${bulletText(slide.left.bullets)}. ${slide.right.heading ?? 'Right'}: ${bulletText(slide.right.bullets)}`;
    case 'icon-text':
      return [slide.title, slide.text, slide.bullets ? bulletText(slide.bullets) : undefined].filter(Boolean).join('. ');
    case 'stats':
      return `${slide.title}: ${slide.stats.map((stat) => `${stat.label} ${stat.value}${stat.delta ? ` (${stat.delta})` : ''}`).join('; ')}`;
    case 'quote':
      return `Quote: “${slide.quote}”${slide.author ? ` — ${slide.author}` : ''}`;
    case 'table':
      return `${slide.title}. Table with columns ${slide.columns.join(', ')}: ${slide.rows.map((row) => row.join(', ')).join('; ')}`;
    case 'timeline':
      return `${slide.title}: ${slide.steps.map((step) => [step.label, step.title].filter(Boolean).join(' ')).join(' → ')}`;
    case 'embed':
      return `${slide.title ?? 'Visual'} (${slide.visual.kind === 'whiteboard' ? 'diagram' : 'chart'})`;
    default: {
      const unreachable: never = slide;
      return unreachable;
    }
  }
}

/** The deck in reading order: title, then every slide. */
export function slidesAlt(spec: SlidesSpec): string {
  return [`Slide deck: ${spec.title}.`, ...spec.slides.map((slide, index) => `Slide ${index + 1}: ${slideAlt(slide)}.`)].join(' ');
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
