import type { Section } from '../schema';
import { accent, balancedColumns, Column, columnWidth, Row, Text, type SectionProps } from '../ui';
import { tint, type Theme } from '@/lib/render/theme';
import { colord } from 'colord';
import { isRough, roughHost, RoughLayer } from '@/lib/targets/shared/rough';

type ProgressSection = Extract<Section, { type: 'progress' }>;

/** A bar's or ring's track stays visible on dark backgrounds too: this much contrast against the background, at least. */
export const MIN_TRACK_CONTRAST = 1.3;

/** The track under a bar or ring: a soft tint of its colour, stronger until it shows against the background. */
export function trackColor(theme: Theme, color: string): string {
  let amount = 0.15;
  let track = tint(theme, color, amount);
  while (colord(track).contrast(theme.background) < MIN_TRACK_CONTRAST && amount < 0.6) {
    amount += 0.03;
    track = tint(theme, color, amount);
  }
  return track;
}

const formatPercent = (value: number) => `${Number.isInteger(value) ? value : value.toFixed(1)}%`;

export function Progress(props: SectionProps<ProgressSection>) {
  return props.section.style === 'rings' ? <Rings {...props} /> : <Bars {...props} />;
}

function Bars({ section, context, contentWidth, index }: SectionProps<ProgressSection>) {
  const { theme } = context;
  return (
    <Column gap={18}>
      {section.items.map((item, itemIndex) => {
        const color = accent(context, index + itemIndex);
        return (
          <Column key={itemIndex} gap={8}>
            <div style={{ display: 'flex', justifyContent: 'space-between', gap: 16 }}>
              <Text size={18} weight={500} color={theme.text} style={{ width: contentWidth - 100 }}>
                {item.label}
              </Text>
              <Text size={18} weight={700} color={color}>
                {formatPercent(item.value)}
              </Text>
            </div>
            {isRough(context.look) ? (
              // By hand: the track's outline, the value hatched in its colour.
              <div style={{ display: 'flex', width: contentWidth, height: 18, ...roughHost }}>
                <RoughLayer mark={{ shape: 'rect', key: `sections.${index}.items.${itemIndex}.track`, stroke: tint(theme, theme.text, 0.35), strokeWidth: 1.4, roughness: 1.2 }} />
                {item.value > 0 ? (
                  <div style={{ display: 'flex', width: Math.max(8, Math.round((contentWidth * item.value) / 100)), height: 18, ...roughHost }}>
                    <RoughLayer mark={{ shape: 'rect', key: `sections.${index}.items.${itemIndex}`, stroke: color, strokeWidth: 1.8, fill: color, fillStyle: 'hachure', hachureGap: 4.5, fillWeight: 1.6, roughness: 1.2 }} />
                  </div>
                ) : null}
              </div>
            ) : (
              <div style={{ display: 'flex', width: contentWidth, height: 14, borderRadius: 7, backgroundColor: trackColor(theme, color) }}>
                <div style={{ display: 'flex', width: Math.max(0, Math.round((contentWidth * item.value) / 100)), height: 14, borderRadius: 7, backgroundColor: color }} />
              </div>
            )}
          </Column>
        );
      })}
    </Column>
  );
}

const RING_CELL_PX = 140;

function Rings({ section, context, contentWidth, index }: SectionProps<ProgressSection>) {
  const { theme } = context;
  // A ring needs a cell this wide (ring and label): three fit a half-width card, seven a full one.
  const perRow = balancedColumns(section.items.length, Math.floor((contentWidth + 24) / RING_CELL_PX));
  const width = columnWidth(contentWidth, perRow, 24);
  const size = Math.min(140, width - 10);
  const stroke = Math.round(size * 0.11);
  const radius = (size - stroke) / 2;
  const circumference = 2 * Math.PI * radius;
  return (
    <Row gap={24}>
      {section.items.map((item, itemIndex) => {
        const color = accent(context, index + itemIndex);
        const dash = (circumference * item.value) / 100;
        return (
          <Column key={itemIndex} gap={10} style={{ width, alignItems: 'center' }}>
            <div style={{ display: 'flex', position: 'relative', width: size, height: size, alignItems: 'center', justifyContent: 'center', ...(isRough(context.look) ? roughHost : {}) }}>
              {isRough(context.look) ? (
                <>
                  <RoughLayer mark={{ shape: 'ellipse', key: `sections.${index}.items.${itemIndex}.track`, stroke: trackColor(theme, color), strokeWidth: Math.max(2, stroke * 0.45), inset: stroke / 2 }} />
                  {item.value > 0 ? <RoughLayer mark={{ shape: 'arc', key: `sections.${index}.items.${itemIndex}`, stroke: color, strokeWidth: stroke * 0.7, from: 0, to: Math.min(1, item.value / 100), inset: stroke / 2, roughness: 1.3 }} /> : null}
                </>
              ) : (
                <svg width={size} height={size} viewBox={`0 0 ${size} ${size}`} style={{ position: 'absolute', top: 0, left: 0 }}>
                  <circle cx={size / 2} cy={size / 2} r={radius} fill="none" stroke={trackColor(theme, color)} strokeWidth={stroke} />
                  <circle
                    cx={size / 2}
                    cy={size / 2}
                    r={radius}
                    fill="none"
                    stroke={color}
                    strokeWidth={stroke}
                    strokeLinecap={item.value > 0 && item.value < 100 ? 'round' : 'butt'}
                    strokeDasharray={`${dash} ${circumference}`}
                    transform={`rotate(-90 ${size / 2} ${size / 2})`}
                  />
                </svg>
              )}
              {/* "100%" is a digit longer: a little smaller, so it keeps clear of the ring. */}
              <Text size={Math.round(size * (item.value >= 99.95 ? 0.19 : 0.22))} weight={800} color={theme.text}>
                {formatPercent(item.value)}
              </Text>
            </div>
            <Text size={17} weight={500} color={theme.textMuted} style={{ textAlign: 'center', justifyContent: 'center', width }}>
              {item.label}
            </Text>
          </Column>
        );
      })}
    </Row>
  );
}
