import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import type { Font } from 'satori';
import { packageFile } from './assets';
import { woffToSfnt } from './woff';
import { emojiSvg, graphemes } from './emoji';

/**
 * Fonts come from @fontsource packages as unicode-range WOFF subsets. For each render we load
 * only the subsets that cover the characters the spec uses, once per process, and hand satori
 * the same array object for the same set so its parsed-font cache hits.
 */

export type Weight = 400 | 500 | 600 | 700 | 800;
interface Family {
  id: string;
  packageName: string;
  weights: readonly Weight[];
  /** Subset keys from the package's unicode.json that this family serves. */
  useSubset: (key: string) => boolean;
  /** File stem for a subset key, e.g. "[12]" → "noto-sans-tc-12". */
  fileStem: (key: string) => string;
  /** Subset table to use instead of the package's unicode.json (a font shipped as one file). */
  table?: Record<string, string>;
}

const UI_WEIGHTS = [400, 500, 600, 700, 800] as const;
const CJK_WEIGHTS = [400, 700] as const;

const numbered = (key: string) => /^\[\d+\]$/.test(key);
const cjkFamily = (id: string, slug: string): Family => ({
  id,
  packageName: `@fontsource/${slug}`,
  weights: CJK_WEIGHTS,
  useSubset: numbered,
  fileStem: (key) => `${slug}-${key.slice(1, -1)}`,
});

const LATIN: Family = {
  id: 'inter',
  packageName: '@fontsource/inter',
  weights: UI_WEIGHTS,
  useSubset: () => true,
  fileStem: (key) => `inter-${key}`,
};

/** Handwriting for whiteboards (Latin and Cyrillic); everything else falls back to Inter and CJK. */
const HAND: Family = {
  id: 'hand',
  packageName: '@fontsource/caveat',
  weights: [400, 700],
  useSubset: () => true,
  fileStem: (key) => `caveat-${key}`,
};

/**
 * The last resort: UnifontEX (OFL-1.1), one outline font with a glyph for nearly every BMP code
 * point (65,436 of them) and some beyond. Only texts that Inter and the CJK subsets cannot draw
 * load it (3.3 MB WOFF, parsed once per process), so a character is drawn, however plainly,
 * rather than as .notdef.
 */
const LAST_RESORT: Family = {
  id: 'unifont',
  packageName: '@fontsource/unifontex',
  weights: [400],
  useSubset: () => true,
  fileStem: (key) => `unifontex-${key}`,
  table: { latin: 'U+0000-10FFFF' },
};

/** CJK families by id; the order for Han characters depends on the locale. */
const CJK = {
  tc: cjkFamily('tc', 'noto-sans-tc'),
  sc: cjkFamily('sc', 'noto-sans-sc'),
  jp: cjkFamily('jp', 'noto-sans-jp'),
  kr: cjkFamily('kr', 'noto-sans-kr'),
} as const;
type CjkId = keyof typeof CJK;

/** Which CJK family draws shared Han characters first, by BCP 47 locale. Default: Traditional Chinese. */
export function cjkOrder(locale: string | undefined): CjkId[] {
  const tag = (locale ?? '').toLowerCase();
  let first: CjkId = 'tc';
  if (tag.startsWith('ja')) first = 'jp';
  else if (tag.startsWith('ko')) first = 'kr';
  else if (tag === 'zh-cn' || tag === 'zh-sg' || tag.startsWith('zh-hans')) first = 'sc';
  else if (tag === 'zh' ) first = 'sc';
  return [first, ...(['tc', 'sc', 'jp', 'kr'] as const).filter((id) => id !== first)];
}

export interface Subset {
  family: Family;
  key: string;
  ranges: [number, number][];
}

const subsetsByFamily = new Map<string, Subset[]>();

