import type { PlanRequest } from '@/lib/llm/plan';
import type { StubReply } from './openai-stub';
import { INVALID_SPEC, PATCH_ADD_ROW, PATCH_DARK, PATCH_FIX_VALUE, PATCH_RETITLE, VALID_CHART, VALID_DECK, VALID_INFOGRAPHIC, VALID_WHITEBOARD } from './recorded-replies';

/**
 * The representative requests whose token cost `npm run bench` prints and lib/llm/cost.test.ts
 * holds to the targets: four new visuals (each with a second request of the same kind, to see
 * what a prompt cache can serve), three edits and one repair, with the replies a model gave.
 */
export interface CostCase {
  name: string;
  group: 'new' | 'edit' | 'repair';
  request: PlanRequest;
  replies: StubReply[];
  /** Another request of the same kind, sent right after: its shared prefix is the cacheable share. */
  again?: PlanRequest;
}

const TAIWAN = 'City,Population\nNew Taipei,4046000\nTaichung,2861000\nKaohsiung,2724000\nTaipei,2494000\nTaoyuan,2330000';

const SIGNUPS = { kind: 'chart', type: 'line', title: 'Signups', data: [{ label: 'Jan', value: 120 }, { label: 'Feb', value: 1340 }] };

export const COST_CASES: CostCase[] = [
  {
    name: 'new chart from a table',
    group: 'new',
    request: { prompt: 'compare the populations of the five largest cities in Taiwan', data: TAIWAN },
    replies: [{ content: VALID_CHART }],
    again: { prompt: 'monthly signups this year', data: 'Month,Signups\nJan,120\nFeb,180\nMar,260\nApr,310' },
  },
  {
    name: 'infographic from bullets',
    group: 'new',
    request: { prompt: 'Why teams adopt Glimpse\n- Renders in milliseconds\n- Real CJK glyphs offline\n- Four output formats\n- Median render 58 ms' },
    replies: [{ content: VALID_INFOGRAPHIC }],
    again: { prompt: 'Benefits of remote work\n- No commute\n- Focus time\n- Hiring anywhere' },
  },
  {
    name: '6-slide deck',
    group: 'new',
    request: { prompt: 'A 6-slide deck for our Q3 product review: what shipped (charts, decks, whiteboards), numbers (58 ms median render, 4 targets, +31% weekly users), what worked and what did not, next quarter (patch edits, MCP, CLI), and a closing quote' },
    replies: [{ content: VALID_DECK }],
    again: { prompt: 'slides introducing our onboarding process in five steps' },
  },
  {
    name: 'whiteboard',
    group: 'new',
    request: { prompt: 'Draw the architecture: the browser calls the API, which writes to SQLite and renders in a worker pool' },
    replies: [{ content: VALID_WHITEBOARD }],
    again: { prompt: 'a diagram of how a pull request gets reviewed and merged' },
  },
  { name: 'edit: make it dark', group: 'edit', request: { prompt: 'make it dark', previousSpec: JSON.parse(VALID_CHART) as unknown }, replies: [{ content: PATCH_DARK }], again: { prompt: 'make this one dark too', previousSpec: SIGNUPS } },
  { name: 'edit: add a row', group: 'edit', request: { prompt: 'add Tainan: 1,860,000', previousSpec: JSON.parse(VALID_CHART) as unknown }, replies: [{ content: PATCH_ADD_ROW }] },
  { name: 'edit: new title', group: 'edit', request: { prompt: 'change the title to "Why teams pick Glimpse"', previousSpec: JSON.parse(VALID_INFOGRAPHIC) as unknown }, replies: [{ content: PATCH_RETITLE }] },
  { name: 'repair: value over 100', group: 'repair', request: { prompt: 'Deploy checklist: build, test, ship' }, replies: [{ content: INVALID_SPEC }, { content: PATCH_FIX_VALUE }] },
];
