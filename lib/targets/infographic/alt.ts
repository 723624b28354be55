import { altWords, sentenceOf, type AltWords } from '@/lib/targets/shared/alt-words';
import type { InfographicSpec, Section } from './schema';

function sectionAlt(section: Section, words: AltWords): string {
  const { colon, list } = words;
  const sentence = (text: string) => sentenceOf(text, words);
  const join = (parts: (string | undefined)[]) => parts.filter(Boolean).join(words.stop === '。' ? '' : ' ');
  const heading = section.title ? sentence(section.title) : undefined;
  const comma = words.stop === '。' ? '、' : ', ';
  switch (section.type) {
    case 'stats':
      return join([heading, ...section.items.map((item) => sentence(join([`${item.label}${colon}${item.value}`, item.delta ? `(${item.delta})` : undefined])))]);
    case 'icon-list':
      return join([heading, ...section.items.map((item) => sentence(item.text ? `${item.title}${colon}${item.text}` : item.title))]);
    case 'steps':
      return join([heading, ...section.items.map((item, index) => sentence(`${words.infographic.step(index + 1, item.title)}${item.text ? `${colon}${item.text}` : ''}`))]);
    case 'timeline':
      return join([heading, ...section.items.map((item) => sentence(`${item.date}${colon}${item.title}${item.text ? `${comma}${item.text}` : ''}`))]);
    case 'comparison':
      return join([heading, sentence(words.infographic.versus(section.left.title, section.right.title)), sentence(`${section.left.title}${colon}${section.left.items.join(list)}`), sentence(`${section.right.title}${colon}${section.right.items.join(list)}`)]);
    case 'pros-cons':
      return join([heading, sentence(`${words.infographic.pros}${colon}${section.pros.join(list)}`), sentence(`${words.infographic.cons}${colon}${section.cons.join(list)}`)]);
    case 'funnel':
      return join([heading, sentence(`${section.shape === 'funnel' ? words.infographic.funnel : words.infographic.pyramid}${colon}${section.items.map((item) => (item.value ? `${item.label} ${item.value}` : item.label)).join(comma)}`)]);
    case 'progress':
      return join([heading, sentence(section.items.map((item) => `${item.label} ${item.value}%`).join(comma))]);
    case 'quote':
      return join([heading, `${words.infographic.quote}${colon}“${section.text}”`, section.author ? sentence(`— ${section.author}${section.role ? `${comma}${section.role}` : ''}`) : undefined]);
    case 'callout':
      return join([heading, sentence(`${words.infographic.tones[section.tone]}${colon}${section.text}`)]);
    case 'key-value':
      return join([heading, ...section.rows.map((row) => sentence(`${row.key}${colon}${row.value}`))]);
    case 'text':
      return join([heading, sentence(section.text)]);
    default: {
      const unreachable: never = section;
      return unreachable;
    }
  }
}

/** Alt text in reading order: title, subtitle, each section, footer; its fixed words in the spec's language. */
export function infographicAlt(spec: InfographicSpec): string {
  const words = altWords(spec);
  const sentence = (text: string) => sentenceOf(text, words);
  return [sentence(words.infographic.title(spec.title)), spec.subtitle ? sentence(spec.subtitle) : undefined, ...spec.sections.map((section) => sectionAlt(section, words)), spec.footer ? sentence(spec.footer) : undefined]
    .filter(Boolean)
    .join(words.stop === '。' ? '' : ' ');
}
