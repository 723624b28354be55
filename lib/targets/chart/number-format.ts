import type { NumberFormat } from './schema';

function currencySymbol(currency: string): string {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).formatToParts(0).find((part) => part.type === 'currency')?.value ?? `${currency} `;
  } catch {
    return `${currency} `;
  }
}

/** Money from this size on, with no `decimals` asked for, is written short: "$4.8M", not "$4,820,000". */
export const COMPACT_MONEY_FROM = 1_000_000;

/** Whether currency values as large as `largest` are written short (style "currency", no decimals given). */
export const compactMoney = (format: NumberFormat | undefined, largest: number) => format?.style === 'currency' && format.decimals === undefined && largest >= COMPACT_MONEY_FROM;

/** A Vega expression that writes the number `value` (an expression) the way `format` says; `compact`: currency as "$4.82M". */
export function formatExpression(value: string, format: NumberFormat | undefined, compact = false): string {
  const style = format?.style ?? 'number';
  const decimals = format?.decimals;
  const fixed = (fallback: number) => (decimals === undefined ? `',.${fallback}~f'` : `',.${decimals}f'`);
  switch (style) {
    case 'number':
      return `format(${value}, ${fixed(2)})`;
    case 'percent':
      return `format(${value}, ${fixed(1)}) + '%'`;
    case 'currency': {
      const symbol = JSON.stringify(currencySymbol(format?.currency ?? 'USD')).replace(/"/g, "'");
      if (compact) return `(${value} < 0 ? '−' : '') + ${symbol} + replace(format(abs(${value}), '.3~s'), 'G', 'B')`;
      return `(${value} < 0 ? '−' : '') + ${symbol} + format(abs(${value}), ${fixed(2)})`;
    }
    case 'si':
      return `replace(format(${value}, '${decimals === undefined ? '.3~s' : `.${Math.max(1, decimals + 1)}s`}'), 'G', 'B')`;
    default: {
      const unreachable: never = style;
      return unreachable;
    }
  }
}

/** The same formatting in TypeScript, for alt text and CSV-adjacent summaries. */
export function formatNumber(value: number, format: NumberFormat | undefined, compact = false): string {
  const style = format?.style ?? 'number';
  const decimals = format?.decimals;
  const options: Intl.NumberFormatOptions = decimals === undefined ? { maximumFractionDigits: style === 'percent' ? 1 : 2 } : { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
  switch (style) {
    case 'number':
      return new Intl.NumberFormat('en', options).format(value);
    case 'percent':
      return `${new Intl.NumberFormat('en', options).format(value)}%`;
    case 'currency':
      if (compact) return new Intl.NumberFormat('en', { style: 'currency', currency: format?.currency ?? 'USD', notation: 'compact', maximumSignificantDigits: 3 }).format(value);
      return new Intl.NumberFormat('en', { ...options, style: 'currency', currency: format?.currency ?? 'USD' }).format(value);
    case 'si':
      return new Intl.NumberFormat('en', { notation: 'compact', maximumSignificantDigits: 3 }).format(value);
    default: {
      const unreachable: never = style;
      return unreachable;
    }
  }
}
