import { describe, expect, it } from 'vitest';
import { planOffline } from './offline';
import { routeKind, type RouteRequest, type RouteSource } from './route';

const TAIWAN = '| City | Population |\n|---|---|\n| New Taipei | 4,046,000 |\n| Taichung | 2,861,000 |';

/** Prompts the offline planner's tests and the stub tests use: routing must give the kind the planner (or the recorded reply) gives. */
const ROUTED: [prompt: string, data: string | undefined, kind: string, by: RouteSource][] = [
  ['compare the populations of the five largest cities in Taiwan', TAIWAN, 'chart', 'structure'],
  ['Revenue by product', 'product,revenue\nWidgets,120\nGadgets,80', 'chart', 'structure'],
  ['Sales over time', 'year,sales\n2020,10\n2021,14\n2022,19', 'chart', 'structure'],
  ['Market share of browsers', 'browser,share\nChrome,65\nSafari,19', 'chart', 'structure'],
  ['Budget breakdown as a donut chart', 'item,amount\nRent,1200\nFood,500', 'chart', 'named'],
  ['Height vs weight', 'height,weight\n160,55\n170,65', 'chart', 'structure'],
  ['Coffee consumed\nMonday: 3\nTuesday: 5\nWednesday: 2', undefined, 'chart', 'structure'],
  ['比較台灣五大城市人口', '城市,人口\n新北市,404.6萬\n臺中市,286.1萬', 'chart', 'structure'],
  ['Why remote work\n- Saves time on commuting\n- Better focus for deep work', undefined, 'infographic', 'structure'],
  ['How to make tea\n1. Boil water\n2. Add the tea\n3. Pour', undefined, 'infographic', 'structure'],
  ['History of the web\n- 1989: proposal at CERN\n- 1993: Mosaic browser', undefined, 'infographic', 'structure'],
  ['Australia at a glance\n- Capital: Canberra\n- Currency: Australian dollar', undefined, 'infographic', 'structure'],
  ['Python vs JavaScript', undefined, 'infographic', 'structure'],
  ['貓與狗的比較', undefined, 'infographic', 'structure'],
  ['東京のおすすめ\n- 浅草寺を見る\n- 築地で食べる', undefined, 'infographic', 'structure'],
  ['Order flow\nbrowser -> api -> queue -> worker', undefined, 'whiteboard', 'structure'],
  ['```mermaid\ngraph TD\nA[Start] --> B{OK?}\n```', undefined, 'whiteboard', 'named'],
  ['Slides about our quarter\n## Wins\n- Shipped charts', undefined, 'slides', 'named'],
  ['台灣城市人口簡報', '城市,人口\n新北市,404.6萬\n臺中市,286.1萬', 'slides', 'named'],
  ['What is the meaning of life?', undefined, 'infographic', 'default'],
  // The stub tests' prompts (plan.test.ts, e2e): the recorded reply's kind.
  ['Why do teams adopt Glimpse?', undefined, 'infographic', 'default'],
  ['Population of Taiwan cities [stub:chart]', undefined, 'chart', 'named'],
  ['Population of Taiwan cities', undefined, 'chart', 'subject'],
  ['Deploy checklist [stub:repair]', undefined, 'infographic', 'named'],
  ['[stub:slides] a launch deck', undefined, 'slides', 'named'],
  ['[stub:whiteboard] how a request flows', undefined, 'whiteboard', 'named'],
  ['how a request flows', undefined, 'infographic', 'default'],
  ['draw the architecture of our API', undefined, 'whiteboard', 'named'],
  ['an org chart of the team', undefined, 'whiteboard', 'named'],
  ['a bar chart of signups', undefined, 'chart', 'named'],
  ['an infographic from this table', TAIWAN, 'infographic', 'named'],
];

describe('routeKind: the kind before the model is asked', () => {
  it.each(ROUTED)('%j with data %j → %s', (prompt, data, kind, by) => {
    expect(routeKind({ prompt, data })).toEqual({ kind, by });
  });

  it('agrees with the offline planner wherever the text has a structure', () => {
    for (const [prompt, data, , by] of ROUTED) {
      if (by !== 'structure') continue;
      expect(routeKind({ prompt, data }).kind, prompt).toBe(planOffline({ prompt, data }).spec.kind);
    }
  });

  it('a forced kind, then the edited spec\'s kind, win over everything', () => {
    const request: RouteRequest = { prompt: 'a bar chart', kind: 'slides', previousSpec: { kind: 'whiteboard' } };
    expect(routeKind(request)).toEqual({ kind: 'slides', by: 'forced' });
    expect(routeKind({ ...request, kind: undefined })).toEqual({ kind: 'whiteboard', by: 'previous' });
    expect(routeKind({ prompt: 'make it dark', previousSpec: { kind: 'poster' } })).toEqual({ kind: 'infographic', by: 'default' });
  });

  it('the model router\'s suggestion counts only where the words and a table say nothing', () => {
    expect(routeKind({ prompt: 'how a request flows' }, 'whiteboard')).toEqual({ kind: 'whiteboard', by: 'suggested' });
    expect(routeKind({ prompt: 'Why remote work\n- No commute\n- Focus' }, 'slides')).toEqual({ kind: 'slides', by: 'suggested' });
    expect(routeKind({ prompt: 'a bar chart of signups' }, 'slides')).toEqual({ kind: 'chart', by: 'named' });
    expect(routeKind({ prompt: 'signups', data: 'month,n\nJan,1\nFeb,2' }, 'infographic')).toEqual({ kind: 'chart', by: 'structure' });
  });
});
