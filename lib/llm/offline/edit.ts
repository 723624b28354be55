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

const TYPE_WORDS: [RegExp, ChartType][] = [
  [/\bdonut\b|doughnut|甜甜圈/i, 'donut'],
  [/\bpie\b|圓餅|饼图|餅圖/i, 'pie'],
  [/horizontal/i, 'horizontal-bar'],
  [/\bstacked\b|堆疊|堆叠/i, 'stacked-bar'],
  [/\bline\b|折線|折线/i, 'line'],
  [/\barea\b|面積|面积/i, 'area'],
  [/\bscatter\b|散佈|散点/i, 'scatter'],
  [/\bbars?\b|長條|柱狀|柱状|條形/i, 'bar'],
];

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
  const type = TYPE_WORDS.find(([pattern]) => pattern.test(prompt))?.[1];
  if (type && CHART_TYPES.includes(type) && type !== spec.type && !/\bmake the bars\b/i.test(prompt)) {
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
