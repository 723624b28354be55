import type { Section } from '../schema';
import { accent, Badge, Column, RoughRule, Text, type SectionProps } from '../ui';
import { isRough } from '@/lib/targets/shared/rough';
import { tint } from '@/lib/render/theme';
import { Across, stopsPerRow } from './across';

/** Cards at least this wide (content px) lay long lists of steps or events across, in rows. */
export const WIDE_CARD = 700;

type StepsSection = Extract<Section, { type: 'steps' }>;

/**
 * Across the card when every step gets room side by side (up to five in one row); on a wide card
 * more steps run across in balanced rows (./across.tsx); else a vertical list with a connector.
 */
export function Steps({ section, context, contentWidth, index }: SectionProps<StepsSection>) {
  const { theme } = context;
  const color = accent(context, index);
  const count = section.items.length;
  const rough = isRough(context.look);
  const badgeKey = (itemIndex: number) => (rough ? `sections.${index}.items.${itemIndex}.badge` : undefined);
  const perRow = count <= 5 && contentWidth / count >= 180 ? count : contentWidth >= WIDE_CARD ? stopsPerRow(count, contentWidth) : undefined;
  if (perRow) {
    const stops = section.items.map((item, itemIndex) => ({
      marker: (
        <div style={{ display: 'flex', padding: 4, borderRadius: 40, backgroundColor: rough ? theme.background : theme.surface }}>
          <Badge label={String(itemIndex + 1)} color={color} size={48} textColor={theme.onPrimary} roughKey={badgeKey(itemIndex)} />
        </div>
      ),
      markerSize: 56,
      color,
      title: item.title,
      text: item.text,
    }));
    return <Across stops={stops} perRow={perRow} contentWidth={contentWidth} context={context} lineColor={color} roughKey={`sections.${index}`} />;
  }
  return (
    <Column gap={0}>
      {section.items.map((item, itemIndex) => (
        <div key={itemIndex} style={{ display: 'flex', gap: 18 }}>
          <Column style={{ alignItems: 'center', width: 44, flexShrink: 0 }}>
            <Badge label={String(itemIndex + 1)} color={color} size={44} textColor={theme.onPrimary} roughKey={badgeKey(itemIndex)} />
            {itemIndex < count - 1 ? (
              rough ? (
                <RoughRule color={tint(theme, color, 0.45)} strokeWidth={2.5} roughKey={`sections.${index}.items.${itemIndex}.line`} style={{ flexGrow: 1, width: 8, minHeight: 16, marginTop: 4, marginBottom: 4 }} />
              ) : (
                <div style={{ display: 'flex', flexGrow: 1, width: 3, minHeight: 16, backgroundColor: color, opacity: 0.3 }} />
              )
            ) : null}
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
