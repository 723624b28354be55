import { GlimpseError } from '@/lib/errors';
import { visualKinds } from '@/lib/spec/visual';
import type { VisualKind } from '@/lib/targets/registry';
import { planOffline } from './offline';
import { DECK_WORDS } from './offline/slides';

export interface RouteRequest {
  prompt: string;
  kind?: VisualKind;
  data?: string;
  previousSpec?: unknown;
}

/** How the kind was chosen: asked for, the spec being edited, a word naming it, the text's structure, the model's router, its subject, or the default. */
export type RouteSource = 'forced' | 'previous' | 'named' | 'structure' | 'suggested' | 'subject' | 'default';

export interface Route {
  kind: VisualKind;
  by: RouteSource;
}

/** Words that name a kind outright, checked in this order ("flow chart" and "org chart" are diagrams, not charts). */
const NAMED: [VisualKind, RegExp][] = [
  ['whiteboard', /\b(?:diagrams?|flow ?charts?|flow diagram|org(?:anisation|anization|anizational)? chart|architecture|mind ?maps?|sequence diagram|state machine|whiteboard|mermaid|er diagram)\b|流程圖|流程图|架構圖|架构图|系統圖|系统图|示意圖|示意图|心智圖|思维导图|フローチャート|図解|構成図|アーキテクチャ|다이어그램|흐름도|순서도|구성도|아키텍처/i],
  ['chart', /\b(?:charts?|graphs?|plot (?:the|this|these|it)|histogram|(?:scatter|box) ?plot|(?:pie|donut|doughnut) chart|heat ?map|visuali[sz]e (?:the|this|these) (?:data|numbers))\b|圖表|图表|長條圖|柱狀圖|柱状图|折線圖|折线图|圓餅圖|饼图|グラフ|チャート|차트|그래프/i],
  ['infographic', /\b(?:infographics?|one-pager|cheat ?sheet|checklist|poster)\b|資訊圖|信息图|インフォグラフィック|인포그래픽/i],
];

/** Subjects that are numbers to compare when no table came with them: a chart is the likelier answer than words. */
const QUANTITIES = /\b(?:populations?|revenues?|sales|profits?|prices?|gdp|growth rate|market share|inflation|unemployment|temperatures?|rainfall|budget|spending|income|salar(?:y|ies)|statistics|stats|how many|how much|per capita|by year|per year|per month|over time|trends?)\b|人口|營收|营收|銷售|销售|價格|价格|売上|価格|매출|인구|가격/i;

/** The kind a request named in words, if any (a deck by its first line, as the offline planner reads it). */
export function namedKind(prompt: string): VisualKind | undefined {
  if (DECK_WORDS.test(prompt.split(/\r?\n/)[0] ?? '')) return 'slides';
  return NAMED.find(([, pattern]) => pattern.test(prompt))?.[0];
}

/**
 * Chooses the kind before the model is asked, so only that kind's schema, example and rules are
 * sent: a forced kind, the edited spec's kind, a kind named in the words, the structure the
 * offline planner reads (a table → chart, arrows → whiteboard, "slides" → deck), the model
 * router's suggestion (the chat's decide call), a numeric subject → chart, else infographic
 * ("facts, steps, comparisons in words"). Deterministic, no model call.
 */
export function routeKind(request: RouteRequest, suggested?: VisualKind): Route {
  if (request.kind) return { kind: request.kind, by: 'forced' };
  const previous = (request.previousSpec as { kind?: unknown } | undefined)?.kind;
  if (typeof previous === 'string' && visualKinds.includes(previous as VisualKind)) return { kind: previous as VisualKind, by: 'previous' };
  const named = namedKind(request.prompt);
  if (named) return { kind: named, by: 'named' };
  const structured = structureKind(request);
  if (structured && structured !== 'infographic') return { kind: structured, by: 'structure' };
  if (suggested && visualKinds.includes(suggested)) return { kind: suggested, by: 'suggested' };
  if (structured) return { kind: structured, by: 'structure' };
  if (QUANTITIES.test(request.prompt)) return { kind: 'chart', by: 'subject' };
  return { kind: 'infographic', by: 'default' };
}

/** What the offline planner would draw from the text's structure; undefined when it found nothing to lay out. */
function structureKind(request: RouteRequest): VisualKind | undefined {
  try {
    const offline = planOffline({ prompt: request.prompt, data: request.data });
    if (offline.hint) return undefined;
    const kind = offline.spec.kind;
    return typeof kind === 'string' && visualKinds.includes(kind as VisualKind) ? (kind as VisualKind) : undefined;
  } catch (error) {
    // The offline planner refuses some texts outright (a chart it has no numbers for): no structural signal.
    if (error instanceof GlimpseError) return undefined;
    throw error;
  }
}
