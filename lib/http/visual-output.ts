import type { VisualOutput } from '@/lib/llm/chat-message';
import type { PlanResult } from '@/lib/llm/plan';
import type { VisualSpec } from '@/lib/spec/visual';
import { describe } from './respond';

/** What a chat answer (or an edit of one) carries: the stored spec's URLs, size and alt text. */
export async function visualOutput(request: Request, spec: VisualSpec, planned?: Pick<PlanResult, 'planner' | 'notes' | 'fallback'>): Promise<VisualOutput> {
  const described = await describe(request, spec, 1);
  return {
    ...described,
    spec: spec as VisualOutput['spec'],
    planner: planned?.planner ?? 'offline',
    notes: planned?.notes ?? [],
    ...(planned?.fallback ? { fallback: planned.fallback } : {}),
  };
}
