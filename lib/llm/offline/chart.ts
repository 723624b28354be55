import type { ChartType } from '@/lib/targets/chart/schema';
import type { Cell, Table } from './tables';
import { numericColumns } from './tables';
import { clip } from './text';

const TEMPORAL = /^(?:\d{4}(?:[-/]\d{1,2}(?:[-/]\d{1,2})?)?|Q[1-4](?:\s*\d{4})?|\d{4}\s*Q[1-4]|H[12]|FY\s?\d{2,4}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|mon|tue|wed|thu|fri|sat|sun|\d{1,2}月|[一二三四五六七八九十]{1,3}月|\d{1,2}월|\d{4}年|週[一二三四五六日]|周[一二三四五六日])$/i;
const SHARE = /share|percent|percentage|proportion|breakdown|composition|split|distribution of|pie|donut|佔比|占比|比例|比重|組成|组成/i;
const STACK = /stack|total|cumulative|堆疊|堆叠|累積/i;
const RANK = /largest|biggest|top|highest|most|rank|smallest|lowest|最大|最多|最高|排名|前[五十三]/i;
const UNIT = /(萬|万|億|亿|%|\$|€|£|¥)/;

export interface ChartPlan {
  type: ChartType;
  data: Record<string, Cell>[];
  xTitle?: string;
  yTitle?: string;
  sort?: 'descending';
  format?: { style: 'percent' | 'currency' | 'si'; currency?: string };
}

/** Picks a chart type and shapes rows for it, from the table and the words of the request. */
export function chartFromTable(table: Table, prompt: string, raw: string): ChartPlan | undefined {
  const numeric = numericColumns(table);
  if (numeric.length === 0 || table.rows.length === 0) return undefined;
  const labelIndex = table.columns.findIndex((_, index) => !numeric.includes(index));
  const format = formatFrom(raw);
  if (labelIndex === -1) {
    if (numeric.length < 2) return undefined;
    const [xIndex = 0, yIndex = 1] = numeric;
    return {
      type: 'scatter',
      data: table.rows.map((row) => ({ x: row[xIndex] ?? null, y: row[yIndex] ?? null })),
      xTitle: table.columns[xIndex],
      yTitle: table.columns[yIndex],
      ...(format ? { format } : {}),
    };
  }
  const labels = table.rows.map((row) => String(row[labelIndex] ?? ''));
  const temporal = labels.every((label) => TEMPORAL.test(label.trim()));
  const xTitle = table.columns[labelIndex];
  if (numeric.length === 1) {
    const valueIndex = numeric[0] ?? 0;
    const data = table.rows.map((row) => ({ label: clip(String(row[labelIndex] ?? ''), 100), value: row[valueIndex] ?? null }));
    const allPositive = data.every((row) => typeof row.value !== 'number' || row.value >= 0);
    let type: ChartType = 'bar';
    if (temporal) type = 'line';
    else if ((SHARE.test(prompt) || sharesOfWhole(data, format)) && allPositive && data.length <= 8) type = /donut|甜甜圈/i.test(prompt) ? 'donut' : 'pie';
    else if (data.length > 12 || labels.reduce((sum, label) => sum + label.length, 0) / labels.length > 14) type = 'horizontal-bar';
    const sort = !temporal && RANK.test(prompt) && (type === 'bar' || type === 'horizontal-bar') ? 'descending' : undefined;
    return { type, data, xTitle, yTitle: table.columns[valueIndex], ...(sort ? { sort } : {}), ...(format ? { format } : {}) };
  }
  const data = table.rows.flatMap((row) =>
    numeric.map((index) => ({ label: clip(String(row[labelIndex] ?? ''), 100), series: table.columns[index] ?? `Series ${index}`, value: row[index] ?? null })),
  );
  const type: ChartType = temporal ? 'multi-line' : STACK.test(prompt) ? 'stacked-bar' : 'grouped-bar';
  return { type, data, xTitle, ...(format ? { format } : {}) };
}

/** Percentages that add up to a whole (100 ± 2): slices of a pie, whatever the words say. */
function sharesOfWhole(data: { value: Cell }[], format: ChartPlan['format'] | undefined): boolean {
  const total = data.reduce((sum, row) => sum + (typeof row.value === 'number' ? row.value : 0), 0);
  return format?.style === 'percent' && data.length >= 2 && Math.abs(total - 100) <= 2;
}

function formatFrom(raw: string): ChartPlan['format'] | undefined {
  const unit = UNIT.exec(raw)?.[1];
  if (unit === '%') return { style: 'percent' };
  if (unit === '$') return { style: 'currency', currency: 'USD' };
  if (unit === '€') return { style: 'currency', currency: 'EUR' };
  if (unit === '£') return { style: 'currency', currency: 'GBP' };
  return undefined;
}

/** "萬"/"万" style units in the data, for the value-axis title. */
export function unitSuffix(raw: string): string | undefined {
  const unit = /\d\s*(萬|万|億|亿)/.exec(raw)?.[1];
  return unit ? `（${unit}）` : undefined;
}
