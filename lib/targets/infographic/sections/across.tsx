import type { ReactNode } from 'react';
import type { RenderContext } from '@/lib/targets/define-target';
import { balancedColumns, Column, columnWidth, RoughRule, Text } from '../ui';
import { isRough, roughHost } from '@/lib/targets/shared/rough';
import { tint } from '@/lib/render/theme';

/** One stop of a row across the card: its marker (a numbered badge, a dot), an optional kicker (a date), title and text. */
export interface Stop {
  marker: ReactNode;
  /** The marker's height: the line runs through its middle. */
  markerSize: number;
  color: string;
  kicker?: string;
  title: string;
  text?: string;
}

/** Stops across a card this wide at the least (CSS px of content). */
export const MIN_STOP_WIDTH = 180;
/** At most this many stops in a row; more wrap into balanced rows. */
export const MAX_STOPS_PER_ROW = 4;

/** How many stops of `count` go in a row of `contentWidth`, or undefined when they should not run across. */
export function stopsPerRow(count: number, contentWidth: number, max = MAX_STOPS_PER_ROW): number | undefined {
  const perRow = balancedColumns(count, max);
  return columnWidth(contentWidth, perRow, 20) >= MIN_STOP_WIDTH ? perRow : undefined;
}

/**
 * Steps or dated events across a wide card in balanced rows (a shorter last row centred), a line
 * through the markers of each row, centred text under them: a wide card's width used, not a narrow list down its left side.
 */
export function Across({ stops, perRow, contentWidth, context, lineColor, roughKey }: { stops: Stop[]; perRow: number; contentWidth: number; context: RenderContext; lineColor: string; roughKey: string }) {
  const { theme } = context;
  const rough = isRough(context.look);
  const width = columnWidth(contentWidth, perRow, 20);
  const rows: Stop[][] = [];
  for (let start = 0; start < stops.length; start += perRow) rows.push(stops.slice(start, start + perRow));
  return (
    <Column gap={28}>
      {rows.map((row, rowIndex) => {
        const rowWidth = row.length * width + (row.length - 1) * 20;
        const markerSize = Math.max(...row.map((stop) => stop.markerSize));
        return (
          <div key={rowIndex} style={{ display: 'flex', gap: 20, position: 'relative', width: contentWidth, justifyContent: 'center', ...(rough ? roughHost : {}) }}>
            {row.length > 1 && rough ? (
              // Under the markers (they hide it where they sit).
              <RoughRule color={tint(theme, lineColor, 0.45)} strokeWidth={2.5} roughKey={`${roughKey}.row.${rowIndex}`} style={{ position: 'absolute', top: markerSize / 2 - 4, left: (contentWidth - rowWidth) / 2 + width / 2, width: rowWidth - width, height: 8, zIndex: -1 }} />
            ) : null}
            {row.length > 1 && !rough ? <div style={{ position: 'absolute', top: markerSize / 2 - 1.5, left: (contentWidth - rowWidth) / 2 + width / 2, width: rowWidth - width, height: 3, backgroundColor: lineColor, opacity: 0.35 }} /> : null}
            {row.map((stop, index) => (
              <Column key={index} gap={10} style={{ width, alignItems: 'center' }}>
                <div style={{ display: 'flex', height: markerSize, alignItems: 'center' }}>{stop.marker}</div>
                {stop.kicker ? (
                  <Text size={17} weight={700} color={stop.color} style={{ textAlign: 'center', justifyContent: 'center' }}>
                    {stop.kicker}
                  </Text>
                ) : null}
                <Text size={20} weight={700} color={theme.text} style={{ textAlign: 'center', justifyContent: 'center', lineHeight: 1.3 }}>
                  {stop.title}
                </Text>
                {stop.text ? (
                  <Text size={17} color={theme.textMuted} style={{ textAlign: 'center', justifyContent: 'center' }}>
                    {stop.text}
                  </Text>
                ) : null}
              </Column>
            ))}
          </div>
        );
      })}
    </Column>
  );
}
