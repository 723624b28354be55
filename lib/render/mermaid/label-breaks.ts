import { breakOpportunities } from '@/lib/render/line-break';
import { diagramType } from './source-check';

/**
 * Mermaid wraps labels in Chromium, breaking at ASCII spaces only (markdown lines in flowcharts and
 * mindmaps, `wrapLabel` in sequence diagrams, `wrap` in timelines) and, where a word is too wide, at
 * any character (sequence adds a hyphen). So Glimpse's break rules (lib/render/line-break.ts) are
 * written into the labels before mermaid sees them:
 * - each break the rules allow inside CJK text gets a MARK and a space, so mermaid may break there;
 * - each space the rules forbid to break at ("288 GB", "9 月", "1989 – 2025", an orphan) becomes a
 *   WORD JOINER, so mermaid keeps the two sides together (it measures them a space narrower).
 * The page script takes the marks (and the spaces after them) out again before anything is measured
 * or drawn (`PAGE_SCRIPT`), and turns the joiners back into spaces.
 */
export const BREAK_MARK = '\u2063';
/** A space mermaid must not break at: a WORD JOINER (mermaid splits at every \s, the no-break space too), drawn as a space. */
const KEPT_SPACE = '\u2060';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffefー]/u;

/** One label with its break opportunities written in (see above). */
export function markLabel(label: string, locale?: string): string {
  const [, lead = '', text = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(label) ?? [];
  if (text.length < 2 || (!CJK.test(text) && !text.includes(' '))) return label;
  const allowed = new Set(breakOpportunities(text, locale).filter((item) => !item.required).map((item) => item.position));
  let result = '';
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] ?? '';
    const before = text[index - 1] ?? '';
    if (index > 0 && allowed.has(index) && before !== ' ' && (CJK.test(before) || CJK.test(char))) result += `${BREAK_MARK} `;
    result += char === ' ' && !allowed.has(index + 1) && text[index + 1] !== ' ' ? KEPT_SPACE : char;
  }
  return lead + result + trail;
}

/** Diagram types whose labels mermaid wraps, and where in a line their label text lies. */
const BRACKETED = /(\[\[?|\(\(?\(?|\{\{?|\|)([^[\](){}|\n"]+)(\]\]?|\)\)?\)?|\}\}?|\|)/g;
const QUOTED = /"([^"\n]+)"/g;

function markLine(line: string, type: string, locale?: string): string {
  const trimmed = line.trim();
  if (!trimmed || trimmed.startsWith('%%')) return line;
  const mark = (text: string) => markLabel(text, locale);
  // A markdown string ("`**bold** text`") is left alone: a joined space beside ** would undo the emphasis.
  const brackets = (text: string) => text.replace(QUOTED, (whole, inner: string) => (inner.startsWith('`') ? whole : `"${mark(inner)}"`)).replace(BRACKETED, (whole, open: string, inner: string, close: string) => (inner.startsWith('"') ? whole : `${open}${mark(inner)}${close}`));
  const afterColon = (text: string) => text.replace(/^([^:]*:)(.*)$/, (_whole, head: string, rest: string) => head + mark(rest));
  switch (type) {
    case 'flowchart':
    case 'graph':
      return brackets(line);
    case 'mindmap':
      if (trimmed.startsWith('::')) return line;
      return /[[({]/.test(trimmed) ? brackets(line) : line.replace(trimmed, mark(trimmed));
    case 'sequenceDiagram':
      if (/^(participant|actor)\s/.test(trimmed)) return line.replace(/(\sas\s+)(.+)$/, (_whole, as: string, alias: string) => as + mark(alias));
      return /^(title|autonumber|box|loop|alt|else|opt|par|and|critical|break|rect|end|activate|deactivate|create|destroy|links?)\b/.test(trimmed) ? line : afterColon(line);
    case 'timeline':
      if (/^(title|section)\s/.test(trimmed)) return line;
      return line.replace(/(:)([^:]+)/g, (_whole, colon: string, event: string) => colon + mark(event));
    default:
      return line;
  }
}

/** `source` with the labels of the types mermaid wraps (flowchart, mindmap, sequence, timeline) marked. */
export function markMermaidBreaks(source: string, locale?: string): string {
  const type = diagramType(source);
  if (!['flowchart', 'graph', 'mindmap', 'sequenceDiagram', 'timeline'].includes(type)) return source;
  let inFrontmatter = false;
  let first = true;
  return source
    .split('\n')
    .map((line, index) => {
      if (index === 0 && line.trim() === '---') inFrontmatter = true;
      else if (inFrontmatter) {
        if (line.trim() === '---') inFrontmatter = false;
        return line;
      }
      if (inFrontmatter || !line.trim() || line.trim().startsWith('%%')) return line;
      // The line naming the diagram type (and a flowchart's direction) carries no label.
      if (first) {
        first = false;
        return line;
      }
      return markLine(line, type, locale);
    })
    .join('\n');
}
