import type { Theme } from '@/lib/render/theme';

export type Direction = 'up' | 'down' | 'flat';

const MINUS = /^[-\u2212\u2013\uFE63\uFF0D]/u;
const PLUS = /^\+/u;

/**
 * A stat's change as drawn: the arrow points the way the delta's sign says ("-0.4 pts" goes down,
 * whatever `trend` claims), else the way `trend` says; the colour says whether that is good — by
 * `good` when the spec names the good direction, else by `trend` (up good, down bad, as the schema has it).
 */
export function trendOf(item: { delta?: string; trend?: Direction; good?: 'up' | 'down' }, theme: Theme): { arrow?: Direction; color: string } {
  const delta = item.delta?.trim() ?? '';
  const signed: Direction | undefined = MINUS.test(delta) ? 'down' : PLUS.test(delta) ? 'up' : undefined;
  const arrow = signed ?? item.trend;
  const judged = item.good ? arrow : (item.trend ?? arrow);
  if (!judged || judged === 'flat') return { arrow, color: theme.textMuted };
  const good = item.good ? judged === item.good : judged === 'up';
  return { arrow, color: good ? theme.positive : theme.negative };
}
