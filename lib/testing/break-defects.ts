/**
 * Wrong line breaks, counted from the lines a renderer drew (independent of ../render/line-break.ts,
 * so it can judge it): a number split from its unit, a range split, an opening bracket at a line end,
 * closing punctuation or a small kana at a line start, a CJK word broken inside, one character alone
 * on the last line. Used to measure label wrapping over texts × box widths (whiteboard, mermaid).
 */

export type BreakDefect = 'unit' | 'range' | 'open-bracket' | 'line-start' | 'mid-word' | 'orphan';

const UNIT_AFTER = /^\s?(?:GB|MB|TB|KB|GB\/s|kg|km|kWh|MW|GW|ms|px|pt|%|°C|USD|EUR|[月日年人万億亿个件円元時分秒歳名回倍])/u;
const NUMBER_BEFORE = /[0-9０-９]\s?$/u;
const RANGE_SPLIT = /[0-9]\s?[-\u2013\u2014~\u301c\uff5e]?\s?$/u;
const DASH_START = /^\s?[-\u2013\u2014~\u301c\uff5e]\s?[0-9]/u;
const DASH_END = /[0-9]\s?[-\u2013\u2014~\u301c\uff5e]\s?$/u;
const OPENING = /[（「『【〔(\[{“‘《〈]$/u;
const LINE_START = /^[）」』】〕)\]}”’》〉。、，．・：；！？!?,.:;ーぁぃぅぇぉっゃゅょァィゥェォッャュョ々]/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const CJK_WORD = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{2,12}$/u;

const segmenters = new Map<string, Intl.Segmenter>();
function words(text: string, locale: string): { index: number; segment: string }[] {
  let segmenter = segmenters.get(locale);
  if (!segmenter) segmenters.set(locale, (segmenter = new Intl.Segmenter(locale, { granularity: 'word' })));
  return Array.from(segmenter.segment(text), ({ index, segment }) => ({ index, segment }));
}

/** Offsets in `text` where each line after the first starts (lines are `text` re-split, trimmed). */
function breakOffsets(text: string, lines: string[]): number[] {
  const offsets: number[] = [];
  let at = 0;
  for (const [index, line] of lines.entries()) {
    const found = text.indexOf(line.slice(0, 1), at);
    if (found < 0) break;
    if (index > 0) offsets.push(found);
    at = found + line.length;
  }
  return offsets;
}

/** The wrong breaks in `lines` (the wrapping of `text`), one entry per defect. */
export function breakDefects(text: string, lines: string[], locale?: string): BreakDefect[] {
  const defects: BreakDefect[] = [];
  const lang = (locale ?? '').startsWith('ja') || /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text) ? 'ja' : 'zh';
  const cjkWords = CJK.test(text) ? words(text, lang).filter(({ segment }) => CJK_WORD.test(segment)) : [];
  for (const offset of breakOffsets(text, lines)) {
    const before = text.slice(0, offset);
    const after = text.slice(offset);
    if (NUMBER_BEFORE.test(before) && UNIT_AFTER.test(after)) defects.push('unit');
    if ((DASH_END.test(before) && /^\s?[0-9]/.test(after)) || (RANGE_SPLIT.test(before) && DASH_START.test(after))) defects.push('range');
    if (OPENING.test(before.trimEnd())) defects.push('open-bracket');
    if (LINE_START.test(after)) defects.push('line-start');
    if (cjkWords.some(({ index, segment }) => offset > index && offset < index + segment.length)) defects.push('mid-word');
  }
  const last = (lines.at(-1) ?? '').replace(/[\p{P}\s]+$/u, '');
  if (lines.length > 1 && [...last].length <= 1 && last.length > 0) defects.push('orphan');
  return defects;
}

/** Label texts the measurement wraps: English units and ranges, Chinese units, Japanese words. */
export const BREAK_SAMPLES: { name: string; text: string; locale?: string }[] = [
  { name: 'en units', text: 'GPU memory reached 288 GB per card, 1.2 TB in total' },
  { name: 'en range', text: 'Archive coverage 1989–2025 for every region' },
  { name: 'en hours', text: 'Support desk open 9:00 – 17:00 on weekdays' },
  { name: 'zh units', text: '内存带宽达到 288 GB，在 9 月份发布（预计）', locale: 'zh-Hans' },
  { name: 'zh words', text: '机器学习模型的训练数据来自公开网站', locale: 'zh-Hans' },
  { name: 'zh-Hant', text: '資料來源：內政部戶政司二〇二四年十二月底統計', locale: 'zh-Hant' },
  { name: 'ja words', text: '東京都の人口は増えています（推定）', locale: 'ja' },
  { name: 'ja phrase', text: '今日は良い天気ですね。旅行に行。', locale: 'ja' },
  { name: 'ja units', text: '売上は9月に1400万円を超えました', locale: 'ja' },
];

/** Box widths the measurement tries: 41 of them, narrow to roomy. */
export const BREAK_WIDTHS = Array.from({ length: 41 }, (_, index) => 80 + index * 8);
