import Papa from 'papaparse';

export type Cell = string | number | null;

export interface Table {
  columns: string[];
  rows: Cell[][];
  /** The words before an inline list ("Monthly signups: Jan 120, …" → "Monthly signups"). */
  title?: string;
}

const NUMBER = /^[-+−]?[$€£¥]?\s*[-+−]?\d[\d,]*(?:\.\d+)?\s*(?:%|[kKmMbB]|萬|万|億|亿)?$/;
const MULTIPLIERS: Record<string, number> = { k: 1e3, K: 1e3, m: 1e6, M: 1e6, b: 1e9, B: 1e9 };

/** "1,234" → 1234, "12.5%" → 12.5, "$1.2M" → 1200000, "404.6萬" → 404.6 (the unit stays in the title). */
export function parseNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (!NUMBER.test(trimmed)) return undefined;
  const negative = /^[-−]/.test(trimmed) || /[$€£¥]\s*[-−]/.test(trimmed);
  const digits = trimmed.replace(/[^\d.]/g, '');
  const value = Number(digits);
  if (!Number.isFinite(value)) return undefined;
  const suffix = trimmed.at(-1) ?? '';
  return (negative ? -1 : 1) * value * (MULTIPLIERS[suffix] ?? 1);
}

function cell(text: string): Cell {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return parseNumber(trimmed) ?? trimmed;
}

function markdownTable(lines: string[]): Table | undefined {
  const rows = lines.filter((line) => line.trim().startsWith('|')).map((line) => line.trim().replace(/^\||\|$/g, '').split('|').map((part) => part.trim()));
  if (rows.length < 2) return undefined;
  const [header, ...rest] = rows;
  const body = rest.filter((row) => !row.every((part) => /^:?-{2,}:?$/.test(part)));
  if (!header || body.length === 0) return undefined;
  return { columns: header, rows: body.map((row) => header.map((_, index) => cell(row[index] ?? ''))) };
}

function delimited(text: string): Table | undefined {
  const parsed = Papa.parse<string[]>(text.trim(), { delimiter: '', skipEmptyLines: true });
  const rows = parsed.data.filter((row) => row.length > 1);
  if (rows.length < 2) return undefined;
  const [header, ...body] = rows;
  if (!header || new Set(rows.map((row) => row.length)).size > 1) return undefined;
  return { columns: header.map((name) => name.trim()), rows: body.map((row) => row.map(cell)) };
}

function jsonTable(text: string): Table | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!Array.isArray(value) || value.length === 0 || !value.every((row) => row && typeof row === 'object' && !Array.isArray(row))) return undefined;
  const objects = value as Record<string, unknown>[];
  const columns = [...new Set(objects.flatMap((row) => Object.keys(row)))];
  return { columns, rows: objects.map((row) => columns.map((column) => (typeof row[column] === 'number' ? (row[column] as number) : typeof row[column] === 'string' ? cell(row[column] as string) : null))) };
}

/** "Label: 123" / "- Label 123" lines (two or more) as a two-column table. */
function labelledNumbers(lines: string[]): Table | undefined {
  // A separator is required ("Taipei: 249", "A = 3", tab) so prose ending in a year is not data.
  const pairs = lines
    .map((line) => /^\s*(?:[-*•]\s*|\d+[.)]\s*)?([^:：=\t]+?)\s*[:：=\t]\s*([-+−]?[$€£¥]?\d[\d,.]*\s*(?:%|[kKmMbB]|萬|万|億|亿)?)\s*$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => [match[1]?.trim() ?? '', parseNumber(match[2] ?? '')] as const)
    .filter(([label, value]) => label.length > 0 && label.length <= 60 && value !== undefined);
  if (pairs.length < 2) return undefined;
  return { columns: ['label', 'value'], rows: pairs.map(([label, value]) => [label, value ?? null]) };
}

