import { CHART_TYPES, type ChartType } from '@/lib/targets/chart/schema';
import { PALETTE_NAMES } from '@/lib/spec/palettes';
import { parseNumber } from './tables';

type Spec = Record<string, unknown>;

const COLOURS: [RegExp, string][] = [
  [/\bblue\b|藍|蓝/i, '#2563EB'],
  [/\bred\b|紅|红/i, '#DC2626'],
  [/\bgreen\b|綠|绿/i, '#16A34A'],
  [/\borange\b|橙|橘/i, '#EA580C'],
  [/\bpurple\b|violet|紫/i, '#7C3AED'],
  [/\bteal\b/i, '#0D9488'],
  [/\bpink\b|粉/i, '#DB2777'],
  [/\b(?:gr[ae]y|black)\b|灰|黑/i, '#4B5563'],
];

/**
 * Chart-type words. `mark: true` words also name the marks themselves ("the bars", "the line"),
 * so they only ask for a type where a type is asked for (see TYPE_SLOT); the others always do.
 */
const TYPE_WORDS: { pattern: RegExp; type: ChartType; mark?: true }[] = [
  { pattern: /\bdonut\b|doughnut|甜甜圈/i, type: 'donut' },
  { pattern: /\bpie\b|圓餅|饼图|餅圖/i, type: 'pie' },
  { pattern: /horizontal|橫條|横条/i, type: 'horizontal-bar' },
  { pattern: /\bstacked\b|堆疊|堆叠/i, type: 'stacked-bar' },
  { pattern: /\bscatter\b|散佈|散点/i, type: 'scatter' },
  { pattern: /\blines?\b|折線|折线/i, type: 'line', mark: true },
  { pattern: /\bareas?\b|面積|面积/i, type: 'area', mark: true },
  { pattern: /\bbars?\b|長條|柱狀|柱状|條形/i, type: 'bar', mark: true },
];

/**
 * Where a mark word asks for a chart type: after "as / into / to / make it / use / switch to …",
 * or before "chart / graph / plot" (CJK: after 改成/換成/變成/改為/用, or before 圖/图).
 */
const TYPE_SLOT =
  /(?:\b(?:as|into|to|use|make it|turn it into|switch to|change it to)\s+(?:an?\s+)?|改成|換成|换成|變成|变成|改為|改为|用)\s*(\S+)|(\S+)\s*(?:chart|graph|plot|圖|图)/gi;

/** The chart type a prompt asks for, if any: "colour the bars blue" names the bars, it does not ask for a bar chart. */
export function requestedChartType(prompt: string): ChartType | undefined {
  const slots = [...prompt.matchAll(TYPE_SLOT)].map((match) => match[1] ?? match[2] ?? '');
  return TYPE_WORDS.find(({ pattern, mark }) => (mark ? slots.some((slot) => pattern.test(slot)) : pattern.test(prompt)))?.type;
}

export interface EditResult {
  spec: Spec;
  changes: string[];
}

/** Understands simple edit requests ("make it dark", "make the bars blue", "add a 2023 row: 50", "as a pie chart"). */
export function applyEdit(previous: Spec, prompt: string): EditResult {
  const spec = structuredClone(previous);
  const changes: string[] = [];
  const theme = (spec.theme ?? {}) as Record<string, unknown>;
  if (/\bdark\b|深色|暗色/i.test(prompt)) {
    theme.mode = 'dark';
    changes.push('dark theme');
  } else if (/\blight\b|淺色|浅色|亮色/i.test(prompt)) {
    theme.mode = 'light';
    changes.push('light theme');
  }
  const palette = PALETTE_NAMES.find((name) => new RegExp(`\\b${name}\\b`, 'i').test(prompt));
  if (palette) {
    theme.palette = palette;
    changes.push(`${palette} palette`);
  }
  const colour = COLOURS.find(([pattern]) => pattern.test(prompt));
  if (colour) {
    if (spec.kind === 'chart') spec.colors = [colour[1]];
    else theme.brand = { primary: colour[1] };
    changes.push(`colour ${colour[1]}`);
  }
  if (Object.keys(theme).length) spec.theme = theme;
  if (spec.kind === 'chart' && typeof spec.type === 'string') editChart(spec, prompt, changes);
  const title = /(?:title|rename(?: it)?(?: to)?|call it|標題|标题)\s*[:：]?\s*["“「]?([^"”」\n]+)["”」]?/i.exec(prompt)?.[1]?.trim();
  if (title && title.length <= 200) {
    spec.title = title;
    changes.push('title');
  }
  return { spec, changes };
}

function editChart(spec: Spec, prompt: string, changes: string[]) {
  const type = requestedChartType(prompt);
  if (type && CHART_TYPES.includes(type) && type !== spec.type) {
    spec.type = type === 'stacked-bar' && spec.type !== 'grouped-bar' ? spec.type : type;
    if (spec.type === type) changes.push(`${type} chart`);
  }
  if (/descending|largest first|從大到小|从大到小|降序/i.test(prompt)) {
    spec.sort = 'descending';
    changes.push('sorted descending');
  } else if (/ascending|smallest first|從小到大|从小到大|升序/i.test(prompt)) {
    spec.sort = 'ascending';
    changes.push('sorted ascending');
  }
  const added = /add(?:\s+an?)?\s+(.+?)\s+(?:row|point|bar|value|entry)?\s*(?:of|with|[:：=]|=)?\s*(-?[$€£¥]?\d[\d,.]*\s*%?)\s*$/i.exec(prompt.trim()) ?? /(?:新增|增加|加上)\s*(.+?)\s*[:：=]?\s*(-?\d[\d,.]*)/.exec(prompt);
  const value = added ? parseNumber(added[2] ?? '') : undefined;
  if (added && value !== undefined && Array.isArray(spec.data)) {
    const label = (added[1] ?? '').replace(/\s+(?:row|point|bar|value|entry)$/i, '').replace(/^(?:a|an)\s+/i, '').trim();
    (spec.data as Record<string, unknown>[]).push({ label, value });
    changes.push(`added ${label}`);
  }
}
