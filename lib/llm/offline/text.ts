/** Small text helpers shared by the offline planner's rules. */

const LEADING_REQUEST = [
  /^(?:please\s+)?(?:can you\s+|could you\s+)?(?:make|draw|create|show|give|build|generate|plot|chart|visuali[sz]e|compare|explain|summari[sz]e|list|illustrate)(?:\s+me)?\s+(?:a|an|the)?\s*(?:chart|graph|infographic|visual|picture|diagram|plot)?\s*(?:of|for|about|showing|comparing|that shows|on)?\s*/i,
  /^(?:請|请)?(?:幫我|帮我)?(?:畫|画|做|製作|制作|比較|比较|顯示|显示|列出|說明|说明)(?:一張|一张|一個|一个)?(?:圖表|图表|資訊圖|信息图)?/,
];

const FILLER = /^(?:this|that|these|those|it|them|the following|following|below|here|data|the data|this data|these numbers|chart|graph|plot|這個|这个|這些|这些|以下|下面|これ|以下の|이것|다음)$/i;

/** A title from the request: first line, request verbs dropped, capitalised, at most 80 characters. */
export function titleFrom(prompt: string, fallback = 'Untitled'): string {
  const firstLine = prompt
    .split(/\r?\n/)
    .map((line) => line.replace(/^#+\s*/, '').trim())
    .find((line) => line.length > 0 && !line.startsWith('|') && !line.startsWith('```'));
  if (!firstLine) return fallback;
  let title = firstLine.replace(/[.?!。？！:：]+$/, '');
  for (const pattern of LEADING_REQUEST) title = title.replace(pattern, '');
  title = title.replace(/^the\s+/i, '').trim() || firstLine;
  // "Chart this:", "plot the following" leave only a filler word: not a title.
  if (FILLER.test(title)) return fallback;
  title = title.charAt(0).toUpperCase() + title.slice(1);
  return title.length > 80 ? `${title.slice(0, 77).trimEnd()}…` : title;
}

/** BCP 47 locale guessed from the script of the text (CJK only; otherwise undefined = English). */
export function localeFrom(text: string): string | undefined {
  if (/[\u3040-\u30ff]/.test(text)) return 'ja';
  if (/[\uac00-\ud7af]/.test(text)) return 'ko';
  if (/[\u4e00-\u9fff]/.test(text)) return /[们这个说时国会来对为学经过见长门问间车东样万广区电发书业产数据图]/.test(text) ? 'zh-CN' : 'zh-TW';
  return undefined;
}

const ICON_KEYWORDS: [RegExp, string][] = [
  [/money|cost|price|revenue|budget|save|cheap|錢|钱|成本|價|价/i, 'badge-dollar-sign'],
  [/time|fast|quick|speed|minute|hour|時間|时间|快/i, 'clock'],
  [/secur|safe|privacy|protect|安全/i, 'shield-check'],
  [/user|people|team|customer|community|人|團隊|团队/i, 'users'],
  [/grow|increase|scale|growth|成長|增長|增长/i, 'trending-up'],
  [/idea|creative|innovat|想法|創意|创意/i, 'lightbulb'],
  [/data|database|storage|資料|数据|數據/i, 'database'],
  [/cloud|server|deploy|host|雲|云/i, 'cloud'],
  [/code|develop|program|software|api|程式|代码/i, 'code'],
  [/mobile|phone|app|手機|手机/i, 'smartphone'],
  [/world|global|international|country|世界|全球|國際/i, 'globe'],
  [/health|medical|doctor|exercise|健康|醫|医/i, 'heart-pulse'],
  [/learn|school|study|education|學|学/i, 'graduation-cap'],
  [/energy|power|battery|solar|electric|能源|電|电/i, 'zap'],
  [/environment|green|climate|nature|tree|環境|环境|自然/i, 'leaf'],
  [/food|eat|meal|restaurant|食|吃/i, 'utensils'],
  [/travel|trip|flight|plane|旅行|飛|飞/i, 'plane'],
  [/home|house|live|家|住/i, 'house'],
  [/communicat|message|chat|talk|email|溝通|沟通|訊息/i, 'message-circle'],
  [/goal|target|focus|目標|目标/i, 'target'],
  [/quality|best|award|star|品質|质量/i, 'star'],
];

/** A Lucide icon that fits a line of text, by keyword; a check mark when nothing matches. */
export function iconFor(text: string, used: Set<string> = new Set()): string {
  const match = ICON_KEYWORDS.find(([pattern, icon]) => pattern.test(text) && !used.has(icon));
  const icon = match?.[1] ?? 'circle-check';
  used.add(icon);
  return icon;
}

/** Cut to `max` characters on a word boundary where possible. */
export function clip(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
