/**
 * A strict, small XML reader for SVG pictures: elements, attributes, text, comments, CDATA and
 * processing instructions. It never expands entities (only the five predefined ones and character
 * references), refuses a DOCTYPE with an internal subset, and builds its tree with an explicit stack
 * (no recursion), stopping at `maxElements` / `maxDepth`. Whatever it does not understand is an error,
 * and callers re-serialise the tree rather than pass the original text on, so nothing this reader
 * misread can reach a renderer.
 */

export interface XmlElement {
  name: string;
  attributes: [string, string][];
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

export type XmlResult = { ok: true; root: XmlElement; elements: number } | { ok: false; message: string };

const NAME = /[A-Za-z_:][A-Za-z0-9_.:-]*/y;
const ATTRIBUTE = /\s+([A-Za-z_:][A-Za-z0-9_.:-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

class XmlError extends Error {}

/** Text with `&…;` references decoded; any other entity is refused (nothing is ever expanded). */
function decodeReferences(text: string): string {
  return text.replace(/&([^;&\s]{0,12});?/g, (whole, name: string) => {
    if (!whole.endsWith(';')) throw new XmlError('has a bare "&" (not well-formed XML)');
    if (name in PREDEFINED) return PREDEFINED[name] as string;
    const code = /^#x([0-9a-fA-F]{1,6})$/.exec(name) ? Number.parseInt(name.slice(2), 16) : /^#([0-9]{1,7})$/.exec(name) ? Number(name.slice(1)) : undefined;
    if (code === undefined) throw new XmlError(`uses the entity &${name}; (entities are never expanded)`);
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) throw new XmlError(`has an invalid character reference &${name};`);
    return String.fromCodePoint(code);
  });
}

function skipPast(source: string, from: number, end: string, what: string): number {
  const at = source.indexOf(end, from);
  if (at === -1) throw new XmlError(`has an unterminated ${what} (not well-formed XML)`);
  return at + end.length;
}

/** Parses `source` into one root element, or says which XML rule or cap it broke. */
export function parseXml(source: string, limits: { maxElements: number; maxDepth: number }): XmlResult {
  try {
    return parse(source, limits);
  } catch (error) {
    if (error instanceof XmlError) return { ok: false, message: error.message };
    throw error;
  }
}

function parse(source: string, limits: { maxElements: number; maxDepth: number }): XmlResult {
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let elements = 0;
  let index = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (index < source.length) {
    const open = source.indexOf('<', index);
    const text = source.slice(index, open === -1 ? source.length : open);
    if (text.length > 0) {
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(decodeReferences(text));
      else if (text.trim().length > 0) throw new XmlError('has text outside its root element (not an SVG document)');
    }
    if (open === -1) break;
    if (source.startsWith('<!--', open)) index = skipPast(source, open + 4, '-->', 'comment');
    else if (source.startsWith('<?', open)) index = skipPast(source, open + 2, '?>', 'processing instruction');
    else if (source.startsWith('<![CDATA[', open)) {
      const end = skipPast(source, open + 9, ']]>', 'CDATA section');
      const parent = stack[stack.length - 1];
      if (!parent) throw new XmlError('has a CDATA section outside its root element');
      parent.children.push(source.slice(open + 9, end - 3));
      index = end;
    } else if (source.startsWith('<!DOCTYPE', open)) {
      if (root || stack.length > 0) throw new XmlError('has a DOCTYPE after its root element');
      const end = skipPast(source, open, '>', 'DOCTYPE');
      if (source.slice(open, end).includes('[')) throw new XmlError('declares entities or a DTD subset in its DOCTYPE (refused: entity expansion)');
      index = end;
    } else if (source.startsWith('<!', open)) {
      throw new XmlError(`has a declaration "${source.slice(open, open + 12)}…" (refused: only elements, text and comments)`);
    } else if (source.startsWith('</', open)) {
      NAME.lastIndex = open + 2;
      const name = NAME.exec(source)?.[0];
      const element = stack.pop();
      if (!name || !element || element.name !== name) throw new XmlError(`closes <${name ?? '?'}> that is not open (not well-formed XML)`);
      const close = /\s*>/y;
      close.lastIndex = open + 2 + name.length;
      if (!close.exec(source)) throw new XmlError(`has a malformed closing tag </${name}>`);
      index = close.lastIndex;
    } else {
      const element = readStartTag(source, open);
      elements += 1;
      if (elements > limits.maxElements) throw new XmlError(`has more than ${limits.maxElements} elements`);
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(element.element);
      else if (root) throw new XmlError('has more than one root element');
      else root = element.element;
      if (!element.selfClosing) {
        stack.push(element.element);
        if (stack.length > limits.maxDepth) throw new XmlError(`nests elements more than ${limits.maxDepth} deep`);
      }
      index = element.end;
    }
  }
  const unclosed = stack[stack.length - 1];
  if (unclosed) throw new XmlError(`never closes <${unclosed.name}> (truncated or not well-formed XML)`);
  if (!root) throw new XmlError('has no root element (not an SVG document)');
  return { ok: true, root, elements };
}

function readStartTag(source: string, open: number): { element: XmlElement; selfClosing: boolean; end: number } {
  NAME.lastIndex = open + 1;
  const name = NAME.exec(source)?.[0];
  if (!name) throw new XmlError(`has a "<" that starts no element (not well-formed XML)`);
  const attributes: [string, string][] = [];
  let at = open + 1 + name.length;
  for (;;) {
    ATTRIBUTE.lastIndex = at;
    const match = ATTRIBUTE.exec(source);
    if (!match) break;
    const attributeName = match[1] as string;
    if (attributes.some(([existing]) => existing === attributeName)) throw new XmlError(`repeats the attribute ${attributeName} on <${name}> (not well-formed XML)`);
    attributes.push([attributeName, decodeReferences(match[2] ?? match[3] ?? '')]);
    at = ATTRIBUTE.lastIndex;
  }
  const close = /\s*(\/?)>/y;
  close.lastIndex = at;
  const end = close.exec(source);
  if (!end) throw new XmlError(`has a malformed tag <${name}> (not well-formed XML)`);
  return { element: { name, attributes, children: [] }, selfClosing: end[1] === '/', end: close.lastIndex };
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');

/** The tree as XML text (iterative, every value escaped). */
export function serializeXml(root: XmlElement): string {
  const out: string[] = [];
  const work: (XmlNode | { close: string })[] = [root];
  while (work.length > 0) {
    const node = work.pop() as XmlNode | { close: string };
    if (typeof node === 'string') out.push(escapeText(node));
    else if ('close' in node) out.push(`</${node.close}>`);
    else {
      const attributes = node.attributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
      if (node.children.length === 0) out.push(`<${node.name}${attributes}/>`);
      else {
        out.push(`<${node.name}${attributes}>`);
        work.push({ close: node.name });
        for (let child = node.children.length - 1; child >= 0; child -= 1) work.push(node.children[child] as XmlNode);
      }
    }
  }
  return out.join('');
}
