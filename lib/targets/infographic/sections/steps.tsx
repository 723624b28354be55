import type { Section } from '../schema';
import { accent, Badge, Column, columnWidth, Text, type SectionProps } from '../ui';

type StepsSection = Extract<Section, { type: 'steps' }>;

/** Horizontal when there is room for every step side by side, else a vertical list with a connector. */
export function Steps({ section, context, contentWidth, index }: SectionProps<StepsSection>) {
  const { theme } = context;
  const color = accent(context, index);
  const count = section.items.length;
  const horizontal = count <= 5 && contentWidth / count >= 180;
  if (horizontal) {
    const width = columnWidth(contentWidth, count, 20);
    return (
      <div style={{ display: 'flex', gap: 20, position: 'relative' }}>
        <div style={{ position: 'absolute', top: 27, left: width / 2, width: contentWidth - width, height: 3, backgroundColor: color, opacity: 0.35 }} />
        {section.items.map((item, itemIndex) => (
          <Column key={itemIndex} gap={10} style={{ width, alignItems: 'center' }}>
            <div style={{ display: 'flex', padding: 4, borderRadius: 40, backgroundColor: theme.surface }}>
              <Badge label={String(itemIndex + 1)} color={color} size={48} textColor={theme.onPrimary} />
            </div>
            <Text size={20} weight={700} color={theme.text} style={{ textAlign: 'center', justifyContent: 'center', lineHeight: 1.3 }}>
              {item.title}
            </Text>
            {item.text ? (
              <Text size={17} color={theme.textMuted} style={{ textAlign: 'center', justifyContent: 'center' }}>
                {item.text}
              </Text>
            ) : null}
          </Column>
        ))}
      </div>
    );
  }
  return (
    <Column gap={0}>
      {section.items.map((item, itemIndex) => (
        <div key={itemIndex} style={{ display: 'flex', gap: 18 }}>
          <Column style={{ alignItems: 'center', width: 44, flexShrink: 0 }}>
            <Badge label={String(itemIndex + 1)} color={color} size={44} textColor={theme.onPrimary} />
            {itemIndex < count - 1 ? <div style={{ display: 'flex', flexGrow: 1, width: 3, minHeight: 16, backgroundColor: color, opacity: 0.3 }} /> : null}
          </Column>
          <Column gap={4} style={{ width: contentWidth - 62, paddingBottom: itemIndex < count - 1 ? 18 : 0, paddingTop: 8 }}>
            <Text size={20} weight={700} color={theme.text} style={{ lineHeight: 1.3 }}>
              {item.title}
            </Text>
            {item.text ? (
              <Text size={17} color={theme.textMuted}>
                {item.text}
              </Text>
            ) : null}
          </Column>
        </div>
      ))}
    </Column>
  );
}
