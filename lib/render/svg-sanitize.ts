import { MAX_PICTURE_SVG_DEPTH, MAX_PICTURE_SVG_ELEMENTS } from '@/lib/limits';
import { parseXml, serializeXml, type XmlElement } from './xml-tree';

/**
 * SVG pictures from specs, made inert: parsed strictly (./xml-tree.ts), checked, and written out
 * again from the tree with only drawing elements in it. What loads or runs something outside the
 * picture is refused with the rule it broke; what is merely editor baggage (metadata, Inkscape and
 * Sodipodi elements and attributes, animation) is dropped.
 */
export type SanitizedSvg = { ok: true; svg: string } | { ok: false; message: string };

/** Elements that fetch, embed or run something: a picture with one is refused. */
const REFUSED: Record<string, string> = {
  script: 'scripts',
  foreignObject: 'foreign content',
  image: 'nested images (nothing outside the picture is loaded)',
  feImage: 'filter images (nothing outside the picture is loaded)',
  style: 'style sheets (use presentation attributes or style="…")',
  iframe: 'frames',
  object: 'embedded objects',
  embed: 'embedded objects',
  audio: 'media',
  video: 'media',
  handler: 'event handlers',
  'font-face-uri': 'external fonts',
};

const DRAWING = new Set(
  [
    'svg g defs symbol use switch path rect circle ellipse line polyline polygon text tspan textPath title desc',
    'linearGradient radialGradient stop clipPath mask pattern marker filter',
    'feBlend feColorMatrix feComponentTransfer feComposite feConvolveMatrix feDiffuseLighting feDisplacementMap feDistantLight',
    'feDropShadow feFlood feFuncA feFuncB feFuncG feFuncR feGaussianBlur feMerge feMergeNode feMorphology feOffset',
    'fePointLight feSpecularLighting feSpotLight feTile feTurbulence',
  ]
    .join(' ')
    .split(' '),
);

class Refused extends Error {}

/** A `url(…)` anywhere in a value must point inside the picture (`url(#id)`). */
function checkValue(element: string, name: string, value: string) {
  for (const match of value.matchAll(/url\s*\(\s*(['"]?)\s*([^)'"]*)/gi)) {
    if (!(match[2] ?? '').startsWith('#')) throw new Refused(`<${element} ${name}> refers to "${(match[2] ?? '').slice(0, 60)}" outside the picture (only url(#id) is allowed)`);
  }
  if (name === 'style' && /@import|expression\s*\(|\\/i.test(value)) throw new Refused(`<${element} style> uses @import, expression() or CSS escapes`);
}

/** The attributes kept on an element: no namespaces but xlink:href (as href), no event handlers, local hrefs only. */
function cleanAttributes(element: XmlElement): [string, string][] {
  const kept: [string, string][] = [];
  for (const [rawName, value] of element.attributes) {
    const name = rawName === 'xlink:href' ? 'href' : rawName;
    if (name.includes(':') || name.startsWith('xmlns') || /^on/i.test(name)) continue;
    // <a> draws as a group; its link goes.
    if (element.name === 'a' && name === 'href') continue;
    if (name === 'href') {
      if (!value.trim().startsWith('#')) throw new Refused(`<${element.name}> links to "${value.slice(0, 60)}" (only #id inside the picture is allowed)`);
      if (kept.some(([existing]) => existing === 'href')) continue;
    }
    checkValue(element.name, name, value);
    kept.push([name, value]);
  }
  return kept;
}

/** A copy of the tree with only drawing elements; throws Refused at the first thing that loads or runs. */
function clean(root: XmlElement): XmlElement {
  const copy: XmlElement = { name: 'svg', attributes: [['xmlns', 'http://www.w3.org/2000/svg'], ...cleanAttributes(root)], children: [] };
  const work: [XmlElement, XmlElement][] = [[root, copy]];
  while (work.length > 0) {
    const [source, target] = work.pop() as [XmlElement, XmlElement];
    for (const child of source.children) {
      if (typeof child === 'string') {
        target.children.push(child);
        continue;
      }
      const refused = REFUSED[child.name.replace(/^svg:/, '')];
      if (refused) throw new Refused(`contains <${child.name}>: SVG pictures may not have ${refused}`);
      const name = child.name === 'a' ? 'g' : child.name;
      if (!DRAWING.has(name)) continue;
      const next: XmlElement = { name, attributes: cleanAttributes(child), children: [] };
      target.children.push(next);
      work.push([child, next]);
    }
  }
  return copy;
}

const hrefOf = (element: XmlElement) => element.attributes.find(([name]) => name === 'href')?.[1].trim().slice(1);

/**
 * `<use>` may point only at an element with no `<use>` inside (no chains, no cycles), and the picture
 * counted with every `<use>` expanded stays within MAX_PICTURE_SVG_ELEMENTS: no billion laughs.
 */
function checkUses(root: XmlElement) {
  const ids = new Map<string, XmlElement>();
  const sizes = new Map<XmlElement, { elements: number; uses: number }>();
  const order: XmlElement[] = [];
  const work: XmlElement[] = [root];
  while (work.length > 0) {
    const element = work.pop() as XmlElement;
    order.push(element);
    const id = element.attributes.find(([name]) => name === 'id')?.[1];
    if (id !== undefined && !ids.has(id)) ids.set(id, element);
    for (const child of element.children) if (typeof child !== 'string') work.push(child);
  }
  // Children come after their parent in `order`: sizes fill bottom-up.
  for (const element of order.reverse()) {
    const own = { elements: 1, uses: element.name === 'use' ? 1 : 0 };
    for (const child of element.children) {
      if (typeof child === 'string') continue;
      const size = sizes.get(child) as { elements: number; uses: number };
      own.elements += size.elements;
      own.uses += size.uses;
    }
    sizes.set(element, own);
  }
  let expanded = sizes.get(root)?.elements ?? 0;
  for (const element of order) {
    if (element.name !== 'use') continue;
    const target = ids.get(hrefOf(element) ?? '');
    if (!target) continue;
    const size = sizes.get(target) as { elements: number; uses: number };
    if (size.uses > 0) throw new Refused(`has a <use> of "#${hrefOf(element)}", which holds a <use> itself (no chains of <use>)`);
    expanded += size.elements;
    if (expanded > MAX_PICTURE_SVG_ELEMENTS) throw new Refused(`has more than ${MAX_PICTURE_SVG_ELEMENTS} elements once its <use> references are expanded (MAX_PICTURE_SVG_ELEMENTS)`);
  }
}

/** An SVG picture's text → the same drawing written out with drawing elements only, or the rule it broke. */
export function sanitizeSvg(source: string): SanitizedSvg {
  const parsed = parseXml(source, { maxElements: MAX_PICTURE_SVG_ELEMENTS, maxDepth: MAX_PICTURE_SVG_DEPTH });
  if (!parsed.ok) {
    const message = parsed.message.replace(/more than (\d+) elements$/, 'more than $1 elements (MAX_PICTURE_SVG_ELEMENTS)').replace(/deep$/, 'deep (MAX_PICTURE_SVG_DEPTH)');
    return { ok: false, message: `SVG ${message}` };
  }
  if (parsed.root.name !== 'svg') return { ok: false, message: `SVG root element is <${parsed.root.name}>, not <svg>` };
  try {
    const cleaned = clean(parsed.root);
    checkUses(cleaned);
    return { ok: true, svg: serializeXml(cleaned) };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, message: `SVG ${error.message}` };
    throw error;
  }
}
