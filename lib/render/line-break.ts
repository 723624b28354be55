import LineBreaker from 'linebreak';
import { graphemes } from './emoji';

/**
 * Where text may break into lines: UAX #14 (the `linebreak` package, which satori itself runs) with
 * the typographer's rules on top. UAX #14 already keeps CJK kinsoku (no opening bracket at a line
 * end; no closing bracket, 。、, small kana or iteration mark at a line start); on top of it:
 * - a number stays with its unit ("288 GB", "9 月", "47.1%", "$5M", "€ 20") and a range stays whole
 *   ("1989–2025", "9:00 – 17:00");
 * - Chinese and Japanese break between words (Intl.Segmenter), Japanese between phrases (a word and
 *   the kana that follow it, as BudouX would), Korean at spaces;
 * - the last line is never one character, or one short word, alone ("行。").
 * Satori is steered by the text itself: each break UAX #14 allows but these rules do not gets a
 * WORD JOINER (U+2060), which no font draws and every measure skips. `prepareText` is what satori
 * draws; `linePieces` the unbreakable pieces it wraps between (slide geometry measures those);
 * `stripJoiners` gives the characters back for PPTX, PDF text layers and alt text.
 */

export const WORD_JOINER = '\u2060';
/**
 * After a CJK character or a digit the joiner is a ZERO WIDTH JOINER instead (UAX #14 LB8a: no
 * break after it): it joins the grapheme before it, so when satori must split a piece wider than
 * its box into graphemes it gets no zero-width grapheme of its own (a WORD JOINER there made satori
 * draw the following glyphs on top of each other). Never after an emoji or a space.
 */
const ZERO_WIDTH_JOINER = '\u200d';
const JOINS_WITH_ZWJ = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef0-9ー]/u;
const joinerAfter = (char: string) => (JOINS_WITH_ZWJ.test(char) ? ZERO_WIDTH_JOINER : WORD_JOINER);
/** The zero width joiners `prepareText` adds (after CJK or a digit), never an emoji sequence's own. */
const ADDED_ZWJ = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef0-9ー])\u200d/gu;

const HAN = /\p{Script=Han}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}ー]/u;
const HIRAGANA = /^[\p{Script=Hiragana}ー゛゜]/u;
const KATAKANA_WORD = /^[\p{Script=Katakana}ー]+$/u;
const HANGUL = /\p{Script=Hangul}/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const PUNCTUATION_OR_SPACE = /^[\p{P}\p{Z}\s\u2060]+$/u;

/**
 * Units a number keeps (after an optional space): SI and data units, money, percent and counts.
 * Any CJK character after a number is its counter or unit ("9 月", "3 人", "5 億").
 */
const UNITS = new Set(
  (
    'B KB MB GB TB PB Kb Mb Gb Tb KiB MiB GiB TiB bit bits byte bytes bps kbps Mbps Gbps Hz kHz MHz GHz W kW MW GW TW Wh kWh MWh GWh TWh V mV kV A mA mAh Ah ' +
    'g mg kg t lb lbs oz ct m cm mm km µm nm mi ft yd ha ac L l ml mL dl cl gal m² km² m³ s ms µs ns min mins h hr hrs d wk mo yr yrs ' +
    '°C °F °K K °  px pt pts pp dpi ppi fps rpm mph kph km/h m/s x × % ‰ k M bn B tn USD EUR GBP JPY CNY RMB TWD KRW HKD CHF CAD AUD INR yen won yuan'
  ).split(/\s+/),
);
const NUMBER_END = /[0-9%０-９]$/u;
const NUMBER_START = /^[0-9０-９]/u;
/** Han numerals: "十二" keeps its "月" as "12" does. */
const HAN_NUMBER_END = /[〇一二三四五六七八九十百千万萬億亿兩两]$/u;
/** Range dashes: hyphen-minus, en dash, em dash, minus, tildes and the wave dash. */
const RANGE = /(\d)(\s?[-\u2013\u2014\u2212~\u301c\uff5e]\s?)(?=\d)/gu;
/** Currency signs that lead their number ("$ 5", "€ 20", "¥ 300"). */
const CURRENCY = /[$€£¥₩₹]\s(?=\d)/gu;

