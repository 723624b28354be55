import type { VegaLiteSpec } from './compile';

/**
 * Tick formats for a time axis, by the coarsest unit a tick falls on (Vega's multi-format): the
 * compact form's "Jan 2025" and "09 Sep" rather than Vega's defaults ("September", "Wed 09", "Fri 25").
 */
export const TIME_TICK_FORMAT = {
  year: '%Y',
  quarter: '%b %Y',
  month: '%b %Y',
  week: '%d %b',
  date: '%d %b',
  hours: '%H:%M',
  minutes: '%H:%M',
  seconds: '%H:%M:%S',
  milliseconds: '%H:%M:%S.%L',
} as const;

const POSITION_CHANNELS = ['x', 'y', 'x2', 'y2'] as const;
type Channel = Record<string, unknown> & { axis?: Record<string, unknown> | null };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A time axis the spec left to Vega's defaults: temporal, no time unit (that brings its own format), no format, an axis drawn. */
function unformatted(channel: unknown): channel is Channel {
  if (!isObject(channel) || channel.type !== 'temporal' || channel.timeUnit !== undefined || channel.axis === null) return false;
  const axis = channel.axis;
  return !isObject(axis) || (axis.format === undefined && axis.labelExpr === undefined && axis.formatType === undefined);
}

/**
 * A full-form Vega-Lite spec with Glimpse's date formats on every time axis that set none (in every
 * layer and view); the spec's own formats, time units and label expressions are left as they are.
 */
export function withTimeFormats(spec: VegaLiteSpec): VegaLiteSpec {
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (!isObject(node)) return node;
    const result: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) result[key] = key === 'data' || key === 'datasets' ? value : visit(value);
    if (isObject(result.encoding)) {
      const encoding = { ...result.encoding };
      for (const name of POSITION_CHANNELS) {
        const channel = encoding[name];
        if (unformatted(channel)) encoding[name] = { ...channel, axis: { ...(isObject(channel.axis) ? channel.axis : {}), format: TIME_TICK_FORMAT } };
      }
      result.encoding = encoding;
    }
    return result;
  };
  return visit(spec) as VegaLiteSpec;
}
