import { colord } from 'colord';
import type { Theme } from '@/lib/render/theme';

/** Vega-Lite config from Glimpse's theme, so charts look like the other targets. Spec configs override it. */
export function vegaConfig(theme: Theme, colors: string[]): Record<string, unknown> {
  const grid = colord(theme.border).alpha(theme.mode === 'dark' ? 0.7 : 0.9).toHex();
  return {
    background: theme.background,
    padding: 4,
    font: 'Inter',
    view: { stroke: null },
    axis: {
      domainColor: theme.border,
      gridColor: grid,
      tickColor: theme.border,
      labelColor: theme.textMuted,
      titleColor: theme.text,
      labelFontSize: 15,
      titleFontSize: 16,
      titleFontWeight: 600,
      labelPadding: 6,
      titlePadding: 12,
      labelOverlap: true,
    },
    axisX: { grid: false },
    axisY: { domain: false, ticks: false, tickCount: 6 },
    axisQuantitative: { tickCount: 6 },
    legend: { labelColor: theme.text, titleColor: theme.textMuted, labelFontSize: 15, titleFontSize: 15, symbolType: 'circle', symbolSize: 140, orient: 'top', labelLimit: 220 },
    header: { labelColor: theme.text, titleColor: theme.text, labelFontSize: 14, titleFontSize: 15 },
    title: { color: theme.text, subtitleColor: theme.textMuted, fontSize: 18, fontWeight: 700, anchor: 'start' },
    range: { category: colors, ramp: [colord(theme.background).mix(colors[0] ?? theme.primary, 0.1).toHex(), colors[0] ?? theme.primary] },
    text: { color: theme.text, fontSize: 14 },
    mark: { color: colors[0] ?? theme.primary },
    arc: { stroke: theme.background },
  };
}
