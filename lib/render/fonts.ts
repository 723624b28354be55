import { readFileSync } from 'node:fs';
import type { Font } from 'satori';
import { packageFile } from './assets';
import { woffToSfnt } from './woff';

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
  const unicodeJson = packageFile(family.packageName, 'unicode.json');
  const table = JSON.parse(readFileSync(unicodeJson, 'utf8')) as Record<string, string>;
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

const covers = (subset: Subset, codePoint: number) =>
  subset.ranges.some(([from, to]) => codePoint >= from && codePoint <= to);

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

/** Code points that colour emoji or invisible joiners cover; they never pull in a font. */
const NOT_FONT_TEXT = /[\p{Extended_Pictographic}\u200d\ufe0e\ufe0f\u{1f3fb}-\u{1f3ff}\u{e0020}-\u{e007f}\s]/u;

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
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (codePoint < 0x80 || seen.has(codePoint) || NOT_FONT_TEXT.test(char)) continue;
    seen.add(codePoint);
    const subset = latin.find((candidate) => covers(candidate, codePoint)) ?? findCjk(order, codePoint);
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

/** The subset that draws `codePoint` (handwriting if asked, Latin, then CJK in locale order), if any. */
export function subsetFor(codePoint: number, locale?: string, hand = false): Subset | undefined {
  const handwritten = hand && codePoint !== 0x20 ? subsets(HAND).find((candidate) => covers(candidate, codePoint)) : undefined;
  return handwritten ?? subsets(LATIN).find((candidate) => covers(candidate, codePoint)) ?? findCjk(cjkOrder(locale).map((id) => CJK[id]), codePoint);
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
  return subset.family === LATIN ? -1 : order.indexOf(subset.family);
}

function familyName(subset: Subset): string {
  return `${subset.family.id}-${subset.key.replace(/[[\]]/g, '')}`;
}
