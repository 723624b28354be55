import type { Section } from '../schema';
import { accent, Column, Text, type SectionProps } from '../ui';
import { Across, stopsPerRow } from './across';
import { WIDE_CARD } from './steps';

type TimelineSection = Extract<Section, { type: 'timeline' }>;

/** Down the card (date, dot on a line, title and text); on a wide card, across it in balanced rows (./across.tsx). */
export function Timeline({ section, context, contentWidth, index }: SectionProps<TimelineSection>) {
  const { theme } = context;
  const perRow = contentWidth >= WIDE_CARD && section.items.length >= 3 ? stopsPerRow(section.items.length, contentWidth, 5) : undefined;
  if (perRow) {
    const stops = section.items.map((item, itemIndex) => {
      const color = accent(context, index + itemIndex);
      return {
        marker: (
          <div style={{ display: 'flex', width: 24, height: 24, borderRadius: 12, backgroundColor: color, alignItems: 'center', justifyContent: 'center' }}>
            <div style={{ display: 'flex', width: 12, height: 12, borderRadius: 6, backgroundColor: theme.surface }} />
          </div>
        ),
        markerSize: 24,
        color,
        kicker: item.date,
        title: item.title,
        text: item.text,
      };
    });
    return <Across stops={stops} perRow={perRow} contentWidth={contentWidth} context={context} lineColor={theme.textMuted} />;
  }
  // Narrow canvases put the date above the title instead of in its own column.
  const stacked = contentWidth < 420;
  const dateWidth = stacked ? 0 : contentWidth >= 700 ? 150 : 110;
  const textWidth = contentWidth - dateWidth - (stacked ? 38 : 56);
  const count = section.items.length;
  return (
    <Column>
      {section.items.map((item, itemIndex) => {
        const color = accent(context, index + itemIndex);
        return (
          <div key={itemIndex} style={{ display: 'flex', gap: 18 }}>
            {stacked ? null : (
              <Text size={19} weight={700} color={color} style={{ width: dateWidth, flexShrink: 0, justifyContent: 'flex-end', textAlign: 'right', paddingTop: 2 }}>
                {item.date}
              </Text>
            )}
            <Column style={{ alignItems: 'center', width: 20, flexShrink: 0 }}>
              <div style={{ display: 'flex', width: 20, height: 20, marginTop: 5, borderRadius: 10, backgroundColor: color, alignItems: 'center', justifyContent: 'center' }}>
                <div style={{ display: 'flex', width: 10, height: 10, borderRadius: 5, backgroundColor: theme.surface }} />
              </div>
              {itemIndex < count - 1 ? <div style={{ display: 'flex', flexGrow: 1, width: 2, minHeight: 12, backgroundColor: theme.border }} /> : null}
            </Column>
            <Column gap={4} style={{ width: textWidth, paddingBottom: itemIndex < count - 1 ? 20 : 0 }}>
              {stacked ? (
                <Text size={17} weight={700} color={color}>
                  {item.date}
                </Text>
              ) : null}
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
        );
      })}
    </Column>
  );
}
