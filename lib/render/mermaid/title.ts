import { diagramType } from './source-check';

/** Diagram types whose source may carry a `title …` statement (besides frontmatter `title:`). */
const TITLED = new Set(['gantt', 'pie', 'journey', 'timeline', 'quadrantChart', 'sequenceDiagram', 'xychart', 'xychart-beta', 'radar-beta', 'packet', 'packet-beta']);

const FRONTMATTER = /^(\s*---[ \t]*\r?\n)([\s\S]*?)(\r?\n---[ \t]*(?:\r?\n|$))/;

const unquote = (value: string) => value.trim().replace(/^(["'])(.*)\1$/, '$2').trim();

/**
 * The diagram's own title taken out of its source, so a visual draws one title (the spec's), not
 * two: frontmatter `title:`, a `title …` statement, or pie's `pie title …`.
 */
export function takeTitle(source: string): { source: string; title?: string } {
  let title: string | undefined;
  let rest = source.replace(FRONTMATTER, (whole, open: string, body: string, close: string) => {
    const lines = body.split(/\r?\n/);
    const index = lines.findIndex((line) => /^title\s*:/.test(line));
    if (index === -1) return whole;
    title = unquote(lines[index]?.replace(/^title\s*:/, '') ?? '');
    lines.splice(index, 1);
    return lines.some((line) => line.trim()) ? `${open}${lines.join('\n')}${close}` : '';
  });
  const type = diagramType(rest);
  if (!TITLED.has(type)) return { source: rest, title: title || undefined };
  if (type === 'pie') {
    rest = rest.replace(/^(\s*pie(?:\s+showData)?)\s+title\s+(.+)$/m, (_whole, head: string, text: string) => {
      title ??= unquote(text);
      return head;
    });
  }
  // The first top-level `title` statement of the body (a class member or label is never one in these types).
  rest = rest.replace(/^[ \t]*title(?:[ \t]*:[ \t]*|[ \t]+)(\S.*)$/m, (_whole, text: string) => {
    title ??= unquote(text);
    return '';
  });
  return { source: rest, title: title || undefined };
}
