import { colord } from 'colord';
import type { Section } from '../schema';
import { accent, Column, Text, type SectionProps } from '../ui';
import { isRough, roughHost, RoughLayer } from '@/lib/targets/shared/rough';


type FunnelSection = Extract<Section, { type: 'funnel' }>;

/** Stages as centred bands whose width shrinks (funnel) or grows (pyramid); text always fits the narrowest band. */
export function Funnel({ section, context, contentWidth, index }: SectionProps<FunnelSection>) {
  const color = accent(context, index);
  const count = section.items.length;
  const minShare = 0.5;
  const bandWidth = (itemIndex: number) => {
    const step = count === 1 ? 0 : itemIndex / (count - 1);
    return Math.round(contentWidth * (section.shape === 'funnel' ? 1 - step * (1 - minShare) : minShare + step * (1 - minShare)));
  };
  // One type size for every band (the narrowest band's), so the stages read as one figure.
  const compact = Math.min(...section.items.map((_, itemIndex) => bandWidth(itemIndex))) < 320;
  // Labels alone are centred in their band, as the shape is; a label and a value sit at its two ends.
  const centred = section.items.every((item) => !item.value);
  return (
    <Column gap={6} style={{ alignItems: 'center' }}>
      {section.items.map((item, itemIndex) => {
        const step = count === 1 ? 0 : itemIndex / (count - 1);
        const width = bandWidth(itemIndex);
        const fill = colord(color).mix(context.theme.background, section.shape === 'funnel' ? step * 0.45 : (1 - step) * 0.45).toHex();
        const textColor = colord(fill).isDark() ? '#FFFFFF' : '#0F172A';
        // Bands too narrow for label and value side by side stack them.
        const stacked = width < 320;
        const innerWidth = width - 44;
        return (
          <div
            key={itemIndex}
            style={{
              display: 'flex',
              flexDirection: stacked ? 'column' : 'row',
              boxSizing: 'border-box',
              width,
              minHeight: 56,
              padding: stacked ? '10px 14px' : '10px 22px',
              borderRadius: 12,
              ...(isRough(context.look) ? roughHost : { backgroundColor: fill }),
              alignItems: centred ? 'center' : stacked ? 'flex-start' : 'center',
              justifyContent: centred ? 'center' : 'space-between',
              gap: stacked ? 2 : 16,
            }}
          >
            {isRough(context.look) ? <RoughLayer mark={{ shape: 'rect', key: `sections.${index}.items.${itemIndex}`, stroke: colord(fill).darken(0.12).toHex(), strokeWidth: 1.8, radius: 10, fill, fillStyle: 'solid' }} /> : null}
            <Text size={compact ? 16 : 19} weight={600} color={textColor} style={{ lineHeight: 1.3, width: stacked ? width - 28 : item.value ? innerWidth - 120 : innerWidth, ...(centred ? { justifyContent: 'center', textAlign: 'center' } : {}) }}>
              {item.label}
            </Text>
            {item.value ? (
              <Text size={compact ? 17 : 21} weight={800} color={textColor} style={{ flexShrink: 0, textAlign: stacked ? 'left' : 'right', justifyContent: stacked ? 'flex-start' : 'flex-end', width: stacked ? width - 28 : 104 }}>
                {item.value}
              </Text>
            ) : null}
          </div>
        );
      })}
    </Column>
  );
}
