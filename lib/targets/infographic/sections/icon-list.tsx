import type { Section } from '../schema';
import { accent, Column, columnWidth, IconBadge, Row, Text, type SectionProps } from '../ui';

type IconListSection = Extract<Section, { type: 'icon-list' }>;

export function IconList({ section, context, contentWidth, index }: SectionProps<IconListSection>) {
  const { theme } = context;
  const columns = contentWidth >= 800 && section.items.length >= 4 ? 2 : 1;
  const width = columnWidth(contentWidth, columns, 32);
  return (
    <Row gap={22} style={{ columnGap: 32 }}>
      {section.items.map((item, itemIndex) => {
        const color = accent(context, index + itemIndex);
        return (
          <div key={itemIndex} style={{ display: 'flex', gap: 18, width, alignItems: 'flex-start' }}>
            <IconBadge name={item.icon} color={color} size={52} context={context} />
            <Column gap={4} style={{ width: width - 70 }}>
              <Text size={21} weight={700} color={theme.text} style={{ lineHeight: 1.3 }}>
                {item.title}
              </Text>
              {item.text ? (
                <Text size={18} color={theme.textMuted}>
                  {item.text}
                </Text>
              ) : null}
            </Column>
          </div>
        );
      })}
    </Row>
  );
}