const VALUE = String.raw`[-+−]?[$€£¥]?\d[\d,.]*\s*(?:%|[kKmMbB]\b|萬|万|億|亿|千)?`;
/** One item of an inline list: a label, then its number ("Jan 120", "Chrome 65%", "一月 30", "Q1: $1.2M"). */
const INLINE_ITEM = new RegExp(String.raw`^(.*?[^\s\d.,:：=])\s*[:：=]?\s*(${VALUE})$`);

/**
 * "label value" items typed in one sentence, separated by commas (, ，), 、, semicolons or "and",
 * after an optional "title:" — "Monthly signups: Jan 120, Feb 150, Mar 170", "各月營收:一月 30、二月 42".
 * At least three items, every one a label and a number.
 */
export function inlineNumbers(text: string): Table | undefined {
  const line = text.trim().split(/\r?\n/).find((candidate) => candidate.trim()) ?? '';
  const colon = /^([^:：]{1,80}?)\s*[:：]\s*(.+)$/.exec(line);
  const list = colon ? (colon[2] ?? '') : line;
  const items = list
    .split(/\s*(?:[,，、;；]|\band\b|\s和\s|及)\s*/)
    .map((item) => item.trim().replace(/[.。]$/, '').replace(/^(?:and|or)\s+/i, ''))
    .filter(Boolean);
  if (items.length < 3) return undefined;
  const pairs = items.map((item) => INLINE_ITEM.exec(item)).map((match) => (match ? ([match[1]?.trim() ?? '', parseNumber((match[2] ?? '').replace(/千$/, ''))] as const) : undefined));
  if (pairs.some((pair) => !pair || !pair[0] || pair[0].length > 40 || pair[1] === undefined)) return undefined;
  const rows = pairs.map((pair) => [pair![0], pair![1] ?? null] as Cell[]);
  return { columns: ['label', 'value'], rows, ...(colon?.[1] ? { title: colon[1].trim() } : {}) };
}

/** A table from pasted data or from the prompt itself (Markdown, CSV/TSV, JSON rows, "label: number" lines). */
export function findTable(text: string): Table | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  const lines = trimmed.split(/\r?\n/);
  const fenced = /```(?:csv|tsv|json)?\s*\n([\s\S]*?)```/.exec(trimmed)?.[1];
  if (fenced) return findTable(fenced);
  if (trimmed.startsWith('[')) return jsonTable(trimmed);
  const markdown = markdownTable(lines);
  if (markdown) return markdown;
  const tableLines = lines.filter((line) => (line.match(/[,\t;]/g)?.length ?? 0) >= 1);
  if (tableLines.length >= 3 && tableLines.length >= lines.length * 0.6) {
    const table = delimited(tableLines.join('\n'));
    if (table && table.rows.some((row) => row.some((value) => typeof value === 'number'))) return table;
  }
  return labelledNumbers(lines) ?? inlineNumbers(trimmed);
}

const TIME_HEADER = /^(year|yr|date|month|quarter|day|week|period|time|年|年份|月|月份|日期|季)$/i;

/** Columns that hold numbers in (almost) every row — not years, which label a time axis. */
export function numericColumns(table: Table): number[] {
  return table.columns.map((_, index) => index).filter((index) => {
    if (isTimeColumn(table, index)) return false;
    const values = table.rows.map((row) => row[index]);
    const numbers = values.filter((value) => typeof value === 'number').length;
    return numbers > 0 && numbers >= values.filter((value) => value !== null).length * 0.8;
  });
}

/** A column of years (1900–2100 integers) or one whose header names a time unit. */
export function isTimeColumn(table: Table, index: number): boolean {
  if (TIME_HEADER.test((table.columns[index] ?? '').trim())) return true;
  const values = table.rows.map((row) => row[index]);
  return values.length > 0 && values.every((value) => typeof value === 'number' && Number.isInteger(value) && value >= 1900 && value <= 2100);
}
