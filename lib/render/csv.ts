import Papa from 'papaparse';
import type { DataTable } from '@/lib/targets/define-target';

/** RFC 4180 CSV with a header row, UTF-8 BOM so spreadsheet apps read CJK correctly. */
export function tableToCsv(table: DataTable): string {
  return `\uFEFF${Papa.unparse({ fields: table.columns, data: table.rows }, { newline: '\r\n' })}\r\n`;
}