/** Japanese phrases: a word and the kana-only words after it, up to this many characters. */
const MAX_PHRASE = 10;
/** A word takes a one-character Han suffix while it is shorter than this. */
const MAX_SUFFIXED = 4;
/** A CJK word longer than this is left to break inside (it would not fit a narrow column whole). */
const MAX_WORD = 12;

/** Positions (UTF-16 offsets) where UAX #14 allows a break; `required` ones are hard line breaks. */
function uaxBreaks(text: string): { position: number; required: boolean }[] {
  const breaker = new LineBreaker(text);
  const result: { position: number; required: boolean }[] = [];
  for (let next = breaker.nextBreak(); next; next = breaker.nextBreak()) if (next.position < text.length) result.push({ position: next.position, required: next.required });
  return result;
}

/** Which language's rules apply: the spec's locale, else the script of the text. */
function language(text: string, locale: string | undefined): 'ja' | 'zh' | 'ko' | 'other' {
  const tag = (locale ?? '').toLowerCase();
  if (tag.startsWith('ja')) return 'ja';
  if (tag.startsWith('zh')) return 'zh';
  if (tag.startsWith('ko')) return 'ko';
  if (KANA.test(text)) return 'ja';
  if (HAN.test(text)) return 'zh';
  if (HANGUL.test(text)) return 'ko';
  return 'other';
}

const segmenters = new Map<string, Intl.Segmenter>();
function wordSegments(text: string, lang: 'ja' | 'zh'): { index: number; segment: string }[] {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
    segmenters.set(lang, segmenter);
  }
  return Array.from(segmenter.segment(text), ({ index, segment }) => ({ index, segment }));
}

/** Offsets inside CJK words (and Japanese phrases) where no line should break. */
function insideWords(text: string, lang: 'ja' | 'zh' | 'ko' | 'other', forbid: (position: number) => void) {
  if (lang === 'ko') {
    // Korean breaks at spaces (keep-all): never between two Hangul syllables.
    for (let index = 1; index < text.length; index += 1) if (HANGUL.test(text[index - 1] ?? '') && HANGUL.test(text[index] ?? '')) forbid(index);
    return;
  }
  if ((lang !== 'ja' && lang !== 'zh') || !CJK.test(text)) return;
  let phraseStart = -1;
  let phraseLength = 0;
  let previousHan = false;
  let previousKatakana = false;
  for (const { index, segment } of wordSegments(text, lang)) {
    const cjk = CJK.test(segment);
    if (cjk && segment.length > 1 && segment.length <= MAX_WORD) for (let offset = 1; offset < segment.length; offset += 1) forbid(index + offset);
    // A one-character Han word after a Han word is mostly its suffix (東京|都, 速報|値, 带|宽): kept
    // on; in Japanese after a katakana word too (ハッシュ|化, データ|型, サーバー|側).
    const suffix = segment.length === 1 && HAN.test(segment) && ((previousHan && phraseLength < MAX_SUFFIXED) || (previousKatakana && phraseLength < MAX_PHRASE));
    // Japanese: kana after a word (particles, okurigana, auxiliaries) joins it into one phrase.
    const particle = lang === 'ja' && cjk && HIRAGANA.test(segment) && phraseStart >= 0 && phraseLength + segment.length <= MAX_PHRASE;
    if (suffix || particle) {
      forbid(index);
      phraseLength += segment.length;
    } else if (cjk) {
      phraseStart = index;
      phraseLength = segment.length;
    } else phraseStart = -1;
    previousHan = HAN.test(segment.at(-1) ?? '');
    previousKatakana = lang === 'ja' && KATAKANA_WORD.test(segment);
  }
}

/** Offsets between a number and its unit, inside a range, and after a leading currency sign. */
function numbers(text: string, forbid: (position: number) => void) {
  for (const match of text.matchAll(RANGE)) {
    const start = (match.index ?? 0) + 1;
    for (let offset = 1; offset <= (match[2] ?? '').length; offset += 1) forbid(start + offset);
    forbid(start);
  }
  for (const match of text.matchAll(CURRENCY)) forbid((match.index ?? 0) + match[0].length);
}

/** Whether `word` (what follows a number) is its unit. */
function isUnit(word: string): boolean {
  const bare = word.replace(/[\s\p{P}]+$/u, '').replace(/^\s+/, '');
  if (!bare) return false;
  if (CJK.test(bare[0] ?? '')) return true;
  return UNITS.has(bare) || UNITS.has(bare.replace(/[.,;:)]+$/, ''));
}

