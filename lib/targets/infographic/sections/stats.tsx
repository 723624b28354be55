import type { Section } from '../schema';
import { accent, balancedColumns, Column, columnWidth, GAP, Icon, Row, Text, type SectionProps } from '../ui';

const CARD_INNER_PADDING = 22;
const MIN_VALUE_SIZE = 24;
const ICON_SIZE = 30;

/** The biggest value size (px) at which `value` stays on one line in `room` px (Inter digits ≈ 0.62em wide). */
function valueSize(value: string, room: number): number {
  const ems = [...value].reduce((sum, char) => sum + (/[\u2E80-\uFFFF]/.test(char) ? 1 : /[MW%$€£¥×]/.test(char) ? 0.9 : /[A-Z]/.test(char) ? 0.75 : char === ' ' ? 0.3 : 0.66), 0);
  return Math.max(MIN_VALUE_SIZE, Math.min(52, Math.floor(room / Math.max(ems, 1))));
}
import { tint } from '@/lib/render/theme';
import { trendOf } from './trend';

type StatsSection = Extract<Section, { type: 'stats' }>;

const TREND_ICON = { up: 'trending-up', down: 'trending-down', flat: 'minus' } as const;

export function Stats({ section, context, contentWidth, index }: SectionProps<StatsSection>) {
  const { theme } = context;
  const maxColumns = contentWidth >= 900 ? 4 : contentWidth >= 600 ? 3 : contentWidth >= 360 ? 2 : 1;
  const columns = balancedColumns(section.items.length, maxColumns);
  const width = columnWidth(contentWidth, columns, GAP);
  // One value size for the whole row of cards, so numbers compare at a glance.
  const size = Math.min(...section.items.map((item) => valueSize(item.value, width - CARD_INNER_PADDING * 2 - 2 - (item.icon ? ICON_SIZE + 12 : 0))));
  return (
    <Row gap={GAP}>
      {section.items.map((item, itemIndex) => {
        const color = accent(context, index + itemIndex);
        const { arrow, color: trendColor } = trendOf(item, theme);
        return (
          <Column
            key={itemIndex}
            gap={6}
            style={{ width, boxSizing: 'border-box', padding: CARD_INNER_PADDING, borderRadius: 16, backgroundColor: theme.background, border: `1px solid ${theme.border}`, borderTop: `5px solid ${color}` }}
          >
            <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start', gap: 12 }}>
              <Text size={size} weight={800} color={color} style={{ lineHeight: 1.05, letterSpacing: -1, whiteSpace: size > MIN_VALUE_SIZE ? 'nowrap' : 'normal' }}>
                {item.value}
              </Text>
              {item.icon ? <Icon name={item.icon} color={tint(theme, color, 0.75)} size={ICON_SIZE} context={context} /> : null}
            </div>
            <Text size={19} weight={500} color={theme.textMuted}>
              {item.label}
            </Text>
            {item.delta ? (
              <div style={{ display: 'flex' }}>
                <div
                  style={{
                    display: 'flex',
                    gap: 6,
                    alignItems: 'center',
                    padding: '3px 10px',
                    borderRadius: 999,
                    fontSize: 15,
                    fontWeight: 600,
                    color: trendColor,
                    backgroundColor: tint(theme, trendColor, 0.12),
                  }}
                >
                  {arrow ? <Icon name={TREND_ICON[arrow]} color={trendColor} size={16} context={context} /> : null}
                  <span>{item.delta}</span>
                </div>
              </div>
            ) : null}
          </Column>
        );
      })}
    </Row>
  );
}
