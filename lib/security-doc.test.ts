import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { envSchema } from './env';

/** SECURITY.md's "Defaults" table must name every variable lib/env.ts reads, with its default. */
function defaultRows(): Map<string, string> {
  const doc = readFileSync(path.join(import.meta.dirname, '..', 'SECURITY.md'), 'utf8');
  const section = doc.split('\n## Defaults\n')[1]?.split('\n## ')[0] ?? '';
  const rows = section.split('\n').filter((line) => line.startsWith('| `'));
  return new Map(rows.map((row) => [row.split('|')[1]?.trim().replace(/`/g, '') ?? '', row.split('|')[2] ?? '']));
}

describe('SECURITY.md lists every default', () => {
  const rows = defaultRows();
  const defaults = envSchema.parse({}) as Record<string, unknown>;

  it.each(Object.keys(envSchema.shape))('%s', (name) => {
    const cell = rows.get(name);
    expect(cell, `SECURITY.md has no Defaults row for ${name}`).toBeDefined();
    const value = defaults[name];
    if (name === 'GLIMPSE_RENDER_WORKERS') expect(cell).toContain('one per core');
    else if (value === undefined) expect(cell).toMatch(/unset|set by/);
    else if (Array.isArray(value)) expect(cell).toContain('empty');
    else expect(cell).toContain(String(value));
  });

  it('names nothing lib/env.ts does not read', () => {
    expect([...rows.keys()].filter((name) => !(name in envSchema.shape))).toEqual([]);
  });
});
