import { describe, expect, it } from 'vitest';
import { parseSpec } from '@/lib/spec/visual';
import { planOffline } from './index';

type Expectation = { kind: string; title: string; type?: string; labels?: (string | number)[]; values?: number[]; items?: string[]; locale?: string };

/** How people type data and lists into one line, in English, Chinese (both scripts), Japanese and Korean. */
const CASES: [string, string, Expectation][] = [
  ['en: inline monthly numbers → line', 'Monthly signups: Jan 120, Feb 150, Mar 170, Apr 210, May 260', { kind: 'chart', title: 'Monthly signups', type: 'line', labels: ['Jan', 'Feb', 'Mar', 'Apr', 'May'], values: [120, 150, 170, 210, 260] }],
  ['en: shares of a whole → pie', 'Market share 2025: Chrome 65%, Safari 18%, Edge 5%, Firefox 3%, Other 9%', { kind: 'chart', title: 'Market share 2025', type: 'pie', values: [65, 18, 5, 3, 9] }],
  ['en: percentages that are not a whole stay bars', 'Uptime by region: EU 99%, US 97%, APAC 95%', { kind: 'chart', title: 'Uptime by region', type: 'bar', values: [99, 97, 95] }],
  ['en: currency and units', 'Revenue by product: Cloud $1.2M, Ads $800k, Devices $450k', { kind: 'chart', title: 'Revenue by product', values: [1_200_000, 800_000, 450_000] }],
  ['en: "and" before the last item', 'Team size: design 4, backend 9 and frontend 6', { kind: 'chart', title: 'Team size', labels: ['design', 'backend', 'frontend'], values: [4, 9, 6] }],
  ['zh-TW: 、 between items, months in Han numerals → line', '各月營收:一月 30、二月 42、三月 38、四月 55', { kind: 'chart', title: '各月營收', type: 'line', values: [30, 42, 38, 55], locale: 'zh-TW' }],
  ['zh-CN: 万 and a full-width colon', '城市人口：上海 2487万，北京 2189万，广州 1882万', { kind: 'chart', title: '城市人口', labels: ['上海', '北京', '广州'], values: [2487, 2189, 1882], locale: 'zh-CN' }],
  ['ja: months and 、', '月別の売上：1月 120、2月 150、3月 170、4月 190', { kind: 'chart', title: '月別の売上', type: 'line', values: [120, 150, 170, 190], locale: 'ja' }],
  ['ko: months', '월별 가입자: 1월 120, 2월 150, 3월 170', { kind: 'chart', title: '월별 가입자', type: 'line', values: [120, 150, 170], locale: 'ko' }],
  ['zh-CN: an enumeration after a colon → an icon list', '2025 年 LLM 的六个范式转变：RLVR、幽灵而非动物、Cursor 式应用层、Claude Code 本地代理、Vibe coding、Nano banana 与 LLM GUI', { kind: 'infographic', title: '2025 年 LLM 的六个范式转变', items: ['RLVR', '幽灵而非动物', 'Cursor 式应用层', 'Claude Code 本地代理', 'Vibe coding', 'Nano banana 与 LLM GUI'], locale: 'zh-CN' }],
  ['en: an enumeration with "and"', 'Why we moved to Postgres: reliability, tooling, and cost', { kind: 'infographic', title: 'Why we moved to Postgres', items: ['reliability', 'tooling', 'cost'] }],
  ['ja: an enumeration', '良い会議の条件：明確な目的、短い時間、決定の記録', { kind: 'infographic', title: '良い会議の条件', items: ['明確な目的', '短い時間', '決定の記録'], locale: 'ja' }],
  ['ko: an enumeration', '좋은 회의의 조건: 명확한 목표, 짧은 시간, 결정 기록', { kind: 'infographic', title: '좋은 회의의 조건', items: ['명확한 목표', '짧은 시간', '결정 기록'], locale: 'ko' }],
  ['en: "Chart this:" takes its title from the table, not "This"', 'Chart this:\nCity,Population\nTaipei,2494000\nTaichung,2861000\nKaohsiung,2724000', { kind: 'chart', title: 'Population by City', labels: ['Taipei', 'Taichung', 'Kaohsiung'] }],
  ['zh-TW: "畫這個" before a table', '畫這個：\n城市,人口\n台北,249\n台中,286\n高雄,272', { kind: 'chart', title: '人口 by 城市' }],
];

describe('the offline planner reads how people type', () => {
  it.each(CASES)('%s', (_name, prompt, expected) => {
    const { spec } = planOffline({ prompt });
    const parsed = parseSpec(spec) as Record<string, unknown>;
    expect(parsed).toMatchObject({ kind: expected.kind, title: expected.title, ...(expected.type ? { type: expected.type } : {}), ...(expected.locale ? { locale: expected.locale } : {}) });
    const data = parsed.data as { label: string; value: number }[] | undefined;
    if (expected.labels) expect(data?.map((row) => row.label)).toEqual(expected.labels);
    if (expected.values) expect(data?.map((row) => row.value)).toEqual(expected.values);
    if (expected.items) expect((parsed.sections as { items: { title: string }[] }[])[0]?.items.map((item) => item.title)).toEqual(expected.items);
  });

  it('arrow chains keep dotted names whole and leave the question before the colon as the title', () => {
    const { spec } = planOffline({ prompt: 'how does a request flow: browser -> next.js route -> zod schema -> satori -> sharp -> png' });
    expect(spec.title).toBe('How does a request flow');
    expect((spec.nodes as { label: string }[]).map((node) => node.label)).toEqual(['browser', 'next.js route', 'zod schema', 'satori', 'sharp', 'png']);
    expect(() => parseSpec(spec)).not.toThrow();
  });

  it('a sentence with one number is not data; two items are not a list', () => {
    expect(planOffline({ prompt: 'We grew 40% in 2024' }).spec.kind).toBe('infographic');
    expect(planOffline({ prompt: 'Pick one: tea or coffee' }).spec.kind).toBe('infographic');
  });
});
