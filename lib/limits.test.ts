import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as limits from './limits';

/** The rows of the README's "Limits" table, which mirrors this file. */
function readmeLimitRows(): string[] {
  const readme = readFileSync(path.join(import.meta.dirname, '..', 'README.md'), 'utf8');
  const section = readme.split('\n## Limits\n')[1]?.split('\n## ')[0] ?? '';
  return section.split('\n').filter((line) => line.startsWith('| `'));
}

/** How the table may write a number: 5000, 5,000, or 256 KiB. */
const writtenForms = (value: number) => [String(value), value.toLocaleString('en-US'), ...(value % 1024 === 0 ? [`${value / 1024} KiB`] : [])];

describe('the README limits table', () => {
  const rows = readmeLimitRows();

  it.each(Object.entries(limits))('lists %s with its value (%s)', (name, value) => {
    const row = rows.find((candidate) => candidate.split('|')[1]?.includes(`\`${name}\``));
    expect(row, `no README row names ${name}`).toBeDefined();
    const valueCell = row?.split('|')[2] ?? '';
    expect(writtenForms(value).some((form) => new RegExp(`(^|[^\\d.,])${form.replace(/[.]/g, '\\.')}($|[^\\d,])`).test(valueCell)), `${name} = ${value}; row: ${row}`).toBe(true);
  });

  it('names nothing that lib/limits.ts does not define', () => {
    const named = rows.flatMap((row) => [...(row.split('|')[1] ?? '').matchAll(/`([A-Z_]+)`/g)].map((match) => match[1]));
    expect(named.filter((name) => !(name! in limits))).toEqual([]);
  });
});
