import type { Section } from '../schema';
import type { SectionProps } from '../ui';
import { TwoColumns } from './two-columns';
import { fixedWords } from '@/lib/render/words';

type ProsConsSection = Extract<Section, { type: 'pros-cons' }>;

export function ProsCons({ section, context, contentWidth, index }: SectionProps<ProsConsSection>) {
  const { theme } = context;
  const words = fixedWords(context.locale);
  return (
    <TwoColumns
      roughKey={`sections.${index}`}
      columns={[
        { title: words.pros, icon: 'thumbs-up', color: theme.positive, bulletIcon: 'check', items: section.pros },
        { title: words.cons, icon: 'thumbs-down', color: theme.negative, bulletIcon: 'x', items: section.cons },
      ]}
      context={context}
      contentWidth={contentWidth}
    />
  );
}