function subsets(family: Family): Subset[] {
  let list = subsetsByFamily.get(family.id);
  if (list) return list;
  const table = family.table ?? (JSON.parse(readFileSync(packageFile(family.packageName, 'unicode.json'), 'utf8')) as Record<string, string>);
  list = Object.entries(table)
    .filter(([key]) => family.useSubset(key))
    .map(([key, value]) => ({ family, key, ranges: parseRanges(value) }));
  subsetsByFamily.set(family.id, list);
  return list;
}

function parseRanges(value: string): [number, number][] {
  return value.split(',').map((part) => {
    const [start, end] = part.trim().replace(/^U\+/i, '').split('-');
    const from = Number.parseInt(start ?? '0', 16);
    return [from, end ? Number.parseInt(end, 16) : from];
  });
}

const inRange = (subset: Subset, codePoint: number) => subset.ranges.some(([from, to]) => codePoint >= from && codePoint <= to);

const cmaps = new Map<Subset, fontkit.Font>();

/**
 * Whether the subset really has a glyph for the code point. A subset's unicode-range is a promise
 * its cmap does not always keep (noto-sans-tc's range holds 乭 and 🍎, its font draws .notdef),
 * so a range hit is confirmed in the font itself.
 */
function covers(subset: Subset, codePoint: number): boolean {
  if (!inRange(subset, codePoint)) return false;
  let face = cmaps.get(subset);
  if (!face) {
    face = fontkit.create(fontFile(subset, subset.family.weights[0] ?? 400, 'ttf')) as fontkit.Font;
    cmaps.set(subset, face);
  }
  return face.hasGlyphForCodePoint(codePoint);
}

const fileCache = new Map<string, Buffer>();

/** A subset's font file: WOFF for satori, or the TTF inside it for fontkit/pdfkit (see woff.ts). */
export function fontFile(subset: Subset, weight: Weight, format: 'woff' | 'ttf' = 'woff'): Buffer {
  const stem = subset.family.fileStem(subset.key);
  const file = packageFile(subset.family.packageName, 'files', `${stem}-${weight}-normal.woff`);
  const key = `${file}:${format}`;
  let data = fileCache.get(key);
  if (!data) {
    const woff = fileCache.get(`${file}:woff`) ?? readFileSync(file);
    fileCache.set(`${file}:woff`, woff);
    data = format === 'ttf' ? woffToSfnt(woff) : woff;
    fileCache.set(key, data);
  }
  return data;
}

/** Invisible characters (joiners, variation selectors, tags) and spaces: never drawn, never missing. */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\s]/u;

/** Each character of `text` that a font must draw: emoji Twemoji draws and invisible ones are skipped. */
function fontCharacters(text: string): string[] {
  const result: string[] = [];
  for (const grapheme of graphemes(text)) {
    if (emojiSvg(grapheme)) continue;
    for (const char of grapheme) if (!INVISIBLE.test(char)) result.push(char);
  }
  return result;
}

export interface FontPlan {
  fonts: Font[];
  /** CSS font-family list naming every loaded subset in fallback order. */
  fontFamily: string;
  /** Characters no bundled font covers (they would draw as empty boxes). */
  uncovered: string[];
}

const planCache = new Map<string, FontPlan>();
const MAX_CACHED_PLANS = 64;

