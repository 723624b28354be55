/**
 * The first of four seals between a mermaid diagram and the network (then Chromium's flags, the
 * page's routes and its CSP — each holds on its own): what in mermaid's language can name a URL
 * is refused before the source reaches a page, and links, which only mean something in an
 * interactive page, are dropped. A render is a picture: it never loads anything.
 */

/** Words that have no place in a diagram's config: they pull in CSS, URLs, HTML or a weaker sandbox. */
const CONFIG_WORDS = /url|import|css|image-set|securitylevel|secure|htmllabels|javascript|\\/i;
/** The same in `style`, `classDef` and `linkStyle` lines (CSS escapes such as `\75 rl(` included). */
const STYLE_WORDS = /url|import|image-set|expression|\\/i;
/**
 * HTML elements with attributes in a label, of the kinds that load something, were HTML labels ever
 * on (they are off and locked). Bare words in angle brackets ("copy <source>") stay text.
 */
const LOADING_TAGS = /<\s*(img|image|iframe|frame|object|embed|link|script|style|video|audio|source|picture|track|svg|use|foreignobject|meta|base|input|form|portal)\b[^>]*=/i;
/** Diagram types whose `click` lines are interactions (elsewhere `click` may be a node's text). */
const CLICKABLE = /^(flowchart|flowchart-v2|flowchart-elk|graph|classDiagram|classDiagram-v2|gantt)$/;

export interface MermaidSourceCheck {
  /** What is refused, each with the rule it breaks; empty when the diagram may be drawn. */
  issues: string[];
  /** The source to draw: the diagram with its links removed. */
  source: string;
}

/** A leading `---` … `---` block (mermaid's frontmatter: title and config), or an unclosed one to the end. */
function frontmatter(source: string): string {
  const match = /^\s*---[ \t]*\r?\n([\s\S]*?)(?:\r?\n---[ \t]*(?:\r?\n|$)|$)/.exec(source);
  return match?.[1] ?? '';
}

/** Every `%%{ … }%%` directive, wherever it is (mermaid finds them anywhere), an unclosed one to the end. */
function directives(source: string): string[] {
  return Array.from(source.matchAll(/%%\{([\s\S]*?)(?:\}%%|$)/g), (match) => match[1] ?? '');
}

/** Shape data, `A@{ shape: …, label: … }`, which may span lines. */
function shapeData(source: string): string[] {
  return Array.from(source.matchAll(/@\{([^}]*)\}?/g), (match) => match[1] ?? '');
}

/** The diagram's type keyword: the first word after frontmatter, directives and comments. */
export function diagramType(source: string): string {
  const body = source.replace(/^\s*---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(\r?\n|$)/, '').replace(/%%\{[\s\S]*?\}%%/g, '');
  const line = body.split(/\r?\n/).find((candidate) => candidate.trim() && !candidate.trim().startsWith('%%'));
  return line?.trim().split(/[\s:;]/)[0] ?? '';
}

function refusals(source: string): string[] {
  const issues: string[] = [];
  const config = [frontmatter(source), ...directives(source)];
  const word = config.map((text) => CONFIG_WORDS.exec(text)?.[0]).find(Boolean);
  if (word) issues.push(`config (%%{init}%% or frontmatter) may not contain "${word}": themeCSS, url(), @import, htmlLabels and securityLevel are refused, a render loads nothing`);
  if (shapeData(source).some((data) => /img|\\/i.test(data))) issues.push('image shapes (@{ img: … }) are refused: a render never fetches a URL; draw a shape with a label instead');
  const style = source.split(/\r?\n/).find((line) => /^\s*(style|classDef|linkStyle)\b/.test(line) && STYLE_WORDS.test(line));
  if (style) issues.push(`styles may set colours and strokes, not url(), @import or escapes: "${style.trim().slice(0, 80)}"`);
  const tag = LOADING_TAGS.exec(source);
  if (tag) issues.push(`labels may not contain <${tag[1]}> elements: only text is drawn`);
  return issues;
}

/** `click` lines (flowchart, class, gantt) and `link`/`links` lines (sequence): an image has nothing to click. */
function withoutLinks(source: string): string {
  const type = diagramType(source);
  // In a sequence diagram, "link ->> B: hi" is a message from a participant called link.
  const isLink = CLICKABLE.test(type) ? (line: string) => /^\s*click\s/.test(line) : type === 'sequenceDiagram' ? (line: string) => /^\s*links?\s+[^:]+:/.test(line) && !/--?[>x)]/.test(line) : undefined;
  if (!isLink) return source;
  return source
    .split('\n')
    .filter((line) => !isLink(line))
    .join('\n');
}

/** Checks a mermaid source (see the module comment): refusals become 400s naming `mermaid`. */
export function checkMermaidSource(source: string): MermaidSourceCheck {
  return { issues: refusals(source), source: withoutLinks(source) };
}
