import type { Section } from '../schema';
import { accent, balancedColumns, Column, columnWidth, GAP, Icon, Row, Text, type SectionProps } from '../ui';

const CARD_INNER_PADDING = 22;
const MIN_VALUE_SIZE = 24;
const ICON_SIZE = 30;

/** The biggest value size (px) at which `value` stays on one line in `room` px (Inter digits ≈ 0.62em wide). */
function valueSize(value: string, room: number, largest = 52): number {
  const ems = [...value].reduce((sum, char) => sum + (/[\u2E80-\uFFFF]/.test(char) ? 1 : /[MW%$€£¥×]/.test(char) ? 0.9 : /[A-Z]/.test(char) ? 0.75 : char === ' ' ? 0.3 : 0.66), 0);
  return Math.max(MIN_VALUE_SIZE, Math.min(largest, Math.floor(room / Math.max(ems, 1))));
}

/** With a hero-number look, a stats section of one to three cards draws its numbers this much larger (still fitted to the card). */
const HERO_VALUE_SIZE = 76;
const HERO_MAX_ITEMS = 3;
import type { CSSProperties } from 'react';
import type { LookTokens } from '@/lib/looks/tokens';
import { tint, type Theme } from '@/lib/render/theme';
import { trendOf } from './trend';
import { isRough, roughHost, RoughLayer } from '@/lib/targets/shared/rough';

type StatsSection = Extract<Section, { type: 'stats' }>;

const TREND_ICON = { up: 'trending-up', down: 'trending-down', flat: 'minus' } as const;

/** A stat card's box in the look: a top accent stripe (clean), a rule (editorial), a tinted field (bold), a dashed outline (sketch). */
function statCard(look: LookTokens, theme: Theme, color: string): CSSProperties {
  if (isRough(look)) return { borderRadius: look.radius.card, ...roughHost };
  if (look.fields) return { borderRadius: look.radius.card, backgroundColor: tint(theme, color, 0.16), borderLeft: `6px solid ${color}` };
  if (look.card === 'ruled') return { borderRadius: 0, backgroundColor: theme.background, borderTop: `3px solid ${color}`, paddingLeft: 0 };
  if (look.card === 'outline') return { borderRadius: look.radius.card, backgroundColor: theme.background, border: `${look.border.width}px ${look.border.style} ${color}` };
  return { borderRadius: 16, backgroundColor: theme.background, border: `1px solid ${theme.border}`, borderTop: `5px solid ${color}` };
}

export function Stats({ section, context, contentWidth, index }: SectionProps<StatsSection>) {
  const { theme } = context;
  const maxColumns = contentWidth >= 900 ? 4 : contentWidth >= 600 ? 3 : contentWidth >= 360 ? 2 : 1;
  const columns = balancedColumns(section.items.length, maxColumns);
  const width = columnWidth(contentWidth, columns, GAP);
  // One value size for the whole row of cards, so numbers compare at a glance.
  const { look } = context;
  const hero = look.heroNumber && section.items.length <= HERO_MAX_ITEMS;
  const size = Math.min(...section.items.map((item) => valueSize(item.value, width - CARD_INNER_PADDING * 2 - 2 - (item.icon ? ICON_SIZE + 12 : 0), hero ? HERO_VALUE_SIZE : 52)));
  return (
    <Row gap={GAP}>
      {section.items.map((item, itemIndex) => {
        const color = accent(context, index + itemIndex);
        const { arrow, color: trendColor } = trendOf(item, theme);
        return (
          <Column
            key={itemIndex}
            gap={6}
            style={{ width, boxSizing: 'border-box', padding: CARD_INNER_PADDING, ...statCard(look, theme, color) }}
          >
            {isRough(look) ? <RoughLayer mark={{ shape: 'rect', key: `sections.${index}.items.${itemIndex}`, stroke: color, strokeWidth: 2, radius: look.radius.card, fill: tint(theme, color, 0.08), fillStyle: 'solid' }} /> : null}
            <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start', gap: 12 }}>
              <Text size={size} weight={look.type.valueWeight} color={color} style={{ lineHeight: 1.05, letterSpacing: -1, whiteSpace: size > MIN_VALUE_SIZE ? 'nowrap' : 'normal' }}>
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
