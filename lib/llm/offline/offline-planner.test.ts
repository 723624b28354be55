import { describe, expect, it } from 'vitest';
import { parseSpec } from '@/lib/spec/visual';
import { httpStatus } from '@/lib/errors';
import { thrownGlimpseError } from '@/lib/testing/errors';
import { planOffline, type OfflineRequest } from './index';

const TAIWAN_TABLE = `| City | Population |
|---|---|
| New Taipei | 4,046,000 |
| Taichung | 2,861,000 |
| Kaohsiung | 2,724,000 |
| Taipei | 2,494,000 |
| Taoyuan | 2,330,000 |`;

type Case = [name: string, request: OfflineRequest, expected: Record<string, unknown>, check?: (spec: Record<string, unknown>) => void];

const sectionTypes = (spec: Record<string, unknown>) => (spec.sections as { type: string }[]).map((section) => section.type);

const cases: Case[] = [
  ['Markdown table → bar chart sorted for "largest"', { prompt: `Compare the populations of the five largest cities in Taiwan\n${TAIWAN_TABLE}` }, { kind: 'chart', type: 'bar', sort: 'descending', title: 'Populations of the five largest cities in Taiwan' }],
  ['table pasted as data', { prompt: 'compare the populations of the five largest cities in Taiwan', data: TAIWAN_TABLE }, { kind: 'chart', type: 'bar', yTitle: 'Population' }],
  ['CSV data', { prompt: 'Revenue by product', data: 'product,revenue\nWidgets,120\nGadgets,80\nGizmos,45' }, { kind: 'chart', type: 'bar', xTitle: 'product' }],
  ['TSV data', { prompt: 'Visitors per site', data: 'site\tvisitors\nA\t10\nB\t20\nC\t30' }, { kind: 'chart', type: 'bar' }],
  ['JSON rows', { prompt: 'Scores', data: '[{"team":"Red","score":3},{"team":"Blue","score":5}]' }, { kind: 'chart', type: 'bar' }],
  ['years → line', { prompt: 'Sales over time', data: 'year,sales\n2020,10\n2021,14\n2022,19\n2023,25' }, { kind: 'chart', type: 'line' }],
  ['months → line', { prompt: 'Rainfall', data: 'month,mm\nJan,80\nFeb,60\nMar,75' }, { kind: 'chart', type: 'line' }],
  ['share → pie', { prompt: 'Market share of browsers', data: 'browser,share\nChrome,65\nSafari,19\nEdge,5\nFirefox,3' }, { kind: 'chart', type: 'pie' }],
  ['donut asked', { prompt: 'Budget breakdown as a donut', data: 'item,amount\nRent,1200\nFood,500\nOther,300' }, { kind: 'chart', type: 'donut' }],
  ['two numeric columns → grouped bar', { prompt: 'Medals by country', data: 'country,gold,silver\nUSA,40,44\nChina,40,27\nJapan,20,12' }, { kind: 'chart', type: 'grouped-bar' }],
  ['series over years → multi-line', { prompt: 'Prices', data: 'year,apples,pears\n2021,1.2,1.5\n2022,1.4,1.6\n2023,1.5,1.9' }, { kind: 'chart', type: 'multi-line' }],
  ['stacked asked', { prompt: 'Total energy by source, stacked', data: 'year,coal,solar\nA,5,1\nB,4,2' }, { kind: 'chart', type: 'stacked-bar' }],
  ['numbers only → scatter', { prompt: 'Height vs weight', data: 'height,weight\n160,55\n170,65\n180,80' }, { kind: 'chart', type: 'scatter' }],
  ['"label: value" lines', { prompt: 'Coffee consumed\nMonday: 3\nTuesday: 5\nWednesday: 2' }, { kind: 'chart', type: 'bar' }],
  ['percent values → percent format', { prompt: 'Approval', data: 'group,approval\nA,45%\nB,52%\nC,38%' }, { kind: 'chart', format: { style: 'percent' } }],
  ['long labels → horizontal bar', { prompt: 'Reasons', data: 'reason,count\nNot enough time in the day,40\nToo expensive for what it offers,25\nDid not know it existed at all,12' }, { kind: 'chart', type: 'horizontal-bar' }],
  ['繁體中文 table → chart in zh-TW', { prompt: '比較台灣五大城市人口', data: '城市,人口\n新北市,404.6萬\n臺中市,286.1萬\n高雄市,272.4萬' }, { kind: 'chart', locale: 'zh-TW', type: 'bar', yTitle: '人口（萬）' }],
  ['简体中文 share → pie', { prompt: '这个月的支出比例', data: '项目,金额\n房租,3000\n饮食,1500\n交通,500' }, { kind: 'chart', locale: 'zh-CN', type: 'pie' }],
  ['bullets → icon list', { prompt: 'Why remote work\n- Saves time on commuting\n- Better focus for deep work\n- Hiring from anywhere in the world' }, { kind: 'infographic' }, (spec) => expect(sectionTypes(spec)).toEqual(['icon-list'])],
  ['numbered list → steps', { prompt: 'How to make tea\n1. Boil water\n2. Add the tea\n3. Wait three minutes\n4. Pour' }, { kind: 'infographic', title: 'How to make tea' }, (spec) => expect(sectionTypes(spec)).toEqual(['steps'])],
  ['headings → sections', { prompt: 'Solar power\n## Benefits\n- Clean energy\n- Low running cost\n## Facts\n- 40% cheaper than 2015\n- 593 GW installed in 2024' }, { kind: 'infographic' }, (spec) => expect(sectionTypes(spec)).toEqual(['icon-list', 'stats'])],
  ['pros and cons headings', { prompt: 'Electric cars\n## Pros\n- Quiet\n- Cheap to run\n## Cons\n- Charging time\n- Battery cost' }, { kind: 'infographic' }, (spec) => expect(sectionTypes(spec)).toEqual(['pros-cons'])],
  ['dated bullets → timeline', { prompt: 'History of the web\n- 1989: proposal at CERN\n- 1993: Mosaic browser\n- 2008: Chrome and V8' }, { kind: 'infographic' }, (spec) => expect(sectionTypes(spec)).toEqual(['timeline'])],
  ['key: value bullets → key-value', { prompt: 'Australia at a glance\n- Capital: Canberra\n- Currency: Australian dollar' }, { kind: 'infographic' }, (spec) => expect(sectionTypes(spec)).toEqual(['key-value'])],
  ['quote', { prompt: 'On inventing\n> The best way to predict the future is to invent it — Alan Kay' }, { kind: 'infographic' }, (spec) => expect(spec.sections).toEqual([{ type: 'quote', text: 'The best way to predict the future is to invent it', author: 'Alan Kay' }])],
  ['A vs B → comparison', { prompt: 'Python vs JavaScript' }, { kind: 'infographic' }, (spec) => expect((spec.sections as { left: { title: string } }[])[0]?.left.title).toBe('Python')],
  ['A vs B with bullets', { prompt: 'Tea vs coffee\n## Tea\n- Less caffeine\n- Many flavours\n## Coffee\n- Stronger kick' }, { kind: 'infographic' }, (spec) => expect((spec.sections as { right: { items: string[] } }[])[0]?.right.items).toEqual(['Stronger kick'])],
  ['中文 A 與 B 比較', { prompt: '貓與狗的比較' }, { kind: 'infographic', locale: 'zh-TW' }, (spec) => expect(sectionTypes(spec)).toEqual(['comparison'])],
  ['arrows → whiteboard', { prompt: 'Order flow\nbrowser -> api -> queue -> worker\napi -> db: writes' }, { kind: 'whiteboard', title: 'Order flow' }, (spec) => {
    expect((spec.nodes as { label: string }[]).map((node) => node.label)).toEqual(['browser', 'api', 'queue', 'worker', 'db']);
    expect(spec.edges).toContainEqual({ from: 'api', to: 'db', label: 'writes' });
  }],
  ['mermaid fence → whiteboard with shapes', { prompt: '```mermaid\ngraph TD\nA[Start] --> B{OK?}\nB -->|yes| C((Done))\nB -.-> D[(Store)]\n```' }, { kind: 'whiteboard', direction: 'TB' }, (spec) => {
    expect(spec.nodes).toEqual([{ id: 'A', label: 'Start', shape: 'box' }, { id: 'B', label: 'OK?', shape: 'diamond' }, { id: 'C', label: 'Done', shape: 'circle' }, { id: 'D', label: 'Store', shape: 'cylinder' }]);
    expect(spec.edges).toContainEqual({ from: 'B', to: 'C', label: 'yes' });
  }],
  ['日本語 bullets', { prompt: '東京のおすすめ\n- 浅草寺を見る\n- 築地で食べる' }, { kind: 'infographic', locale: 'ja' }],
  ['한국어 numbered', { prompt: '김치 만드는 법\n1. 배추 절이기\n2. 양념 만들기\n3. 버무리기' }, { kind: 'infographic', locale: 'ko' }, (spec) => expect(sectionTypes(spec)).toEqual(['steps'])],
  ['plain question → honest callout', { prompt: 'What is the meaning of life?' }, { kind: 'infographic' }, (spec) => expect(sectionTypes(spec)).toEqual(['callout'])],
  ['several sentences → icon list', { prompt: 'Sleep well. Keep a regular schedule. Avoid screens before bed. Exercise during the day.' }, { kind: 'infographic', title: 'Sleep well' }],
  ['"slides" → a deck, one slide per heading', { prompt: 'Slides about our quarter\n## Wins\n- Shipped charts\n- Shipped decks\n## Next\n1. Whiteboards\n2. Render pool' }, { kind: 'slides', title: 'Our quarter' }, (spec) => expect((spec.slides as { layout: string }[]).map((slide) => slide.layout)).toEqual(['title', 'bullets', 'timeline'])],
  ['簡報 with a table → deck with a chart slide', { prompt: '台灣城市人口簡報', data: '城市,人口\n新北市,404.6萬\n臺中市,286.1萬' }, { kind: 'slides', locale: 'zh-TW' }, (spec) => expect((spec.slides as { layout: string }[]).at(-1)?.layout).toBe('embed')],
  ['"Slides:" prefix is not part of the title', { prompt: 'Slides: launching Glimpse\n# Why\n- Pictures' }, { kind: 'slides', title: 'Launching Glimpse' }],
  ['kind forced to slides', { prompt: 'Team update\n- Hiring\n- Budget', kind: 'slides' }, { kind: 'slides' }],
  ['kind forced to infographic with a table', { prompt: 'Team\n- Alice: design\n- Bob: code', kind: 'infographic' }, { kind: 'infographic' }],
];

