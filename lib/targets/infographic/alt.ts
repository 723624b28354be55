import type { InfographicSpec, Section } from './schema';

const sentence = (text: string) => (/[.!?。！？]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);
const join = (parts: (string | undefined)[]) => parts.filter(Boolean).join(' ');

function sectionAlt(section: Section): string {
  const heading = section.title ? sentence(section.title) : undefined;
  switch (section.type) {
    case 'stats':
      return join([heading, ...section.items.map((item) => sentence(join([`${item.label}: ${item.value}`, item.delta ? `(${item.delta})` : undefined])))]);
    case 'icon-list':
      return join([heading, ...section.items.map((item) => sentence(item.text ? `${item.title}: ${item.text}` : item.title))]);
    case 'steps':
      return join([heading, ...section.items.map((item, index) => sentence(`Step ${index + 1}, ${item.title}${item.text ? `: ${item.text}` : ''}`))]);
    case 'timeline':
      return join([heading, ...section.items.map((item) => sentence(`${item.date}: ${item.title}${item.text ? `, ${item.text}` : ''}`))]);
    case 'comparison':
      return join([heading, sentence(`${section.left.title} versus ${section.right.title}`), sentence(`${section.left.title}: ${section.left.items.join('; ')}`), sentence(`${section.right.title}: ${section.right.items.join('; ')}`)]);
    case 'pros-cons':
      return join([heading, sentence(`Pros: ${section.pros.join('; ')}`), sentence(`Cons: ${section.cons.join('; ')}`)]);
    case 'funnel':
      return join([heading, sentence(`${section.shape === 'funnel' ? 'Funnel' : 'Pyramid'}: ${section.items.map((item) => (item.value ? `${item.label} ${item.value}` : item.label)).join(', ')}`)]);
    case 'progress':
      return join([heading, sentence(section.items.map((item) => `${item.label} ${item.value}%`).join(', '))]);
    case 'quote':
      return join([heading, `Quote: “${section.text}”`, section.author ? sentence(`— ${section.author}${section.role ? `, ${section.role}` : ''}`) : undefined]);
    case 'callout':
      return join([heading, sentence(`${section.tone[0]?.toUpperCase()}${section.tone.slice(1)}: ${section.text}`)]);
    case 'key-value':
      return join([heading, ...section.rows.map((row) => sentence(`${row.key}: ${row.value}`))]);
    case 'text':
      return join([heading, sentence(section.text)]);
    default: {
      const unreachable: never = section;
      return unreachable;
    }
  }
}

/** Alt text in reading order: title, subtitle, each section, footer. */
export function infographicAlt(spec: InfographicSpec): string {
  return join([
    sentence(`Infographic: ${spec.title}`),
    spec.subtitle ? sentence(spec.subtitle) : undefined,
    ...spec.sections.map(sectionAlt),
    spec.footer ? sentence(spec.footer) : undefined,
  ]);
}
