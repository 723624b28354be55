import type { Section } from '../schema';
import type { SectionProps } from '../ui';
import { TwoColumns } from './two-columns';

type ProsConsSection = Extract<Section, { type: 'pros-cons' }>;

export function ProsCons({ section, context, contentWidth }: SectionProps<ProsConsSection>) {
  const { theme } = context;
  return (
    <TwoColumns
      columns={[
        { title: 'Pros', icon: 'thumbs-up', color: theme.positive, bulletIcon: 'check', items: section.pros },
        { title: 'Cons', icon: 'thumbs-down', color: theme.negative, bulletIcon: 'x', items: section.cons },
      ]}
      context={context}
      contentWidth={contentWidth}
    />
  );
}
