import type { Section } from '../schema';
import { accent, Column, RoughRule, Text, type SectionProps } from '../ui';
import { isRough, roughHost, RoughLayer } from '@/lib/targets/shared/rough';
import { tint } from '@/lib/render/theme';
import { Across, stopsPerRow } from './across';
import { WIDE_CARD } from './steps';

type TimelineSection = Extract<Section, { type: 'timeline' }>;

/** Down the card (date, dot on a line, title and text); on a wide card, across it in balanced rows (./across.tsx). */
export function Timeline({ section, context, contentWidth, index }: SectionProps<TimelineSection>) {
  const { theme } = context;
  const rough = isRough(context.look);
  /** A dot on the line: by hand, a ring in the stop's colour filled with the background (the line stops at it). */
  const roughDot = (color: string, size: number, itemIndex: number, style = {}) => (
    <div style={{ display: 'flex', width: size, height: size, ...roughHost, ...style }}>
      <RoughLayer mark={{ shape: 'ellipse', key: `sections.${index}.items.${itemIndex}.dot`, stroke: color, strokeWidth: 3, fill: theme.background, fillStyle: 'solid', roughness: 1.4 }} />
    </div>
  );
  const perRow = contentWidth >= WIDE_CARD && section.items.length >= 3 ? stopsPerRow(section.items.length, contentWidth, 5) : undefined;
  if (perRow) {
    const stops = section.items.map((item, itemIndex) => {
      const color = accent(context, index + itemIndex);
      return {
        marker: rough ? roughDot(color, 24, itemIndex) : (
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
    return <Across stops={stops} perRow={perRow} contentWidth={contentWidth} context={context} lineColor={theme.textMuted} roughKey={`sections.${index}`} />;
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
              {rough ? (
                roughDot(color, 20, itemIndex, { marginTop: 5 })
              ) : (
                <div style={{ display: 'flex', width: 20, height: 20, marginTop: 5, borderRadius: 10, backgroundColor: color, alignItems: 'center', justifyContent: 'center' }}>
                  <div style={{ display: 'flex', width: 10, height: 10, borderRadius: 5, backgroundColor: theme.surface }} />
                </div>
              )}
              {itemIndex < count - 1 ? (
                rough ? (
                  <RoughRule color={tint(theme, theme.text, 0.3)} strokeWidth={2} roughKey={`sections.${index}.items.${itemIndex}.line`} style={{ flexGrow: 1, width: 8, minHeight: 12, marginTop: 3, marginBottom: 3 }} />
                ) : (
                  <div style={{ display: 'flex', flexGrow: 1, width: 2, minHeight: 12, backgroundColor: theme.border }} />
                )
              ) : null}
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
