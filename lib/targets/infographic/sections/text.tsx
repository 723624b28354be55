import type { Section } from '../schema';
import { Text, type SectionProps } from '../ui';

type TextSection = Extract<Section, { type: 'text' }>;

export function Paragraph({ section, context, contentWidth }: SectionProps<TextSection>) {
  return (
    <Text size={20} color={context.theme.text} style={{ width: contentWidth, lineHeight: 1.55 }}>
      {section.text}
    </Text>
  );
}
