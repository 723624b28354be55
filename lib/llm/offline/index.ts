import { GlimpseError } from '@/lib/errors';
import { MAX_ITEMS } from '@/lib/limits';
import { chartFromTable, unitSuffix } from './chart';
import { applyEdit } from './edit';
import { sectionsFromText, versus } from './infographic';
import { whiteboardFromText } from './whiteboard';
import { findTable } from './tables';
import { DECK_WORDS, deckFromText } from './slides';
import { clip, iconFor, localeFrom, titleFrom } from './text';

export interface OfflineRequest {
  prompt: string;
  kind?: string;
  data?: string;
  previousSpec?: unknown;
}

export interface OfflinePlan {
  spec: Record<string, unknown>;
  /** What the planner did and why, in words (shown to people, returned by the API). */
  notes: string[];
  /** Set when the text had nothing to lay out: what the planner can do (the spec is a hint card). */
  hint?: string;
}

const HINT = 'The offline planner lays out what you give it: paste a table to get a chart, or write bullet points, numbered steps, "A vs B" or "a -> b" to get an infographic.';

const OFFLINE_SUBTITLE = 'Drawn by the offline planner from what you wrote; set GLIMPSE_MODEL for a language model.';

/**
 * The embedded default planner: deterministic rules, no network. Tables and number series become
 * charts; headings, bullets, numbered lists, "A vs B" and arrows become infographics.
 */
export function planOffline(request: OfflineRequest): OfflinePlan {
  const prompt = request.prompt.trim();
  if (request.previousSpec && typeof request.previousSpec === 'object') {
    const edited = applyEdit(request.previousSpec as Record<string, unknown>, prompt);
    return { spec: edited.spec, notes: edited.changes.length ? [`edited: ${edited.changes.join(', ')}`] : ['the offline planner did not recognise an edit in the request; the spec is unchanged'] };
  }
  const raw = [request.data ?? '', prompt].join('\n');
  const locale = localeFrom(raw);
  const table = findTable(request.data ?? '') ?? findTable(prompt);
  const flow = request.kind === undefined || request.kind === 'whiteboard' ? whiteboardFromText(prompt, locale) : undefined;
  if (flow) return { spec: flow, notes: [`arrows → whiteboard of ${(flow.nodes as unknown[]).length} nodes`] };
  if (request.kind === 'slides' || (request.kind === undefined && DECK_WORDS.test(prompt.split(/\r?\n/)[0] ?? ''))) {
    const spec = deckFromText(prompt, request.data, table, locale);
    return { spec, notes: [`headings → ${(spec.slides as unknown[]).length} slides`] };
  }
  const wantsChart = request.kind === 'chart' || (request.kind === undefined && table !== undefined);
  if (wantsChart) {
    const plan = table ? chartFromTable(table, prompt, raw) : undefined;
    if (!plan) {
      const message = 'the offline planner needs numbers to draw a chart: paste a table (CSV, Markdown) or "label: value" lines';
      throw new GlimpseError('invalid_option', message, { issues: [{ path: ['data'], message }] });
    }
    const suffix = unitSuffix(raw);
    const inline = table?.title !== undefined || (table?.columns.join() === 'label,value' && !/^label\b/im.test(raw));
    const named = plan.yTitle && plan.xTitle && !inline ? `${plan.yTitle} by ${plan.xTitle}` : 'Chart';
    const spec = {
      kind: 'chart',
      title: table?.title ? titleFrom(table.title, named) : titleFrom(prompt, named),
      ...(locale ? { locale } : {}),
      type: plan.type,
      data: plan.data,
      ...(plan.xTitle && !inline ? { xTitle: clip(plan.xTitle, 110) } : {}),
      ...(plan.yTitle && !inline ? { yTitle: clip(`${plan.yTitle}${suffix ?? ''}`, 110) } : suffix && inline ? { yTitle: suffix.replace(/[（）]/g, '') } : {}),
      ...(plan.sort ? { sort: plan.sort } : {}),
      ...(plan.format ? { format: plan.format } : {}),
    };
    return { spec, notes: [`table of ${plan.data.length} values → ${plan.type} chart`] };
  }
  const laidOut = infographic(prompt, request.data, locale, table !== undefined);
  if (laidOut.hint) return { spec: laidOut.spec, notes: ['nothing to lay out → a hint card'], hint: laidOut.hint };
  return { spec: laidOut.spec, notes: ['text structure → infographic'] };
}

/** "Six shifts: A, B, C" / "六个范式转变：A、B、C" — a list typed after a colon (three items or more). */
function enumeration(prompt: string): { title: string; items: string[] } | undefined {
  const match = /^([^:：\n]{2,120}?)\s*[:：]\s*([^\n]+)$/.exec(prompt.trim());
  if (!match) return undefined;
  const items = (match[2] ?? '')
    .split(/\s*(?:[,，、;；]|\sand\s|\s和\s|以及|及)\s*/)
    .map((item) => item.trim().replace(/[.。]$/, '').replace(/^(?:and|or)\s+/i, ''))
    .filter(Boolean);
  if (items.length < 3 || items.some((item) => item.length > 110)) return undefined;
  return { title: match[1] ?? '', items };
}

function infographic(prompt: string, data: string | undefined, locale: string | undefined, hadTable: boolean): { spec: Record<string, unknown>; hint?: string } {
  const title = titleFrom(prompt, 'Summary');
  const body = prompt.split(/\r?\n/).slice(1).join('\n');
  const base = { kind: 'infographic', title, ...(locale ? { locale } : {}) };
  const sides = versus(prompt);
  const sections = sectionsFromText(`${body}\n${data ?? ''}`);
  if (sides) {
    const [left, right] = sides;
    const lists = sections.filter((section) => section.type === 'icon-list') as { title?: string; items: { title: string; text?: string }[] }[];
    const points = (index: number, name: string) => lists[index]?.items.map((item) => (item.text ? `${item.title}: ${item.text}` : item.title)) ?? [`What matters about ${name}? Add bullet points under a "## ${name}" heading.`];
    return {
      spec: {
      ...base,
      subtitle: OFFLINE_SUBTITLE,
      sections: [{ type: 'comparison', left: { title: left, icon: iconFor(left), items: points(0, left).slice(0, MAX_ITEMS) }, right: { title: right, icon: iconFor(right), items: points(1, right).slice(0, MAX_ITEMS) } }],
      },
    };
  }
  if (sections.length > 0) return { spec: { ...base, sections } };
  const listed = enumeration(prompt);
  if (listed) {
    const used = new Set<string>();
    return { spec: { ...base, title: titleFrom(listed.title, title), sections: [{ type: 'icon-list', items: listed.items.slice(0, MAX_ITEMS).map((item) => ({ icon: iconFor(item, used), title: clip(item, 110) })) }] } };
  }
  const sentences = prompt.split(/(?<=[.!?。！？])\s*/).map((sentence) => sentence.trim()).filter(Boolean);
  if (sentences.length >= 3) {
    const used = new Set<string>();
    return { spec: { ...base, title: titleFrom(sentences[0] ?? prompt), sections: [{ type: 'icon-list', items: sentences.slice(1, MAX_ITEMS + 1).map((sentence) => ({ icon: iconFor(sentence, used), title: clip(sentence, 110) })) }] } };
  }
  const hint = hadTable ? 'The data has no numbers to chart. Paste a table with a numeric column, or bullet points to lay out.' : HINT;
  return { spec: { ...base, subtitle: OFFLINE_SUBTITLE, sections: [{ type: 'callout', tone: 'info', text: hint }] }, hint };
}
