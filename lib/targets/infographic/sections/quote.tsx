import type { Section } from '../schema';
import { accent, Column, RoughRule, Text, type SectionProps } from '../ui';
import { isRough } from '@/lib/targets/shared/rough';

type QuoteSection = Extract<Section, { type: 'quote' }>;

export function Quote({ section, context, contentWidth, index }: SectionProps<QuoteSection>) {
  const { theme } = context;
  const color = accent(context, index);
  const long = section.text.length > 180;
  return (
    <div style={{ display: 'flex', gap: 18 }}>
      <Text size={96} weight={800} color={color} style={{ lineHeight: 0.9, height: 60, flexShrink: 0 }}>
        “
      </Text>
      <Column gap={16} style={{ width: contentWidth - 70 }}>
        <Text size={long ? 21 : 26} weight={500} color={theme.text} style={{ lineHeight: 1.45 }}>
          {section.text}
        </Text>
        {section.author || section.role ? (
          <div style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
            {isRough(context.look) ? <RoughRule color={color} strokeWidth={3} roughKey={`sections.${index}.author`} style={{ width: 30, height: 6 }} /> : <div style={{ display: 'flex', width: 28, height: 3, backgroundColor: color }} />}
            <Column>
              {section.author ? (
                <Text size={18} weight={700} color={theme.text}>
                  {section.author}
                </Text>
              ) : null}
              {section.role ? (
                <Text size={16} color={theme.textMuted}>
                  {section.role}
                </Text>
              ) : null}
            </Column>
          </div>
        ) : null}
      </Column>
    </div>
  );
}
