/**
 * The few fixed words renderers draw themselves ("Source:", "Pros", "Cons", "Count"), in the
 * spec's language: its `locale`, or without one the script of its title (kana → Japanese, Hangul →
 * Korean, Han → Traditional Chinese, as the CJK font order defaults; see `inferLocale`).
 */

export type WordLocale = 'en' | 'zh-Hans' | 'zh-Hant' | 'ja' | 'ko' | 'es' | 'fr' | 'de';

export interface FixedWords {
  /** A source line under a chart or infographic: "Source: Eurostat". */
  source: (source: string) => string;
  pros: string;
  cons: string;
  /** A histogram's count axis. */
  count: string;
}

const WORDS: Record<WordLocale, FixedWords> = {
  en: { source: (source) => `Source: ${source}`, pros: 'Pros', cons: 'Cons', count: 'Count' },
  'zh-Hans': { source: (source) => `来源：${source}`, pros: '优点', cons: '缺点', count: '数量' },
  'zh-Hant': { source: (source) => `來源：${source}`, pros: '優點', cons: '缺點', count: '數量' },
  ja: { source: (source) => `出典：${source}`, pros: 'メリット', cons: 'デメリット', count: '件数' },
  ko: { source: (source) => `출처: ${source}`, pros: '장점', cons: '단점', count: '개수' },
  es: { source: (source) => `Fuente: ${source}`, pros: 'Ventajas', cons: 'Desventajas', count: 'Recuento' },
  // French sets a (narrow no-break) space before the colon.
  fr: { source: (source) => `Source\u202f: ${source}`, pros: 'Avantages', cons: 'Inconvénients', count: 'Nombre' },
  de: { source: (source) => `Quelle: ${source}`, pros: 'Vorteile', cons: 'Nachteile', count: 'Anzahl' },
};

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /\p{Script=Hangul}/u;
const HAN = /\p{Script=Han}/u;

/** The language of a spec without a `locale`, from the script of `sample` (its title); undefined: English. */
export function inferLocale(sample: string): string | undefined {
  if (KANA.test(sample)) return 'ja';
  if (HANGUL.test(sample)) return 'ko';
  if (HAN.test(sample)) return 'zh-Hant';
  return undefined;
}

/** Which table a BCP 47 tag reads from (English for languages without one). */
export function wordLocale(locale: string | undefined): WordLocale {
  const [language = '', ...rest] = (locale ?? '').toLowerCase().split('-');
  if (language === 'zh') return rest.some((part) => ['hant', 'tw', 'hk', 'mo'].includes(part)) ? 'zh-Hant' : 'zh-Hans';
  if (language === 'ja' || language === 'ko' || language === 'es' || language === 'fr' || language === 'de') return language;
  return 'en';
}

/** The fixed words for `locale` (RenderContext.locale: the spec's, or the one its title's script implies). */
export function fixedWords(locale: string | undefined): FixedWords {
  return WORDS[wordLocale(locale)];
}
