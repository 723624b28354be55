import type { LintFinding } from '@/lib/lint/finding';
import { missingGlyphs } from './fonts';

type Path = (string | number)[];

const codePoint = (char: string) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Every string in `value` with its spec path (pictures, data URIs, are bytes and left out). */
function* strings(value: unknown, path: Path = []): Generator<{ path: Path; text: string }> {
  if (typeof value === 'string') {
    if (!value.startsWith('data:')) yield { path, text: value };
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* strings(item, [...path, index]);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) yield* strings(item, [...path, key]);
  }
}

/**
 * `missing-glyph`: text with characters that neither Twemoji nor any bundled font draws (the whole
 * fallback chain: Inter, the CJK subsets in the locale's order, the last-resort font). Every text
 * path leaves them out rather than draw .notdef boxes; the finding names the field so the model
 * can replace them.
 */
export function missingGlyphFindings(spec: unknown, locale: string | undefined): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const { path, text } of strings(spec)) {
    const missing = missingGlyphs(text, locale);
    if (missing.length === 0) continue;
    const listed = missing.slice(0, 5).map(codePoint).join(', ') + (missing.length > 5 ? ` and ${missing.length - 5} more` : '');
    findings.push({ rule: 'missing-glyph', severity: 'error', path, message: `no bundled font draws ${listed}; they are left out of the drawing: replace them (or remove them)` });
  }
  return findings;
}