/** The breaks `text` may take, each an offset where a new line may start. */
export function breakOpportunities(text: string, locale?: string): { position: number; required: boolean }[] {
  const breaks = uaxBreaks(text);
  if (breaks.length === 0) return breaks;
  const forbidden = new Set<number>();
  const forbid = (position: number) => void forbidden.add(position);
  insideWords(text, language(text, locale), forbid);
  numbers(text, forbid);
  const soft = breaks.filter((item) => !item.required);
  // A number keeps its unit: the break after "288 " when "GB" follows, or between "9" and "月".
  soft.forEach((item, index) => {
    const before = text.slice(soft[index - 1]?.position ?? 0, item.position).trimEnd();
    const after = text.slice(item.position, soft[index + 1]?.position ?? text.length);
    if (NUMBER_END.test(before) && isUnit(after)) forbid(item.position);
    if (HAN_NUMBER_END.test(before) && HAN.test(after[0] ?? '')) forbid(item.position);
    if (NUMBER_START.test(after) && /[$€£¥₩₹]$/u.test(before)) forbid(item.position);
    // A unit per unit stays whole: GB/s, km/h.
    if (/[A-Za-z0-9]\/$/.test(before) && /^[A-Za-z]{1,4}(?![A-Za-z])/.test(after)) forbid(item.position);
  });
  const kept = breaks.filter((item) => item.required || !forbidden.has(item.position));
  // No orphan: a paragraph's last line is more than one CJK character, or one short word ("行。", "it.").
  const orphans = new Set<{ position: number; required: boolean }>();
  const ends = [...kept.filter((item) => item.required).map((item) => item.position), text.length];
  let start = 0;
  for (const end of ends) {
    const inside = kept.filter((item) => !item.required && item.position > start && item.position < end);
    const last = inside.at(-1);
    if (last && inside.length >= 2) {
      const tail = text.slice(last.position, end).replace(/[\p{P}\p{Z}\s\u2060]+$/u, '');
      const visible = graphemes(tail).length;
      if (CJK.test(tail) ? visible <= 1 : visible <= 2 && !PUNCTUATION_OR_SPACE.test(tail)) orphans.add(last);
    }
    start = end;
  }
  return orphans.size ? kept.filter((item) => !orphans.has(item)) : kept;
}

const prepared = new Map<string, string>();
const MAX_PREPARED = 20_000;

/** `text` as satori should draw it: a WORD JOINER at each break the rules above forbid. */
export function prepareText(text: string, locale?: string): string {
  if (text.length < 2) return text;
  const key = `${locale ?? ''}\u0000${text}`;
  const cached = prepared.get(key);
  if (cached !== undefined) return cached;
  const allowed = new Set(breakOpportunities(text, locale).map((item) => item.position));
  let result = '';
  let from = 0;
  for (const { position } of uaxBreaks(text)) {
    if (allowed.has(position)) continue;
    result += text.slice(from, position) + joinerAfter(text[position - 1] ?? '');
    from = position;
  }
  result += text.slice(from);
  if (prepared.size >= MAX_PREPARED) prepared.clear();
  prepared.set(key, result);
  return result;
}

/**
 * The pieces `text` wraps between, as satori sees them after `prepareText`, each with its trailing
 * spaces. `joiners: true` keeps the joiners in: they draw nothing but take letter-spacing, as in satori.
 */
export function linePieces(text: string, locale?: string, options: { joiners?: boolean } = {}): string[] {
  const ready = prepareText(text, locale);
  const result: string[] = [];
  let from = 0;
  for (const { position } of uaxBreaks(ready)) {
    result.push(ready.slice(from, position));
    from = position;
  }
  result.push(ready.slice(from));
  return result.filter((piece) => piece.length > 0).map((piece) => (options.joiners ? piece : stripJoiners(piece)));
}

/** The characters as written: joiners `prepareText` added taken out (PPTX, PDF text layers, alt text). */
export function stripJoiners(text: string): string {
  const words = text.includes(WORD_JOINER) ? text.replaceAll(WORD_JOINER, '') : text;
  return words.includes(ZERO_WIDTH_JOINER) ? words.replace(ADDED_ZWJ, '$1') : words;
}
