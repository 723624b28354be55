import { isRough } from '@/lib/targets/shared/rough';
import type { Section } from '../schema';
import { accent, Badge, type SectionProps } from '../ui';
import { TwoColumns } from './two-columns';

type ComparisonSection = Extract<Section, { type: 'comparison' }>;

export function Comparison({ section, context, contentWidth, index }: SectionProps<ComparisonSection>) {
  const { theme } = context;
  const sides = [section.left, section.right] as const;
  const columns = sides.map((side, sideIndex) => ({
    title: side.title,
    icon: side.icon,
    color: accent(context, index + sideIndex),
    items: side.items,
  }));
  return (
    <TwoColumns
      roughKey={`sections.${index}`}
      columns={[columns[0]!, columns[1]!]}
      context={context}
      contentWidth={contentWidth}
      middle={<Badge label="VS" color={theme.text} size={48} textColor={theme.background} roughKey={isRough(context.look) ? `sections.${index}.vs` : undefined} />}
    />
  );
}
