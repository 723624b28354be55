import { colord } from 'colord';
import type { Theme } from '@/lib/render/theme';
import { LOOKS, type LookTokens } from '@/lib/looks/tokens';

/** Vega-Lite config from Glimpse's theme, so charts look like the other targets. Spec configs override it. */
export function vegaConfig(theme: Theme, colors: string[], look: LookTokens = LOOKS.clean): Record<string, unknown> {
  const grid = colord(theme.border).alpha(theme.mode === 'dark' ? 0.7 : 0.9).toHex();
  const { chart } = look;
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
      ...(chart.labelWeight === 400 ? {} : { labelFontWeight: chart.labelWeight }),
      titleFontSize: 16,
      titleFontWeight: chart.titleWeight,
      ...(chart.grid === 'dashed' ? { gridDash: [4, 4] } : {}),
      labelPadding: 6,
      titlePadding: 12,
      labelOverlap: true,
    },
    axisX: { grid: false },
    axisY: { domain: false, ticks: false, tickCount: 6, ...(chart.grid === 'none' ? { grid: false } : {}) },
    ...(chart.domain ? {} : { axisX: { grid: false, domain: false, ticks: false } }),
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
