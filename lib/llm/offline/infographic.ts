import { MAX_DATE_CHARS, MAX_ITEMS, MAX_SECTIONS, MAX_TEXT_CHARS, MAX_VALUE_CHARS } from '@/lib/limits';
import { clip, iconFor } from './text';

type Section = Record<string, unknown>;

interface Block {
  heading?: string;
  bullets: string[];
  numbered: string[];
  paragraphs: string[];
  quotes: string[];
}

const BULLET = /^\s*[-*•·]\s+(.*)$/;
const NUMBERED = /^\s*(?:\d+[.)、]|[①-⑳]|第[一二三四五六七八九十]+步[：:]?)\s*(.*)$/;
const HEADING = /^\s*#{1,6}\s+(.*)$/;
const STAT = /^([-+]?[$€£¥]?\d[\d,.]*\s*(?:%|[kKmMbB×x]|萬|万|億|亿|倍)?)\s+(?:of\s+)?(.+)$/;
const DATED = /^((?:\d{3,4}(?:s|年)?|Q[1-4]\s*\d{4}|\d{1,2}:\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d{0,4}))\s*[-–—:：]\s*(.+)$/i;
const KEY_VALUE = /^([^:：]{1,40})[:：]\s*(.+)$/;
const PROS = /^(pros|advantages|benefits|strengths|優點|优点|好處|好处)$/i;
const CONS = /^(cons|disadvantages|drawbacks|weaknesses|risks|缺點|缺点|壞處|坏处)$/i;

export function blocks(text: string): Block[] {
  const result: Block[] = [];
  let current: Block = { bullets: [], numbered: [], paragraphs: [], quotes: [] };
  const push = () => {
    if (current.heading || current.bullets.length || current.numbered.length || current.paragraphs.length || current.quotes.length) result.push(current);
  };
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('```')) continue;
    const heading = HEADING.exec(line);
    if (heading) {
      push();
      current = { heading: heading[1]?.trim(), bullets: [], numbered: [], paragraphs: [], quotes: [] };
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = NUMBERED.exec(line);
    if (bullet?.[1]) current.bullets.push(bullet[1].trim());
    else if (numbered?.[1]) current.numbered.push(numbered[1].trim());
    else if (line.trim().startsWith('>')) current.quotes.push(line.replace(/^\s*>\s?/, '').trim());
    else current.paragraphs.push(line.trim());
  }
  push();
  return result;
}

const take = <T>(items: T[]) => items.slice(0, MAX_ITEMS);
const split = (text: string) => {
  const colon = /^(.{1,60}?)[:：—–-]\s+(.+)$/.exec(text);
  return colon ? { title: clip(colon[1] ?? '', 110), text: clip(colon[2] ?? '', 900) } : { title: clip(text, 110) };
};

/** One block of lines → the section type that fits it best. */
function sectionFor(block: Block, used: Set<string>): Section[] {
  const title = block.heading ? clip(block.heading, 190) : undefined;
  const sections: Section[] = [];
  const items = block.bullets;
  if (block.quotes.length) {
    const [text, author] = block.quotes.join(' ').split(/\s+[—–]\s+/);
    sections.push({ type: 'quote', text: clip(text ?? '', 900), ...(author ? { author: clip(author, 110) } : {}) });
  }
  if (block.numbered.length) sections.push({ type: 'steps', ...(title ? { title } : {}), items: take(block.numbered).map(split) });
  if (items.length) {
    const stats = items.map((item) => STAT.exec(item)).filter((match): match is RegExpExecArray => match !== null);
    const dated = items.map((item) => DATED.exec(item)).filter((match): match is RegExpExecArray => match !== null);
    const keyValues = items.map((item) => KEY_VALUE.exec(item)).filter((match): match is RegExpExecArray => match !== null);
    if (stats.length === items.length) {
      sections.push({ type: 'stats', ...(title ? { title } : {}), items: take(stats).map((match) => ({ value: clip(match[1] ?? '', MAX_VALUE_CHARS), label: clip(match[2] ?? '', 110) })) });
    } else if (dated.length === items.length) {
      sections.push({ type: 'timeline', ...(title ? { title } : {}), items: take(dated).map((match) => ({ date: clip(match[1] ?? '', MAX_DATE_CHARS), ...split(match[2] ?? '') })) });
    } else if (keyValues.length === items.length && keyValues.every((match) => (match[2]?.length ?? 0) < 80)) {
      sections.push({ type: 'key-value', ...(title ? { title } : {}), rows: take(keyValues).map((match) => ({ key: clip(match[1] ?? '', 110), value: clip(match[2] ?? '', 900) })) });
    } else {
      sections.push({ type: 'icon-list', ...(title ? { title } : {}), items: take(items).map((item) => ({ icon: iconFor(item, used), ...split(item) })) });
    }
  }
  if (block.paragraphs.length) {
    const text = clip(block.paragraphs.join(' '), MAX_TEXT_CHARS);
    sections.push({ type: 'text', ...(title && sections.length === 0 ? { title } : {}), text });
  }
  return sections;
}

/** Markdown-ish structure (headings, bullets, numbered lists, quotes) → infographic sections. */
export function sectionsFromText(text: string): Section[] {
  const parsed = blocks(text);
  const used = new Set<string>();
  const sections: Section[] = [];
  for (let index = 0; index < parsed.length; index += 1) {
    const block = parsed[index];
    const next = parsed[index + 1];
    if (block?.heading && next?.heading && PROS.test(block.heading.trim()) && CONS.test(next.heading.trim()) && block.bullets.length && next.bullets.length) {
      sections.push({ type: 'pros-cons', pros: take(block.bullets).map((item) => clip(item, 900)), cons: take(next.bullets).map((item) => clip(item, 900)) });
      index += 1;
      continue;
    }
    if (block) sections.push(...sectionFor(block, used));
  }
  return sections.slice(0, MAX_SECTIONS);
}

/** "A vs B" (or "A versus B", "A 與 B 比較") → the two sides, when the request names them. */
export function versus(prompt: string): [string, string] | undefined {
  const firstLine = prompt.split(/\r?\n/)[0] ?? '';
  const match =
    /(?:compare\s+)?(.+?)\s+(?:vs\.?|versus|compared (?:to|with)|or)\s+(.+?)(?:[?.!]|$)/i.exec(firstLine) ??
    /compare\s+(.+?)\s+(?:and|with|to)\s+(.+?)(?:[?.!]|$)/i.exec(firstLine) ??
    /(.+?)\s*(?:與|与|和|跟|對比|对比|vs)\s*(.+?)(?:的)?(?:比較|比较|差異|差异|對比|对比)/.exec(firstLine);
  if (!match) return undefined;
  const clean = (text: string) => clip(text.replace(/^(?:the|a|an)\s+/i, '').replace(/^#+\s*/, '').trim(), 110);
  const left = clean(match[1] ?? '');
  const right = clean(match[2] ?? '');
  return left && right && left.length <= 60 && right.length <= 60 ? [left, right] : undefined;
}
