import { describe, expect, it } from 'vitest';
import { renderSvg } from './satori';
import { parseSpec } from '@/lib/spec/visual';
import { compileCompact } from '@/lib/targets/chart/compile';
import type { ChartSpec } from '@/lib/targets/chart/schema';
import { fixedWords, inferLocale, wordLocale } from './words';
import { resolveTheme } from './theme';

/** Everything the render draws as text, in order (the words the PDF shows, joined). */
async function drawnText(input: unknown): Promise<string> {
  const result = await renderSvg(parseSpec(input), 0, { text: 'elements' });
  return (result.texts ?? []).map((text) => text.text).join('');
}

const prosCons = (extra: Record<string, unknown>) => ({ kind: 'infographic', title: 'Remote work', sections: [{ type: 'pros-cons', pros: ['No commute'], cons: ['Fewer chats'] }], ...extra });
const chart = (extra: Record<string, unknown>) => ({ kind: 'chart', type: 'bar', title: 'Sales', source: 'Eurostat', data: [{ label: 'A', value: 1 }, { label: 'B', value: 2 }], ...extra });

describe('fixed words follow the spec language', () => {
  it.each([
    ['zh-CN', 'zh-Hans'],
    ['zh-Hans', 'zh-Hans'],
    ['zh', 'zh-Hans'],
    ['zh-TW', 'zh-Hant'],
    ['zh-Hant-HK', 'zh-Hant'],
    ['ja-JP', 'ja'],
    ['ko', 'ko'],
    ['fr-CA', 'fr'],
    ['pt-BR', 'en'],
    [undefined, 'en'],
  ])('%s reads the %s table', (locale, table) => {
    expect(wordLocale(locale)).toBe(table);
  });

  it('infers the language from the title when the spec has no locale', () => {
    expect(inferLocale('東京の一日')).toBe('ja');
    expect(inferLocale('한국의 사계절')).toBe('ko');
    expect(inferLocale('台灣五大城市')).toBe('zh-Hant');
    expect(inferLocale('Sales 2025')).toBeUndefined();
  });

  it.each([
    [{}, 'Pros', 'Cons'],
    [{ locale: 'zh-CN' }, '优点', '缺点'],
    [{ locale: 'zh-TW' }, '優點', '缺點'],
    [{ locale: 'ja' }, 'メリット', 'デメリット'],
    [{ locale: 'ko' }, '장점', '단점'],
    [{ locale: 'de' }, 'Vorteile', 'Nachteile'],
    [{ title: '在宅勤務のメリット' }, 'メリット', 'デメリット'],
  ])('an infographic %j draws pros and cons as "%s" / "%s"', async (extra, pros, cons) => {
    const text = await drawnText(prosCons(extra));
    expect(text).toContain(pros);
    expect(text).toContain(cons);
    if (pros !== 'Pros') expect(text).not.toMatch(/Pros|Cons/);
  });

  it.each([
    [{}, 'Source: Eurostat'],
    [{ locale: 'zh-CN' }, '来源：Eurostat'],
    [{ locale: 'zh-TW' }, '來源：Eurostat'],
    [{ locale: 'ja' }, '出典：Eurostat'],
    [{ locale: 'ko' }, '출처:Eurostat'],
    [{ locale: 'es' }, 'Fuente:Eurostat'],
  ])('a chart %j draws its source line as "%s"', async (extra, line) => {
    // The text layer holds words without the spaces between them.
    const text = await drawnText(chart(extra));
    expect(text.replace(/\s/g, '')).toContain(line.replace(/\s/g, ''));
    if (line !== 'Source: Eurostat') expect(text).not.toContain('Source');
  });

  it('a histogram counts in the spec language', () => {
    const spec = parseSpec({ kind: 'chart', type: 'histogram', title: '待ち時間', locale: 'ja', data: [{ label: 'a', value: 1 }, { label: 'b', value: 3 }] }) as ChartSpec;
    expect(JSON.stringify(compileCompact(spec as ChartSpec & { type: 'histogram' }, resolveTheme(undefined), { width: 600, height: 400 }))).toContain(`"title":"${fixedWords('ja').count}"`);
  });
});