/** The fonts satori needs for `text` in `locale`, loaded lazily and cached by subset set. */
export function planFonts(text: string, locale?: string): FontPlan {
  const chosen = new Set<Subset>();
  const latin = subsets(LATIN);
  const base = latin.find((subset) => subset.key === 'latin');
  if (base) chosen.add(base);
  const order = cjkOrder(locale).map((id) => CJK[id]);
  const seen = new Set<number>();
  const uncovered: string[] = [];
  for (const char of fontCharacters(text)) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (codePoint < 0x80 || seen.has(codePoint)) continue;
    seen.add(codePoint);
    const subset = fallbackChain(codePoint, order);
    if (subset) chosen.add(subset);
    else uncovered.push(char);
  }
  const ordered = [...chosen].sort((a, b) => rank(a, order) - rank(b, order) || a.key.localeCompare(b.key));
  const key = `${locale ?? ''}|${ordered.map((subset) => `${subset.family.id}:${subset.key}`).join(',')}`;
  const cached = planCache.get(key);
  if (cached) return { ...cached, uncovered };
  const fonts: Font[] = ordered.flatMap((subset) =>
    subset.family.weights.map((weight) => ({ name: familyName(subset), data: fontFile(subset, weight), weight, style: 'normal' as const })),
  );
  const plan: FontPlan = { fonts, fontFamily: ordered.map(familyName).join(', '), uncovered };
  if (planCache.size >= MAX_CACHED_PLANS) planCache.delete(planCache.keys().next().value ?? '');
  planCache.set(key, plan);
  return plan;
}

/**
 * Characters of `text` that neither Twemoji nor any font in the chain draws (each once, in order).
 * Renders drop them rather than draw .notdef; the layout critic reports them as `missing-glyph`.
 */
export function missingGlyphs(text: string, locale?: string): string[] {
  const order = cjkOrder(locale).map((id) => CJK[id]);
  const missing = new Set<string>();
  for (const char of fontCharacters(text)) if (!fallbackChain(char.codePointAt(0) ?? 0, order)) missing.add(char);
  return [...missing];
}

/** The one fallback chain every text path uses: Latin → CJK in locale order → the last resort. */
function fallbackChain(codePoint: number, order: Family[]): Subset | undefined {
  return subsets(LATIN).find((candidate) => covers(candidate, codePoint)) ?? findCjk(order, codePoint) ?? subsets(LAST_RESORT).find((candidate) => covers(candidate, codePoint));
}

/** Whether handwriting (Caveat) has a glyph for the code point. */
export const handCovers = (codePoint: number) => subsets(HAND).some((candidate) => covers(candidate, codePoint));

/** The subset that draws `codePoint` (handwriting if asked, then the fallback chain), if any font has it. */
export function subsetFor(codePoint: number, locale?: string, hand = false): Subset | undefined {
  const handwritten = hand && codePoint !== 0x20 ? subsets(HAND).find((candidate) => covers(candidate, codePoint)) : undefined;
  return handwritten ?? fallbackChain(codePoint, cjkOrder(locale).map((id) => CJK[id]));
}

/** The closest weight a subset's family ships. */
export function nearestWeight(subset: Subset, weight: number): Weight {
  return subset.family.weights.reduce((best, candidate) => (Math.abs(candidate - weight) < Math.abs(best - weight) ? candidate : best));
}

const HANGUL = (codePoint: number) => (codePoint >= 0xac00 && codePoint <= 0xd7af) || (codePoint >= 0x1100 && codePoint <= 0x11ff) || (codePoint >= 0x3130 && codePoint <= 0x318f);
const KANA = (codePoint: number) => (codePoint >= 0x3040 && codePoint <= 0x30ff) || (codePoint >= 0x31f0 && codePoint <= 0x31ff);

function findCjk(order: Family[], codePoint: number): Subset | undefined {
  // Hangul and kana are drawn by the Korean and Japanese fonts whatever the locale; Han follows the locale.
  const own = HANGUL(codePoint) ? CJK.kr : KANA(codePoint) ? CJK.jp : undefined;
  for (const family of own ? [own, ...order.filter((candidate) => candidate !== own)] : order) {
    const hit = subsets(family).find((candidate) => covers(candidate, codePoint));
    if (hit) return hit;
  }
  return undefined;
}

function rank(subset: Subset, order: Family[]): number {
  if (subset.family === LATIN) return -1;
  return subset.family === LAST_RESORT ? order.length : order.indexOf(subset.family);
}

function familyName(subset: Subset): string {
  return `${subset.family.id}-${subset.key.replace(/[[\]]/g, '')}`;
}