describe('offline planner', () => {
  it.each(cases)('%s', (_name, request, expected, check) => {
    const plan = planOffline(request);
    const spec = parseSpec(plan.spec) as unknown as Record<string, unknown>;
    expect(spec).toMatchObject(expected);
    check?.(plan.spec);
  });

  it('text with nothing to lay out is a hint card, flagged as a hint (the chat answers it in words)', () => {
    const plan = planOffline({ prompt: 'hello' });
    expect(plan.hint).toMatch(/^The offline planner lays out what you give it/);
    expect(plan.spec).toMatchObject({ kind: 'infographic', sections: [{ type: 'callout', text: plan.hint }] });
    expect(planOffline({ prompt: 'Why remote work\n- Saves commuting time\n- Better focus' }).hint).toBeUndefined();
  });

  it('a forced chart without numbers is a clear 400 naming data', () => {
    const error = thrownGlimpseError(() => planOffline({ prompt: 'a chart of my feelings', kind: 'chart' }));
    expect(error.code).toBe('invalid_option');
    expect(httpStatus(error.code)).toBe(400);
    expect(error.issues.map((issue) => issue.path)).toEqual([['data']]);
    expect(error.message).toMatch(/needs numbers to draw a chart/);
  });

  it.each([
    ['make it dark', { theme: { mode: 'dark' } }],
    ['make the bars blue', { colors: ['#2563EB'] }],
    ['show it as a pie chart', { type: 'pie' }],
    ['add a 2023 row: 50', { data: [{ label: '2021', value: 10 }, { label: '2022', value: 20 }, { label: '2023', value: 50 }] }],
    ['sort descending', { sort: 'descending' }],
    ['rename it to "Sales"', { title: 'Sales' }],
  ])('edits the previous spec: %s', (prompt, expected) => {
    const previous = { kind: 'chart', title: 'T', type: 'bar', data: [{ label: '2021', value: 10 }, { label: '2022', value: 20 }] };
    const plan = planOffline({ prompt, previousSpec: previous });
    expect(parseSpec(plan.spec)).toMatchObject(expected);
  });
});
