import { fixedWords, inferLocale, wordLocale, type WordLocale } from '@/lib/render/words';
import type { ChartType } from '@/lib/targets/chart/schema';

/**
 * The fixed words of alt text (each target's alt.ts) in the spec's language, from the same tables
 * and the same choice of language as the words renderers draw (lib/render/words.ts): its `locale`,
 * or the script of its title. Sentences end in "。" in Chinese and Japanese.
 */
export interface AltWords {
  /** Ends a sentence: "." or "。". */
  stop: string;
  /** Between a name and what follows it: ": " or "：". */
  colon: string;
  /** Between list items: "; " or "；". */
  list: string;
  /** Before a parenthesis: " (" or "（". */
  open: string;
  close: string;
  source: (source: string) => string;
  chart: {
    types: Record<ChartType, string>;
    /** "Bar chart of Month versus Sales". */
    of: (type: string, x: string, y: string) => string;
    vegaLite: (mark: string, rows: number | undefined) => string;
    rows: (count: number) => string;
    summary: (count: number, min: string, max: string, trend: 'rising' | 'falling' | 'flat', first: string, last: string) => string;
  };
  infographic: { title: (title: string) => string; step: (index: number, title: string) => string; versus: (left: string, right: string) => string; funnel: string; pyramid: string; quote: string; tones: Record<'info' | 'success' | 'warning' | 'danger', string>; pros: string; cons: string };
  slides: { deck: (title: string) => string; slide: (index: number) => string; left: string; right: string; quote: string; table: (columns: string) => string; visual: string; diagram: string; chart: string };
  whiteboard: { mermaid: (type: string, title: string) => string; board: (title: string) => string; shapes: string; groups: string; empty: string; connections: string; notes: string };
}

const CHART_EN: Record<ChartType, string> = { bar: 'Bar chart', 'horizontal-bar': 'Horizontal bar chart', 'grouped-bar': 'Grouped bar chart', 'stacked-bar': 'Stacked bar chart', line: 'Line chart', 'multi-line': 'Line chart with several series', area: 'Area chart', 'stacked-area': 'Stacked area chart', pie: 'Pie chart', donut: 'Donut chart', scatter: 'Scatter plot', bubble: 'Bubble chart', histogram: 'Histogram', heatmap: 'Heatmap', combo: 'Bar and line chart' };
const CHART_ZH_HANS: Record<ChartType, string> = { bar: '柱状图', 'horizontal-bar': '条形图', 'grouped-bar': '分组柱状图', 'stacked-bar': '堆叠柱状图', line: '折线图', 'multi-line': '多系列折线图', area: '面积图', 'stacked-area': '堆叠面积图', pie: '饼图', donut: '环形图', scatter: '散点图', bubble: '气泡图', histogram: '直方图', heatmap: '热力图', combo: '柱线组合图' };
const CHART_ZH_HANT: Record<ChartType, string> = { bar: '長條圖', 'horizontal-bar': '橫條圖', 'grouped-bar': '分組長條圖', 'stacked-bar': '堆疊長條圖', line: '折線圖', 'multi-line': '多系列折線圖', area: '面積圖', 'stacked-area': '堆疊面積圖', pie: '圓餅圖', donut: '環圈圖', scatter: '散佈圖', bubble: '泡泡圖', histogram: '直方圖', heatmap: '熱度圖', combo: '長條折線組合圖' };
const CHART_JA: Record<ChartType, string> = { bar: '棒グラフ', 'horizontal-bar': '横棒グラフ', 'grouped-bar': '集合棒グラフ', 'stacked-bar': '積み上げ棒グラフ', line: '折れ線グラフ', 'multi-line': '複数系列の折れ線グラフ', area: '面グラフ', 'stacked-area': '積み上げ面グラフ', pie: '円グラフ', donut: 'ドーナツグラフ', scatter: '散布図', bubble: 'バブルチャート', histogram: 'ヒストグラム', heatmap: 'ヒートマップ', combo: '棒と折れ線の複合グラフ' };
const CHART_KO: Record<ChartType, string> = { bar: '막대 차트', 'horizontal-bar': '가로 막대 차트', 'grouped-bar': '묶은 막대 차트', 'stacked-bar': '누적 막대 차트', line: '선 차트', 'multi-line': '여러 계열 선 차트', area: '영역 차트', 'stacked-area': '누적 영역 차트', pie: '원형 차트', donut: '도넛 차트', scatter: '분산형 차트', bubble: '거품형 차트', histogram: '히스토그램', heatmap: '히트맵', combo: '막대 및 선 혼합 차트' };
const CHART_ES: Record<ChartType, string> = { bar: 'Gráfico de barras', 'horizontal-bar': 'Gráfico de barras horizontales', 'grouped-bar': 'Gráfico de barras agrupadas', 'stacked-bar': 'Gráfico de barras apiladas', line: 'Gráfico de líneas', 'multi-line': 'Gráfico de líneas con varias series', area: 'Gráfico de áreas', 'stacked-area': 'Gráfico de áreas apiladas', pie: 'Gráfico circular', donut: 'Gráfico de anillo', scatter: 'Diagrama de dispersión', bubble: 'Gráfico de burbujas', histogram: 'Histograma', heatmap: 'Mapa de calor', combo: 'Gráfico de barras y líneas' };
const CHART_FR: Record<ChartType, string> = { bar: 'Graphique à barres', 'horizontal-bar': 'Graphique à barres horizontales', 'grouped-bar': 'Graphique à barres groupées', 'stacked-bar': 'Graphique à barres empilées', line: 'Graphique linéaire', 'multi-line': 'Graphique linéaire à plusieurs séries', area: 'Graphique en aires', 'stacked-area': 'Graphique en aires empilées', pie: 'Graphique circulaire', donut: 'Graphique en anneau', scatter: 'Nuage de points', bubble: 'Graphique à bulles', histogram: 'Histogramme', heatmap: 'Carte de chaleur', combo: 'Graphique à barres et lignes' };
const CHART_DE: Record<ChartType, string> = { bar: 'Säulendiagramm', 'horizontal-bar': 'Balkendiagramm', 'grouped-bar': 'Gruppiertes Säulendiagramm', 'stacked-bar': 'Gestapeltes Säulendiagramm', line: 'Liniendiagramm', 'multi-line': 'Liniendiagramm mit mehreren Reihen', area: 'Flächendiagramm', 'stacked-area': 'Gestapeltes Flächendiagramm', pie: 'Kreisdiagramm', donut: 'Ringdiagramm', scatter: 'Streudiagramm', bubble: 'Blasendiagramm', histogram: 'Histogramm', heatmap: 'Heatmap', combo: 'Säulen- und Liniendiagramm' };

/** Punctuation of the Latin-script and Korean tables, and of the Chinese and Japanese ones. */
const LATIN = { stop: '.', colon: ': ', list: '; ', open: ' (', close: ')' };
const CJK = { stop: '。', colon: '：', list: '；', open: '（', close: '）' };

const english: AltWords = {
  ...LATIN,
  source: fixedWords('en').source,
  chart: {
    types: CHART_EN,
    of: (type, x, y) => `${type} of ${x} versus ${y}`,
    vegaLite: (mark, rows) => `Chart (Vega-Lite, ${mark} marks)${rows === undefined ? '' : ` of ${rows} data rows`}`,
    rows: (count) => `${count} rows`,
    summary: (count, min, max, trend, first, last) => `${count} rows; minimum ${min}, maximum ${max}; overall ${trend} from ${first} to ${last}`,
  },
  infographic: { title: (title) => `Infographic: ${title}`, step: (index, title) => `Step ${index}, ${title}`, versus: (left, right) => `${left} versus ${right}`, funnel: 'Funnel', pyramid: 'Pyramid', quote: 'Quote', tones: { info: 'Info', success: 'Success', warning: 'Warning', danger: 'Danger' }, pros: 'Pros', cons: 'Cons' },
  slides: { deck: (title) => `Slide deck: ${title}`, slide: (index) => `Slide ${index}`, left: 'Left', right: 'Right', quote: 'Quote', table: (columns) => `Table with columns ${columns}`, visual: 'Visual', diagram: 'diagram', chart: 'chart' },
  whiteboard: { mermaid: (type, title) => `Diagram (mermaid ${type}): ${title}`, board: (title) => `Whiteboard diagram: ${title}`, shapes: 'Shapes', groups: 'Groups', empty: 'empty', connections: 'Connections', notes: 'Notes' },
};

const trendWords: Record<WordLocale, Record<'rising' | 'falling' | 'flat', string>> = {
  en: { rising: 'rising', falling: 'falling', flat: 'flat' },
  'zh-Hans': { rising: '上升', falling: '下降', flat: '持平' },
  'zh-Hant': { rising: '上升', falling: '下降', flat: '持平' },
  ja: { rising: '上昇', falling: '下降', flat: '横ばい' },
  ko: { rising: '상승', falling: '하락', flat: '보합' },
  es: { rising: 'al alza', falling: 'a la baja', flat: 'estable' },
  fr: { rising: 'en hausse', falling: 'en baisse', flat: 'stable' },
  de: { rising: 'steigend', falling: 'fallend', flat: 'gleichbleibend' },
};

function hanWords(locale: 'zh-Hans' | 'zh-Hant', types: Record<ChartType, string>): AltWords {
  const t = locale === 'zh-Hans';
  const trend = trendWords[locale];
  return {
    ...CJK,
    source: fixedWords(locale).source,
    chart: {
      types,
      of: (type, x, y) => `${type}：${x}${t ? '对' : '對'}${y}`,
      vegaLite: (mark, rows) => `${t ? '图表' : '圖表'}（Vega-Lite，${mark}${t ? ' 标记' : ' 標記'}）${rows === undefined ? '' : `，${rows} ${t ? '行数据' : '列資料'}`}`,
      rows: (count) => `${count} ${t ? '行' : '列'}`,
      summary: (count, min, max, direction, first, last) => `${count} ${t ? '行' : '列'}；${t ? '最小值' : '最小值'} ${min}，${t ? '最大值' : '最大值'} ${max}；${t ? '整体' : '整體'}${trend[direction]}，${t ? '从' : '從'} ${first} ${t ? '到' : '到'} ${last}`,
    },
    infographic: { title: (title) => `${t ? '信息图' : '資訊圖表'}：${title}`, step: (index, title) => `${t ? '第' : '第'} ${index} ${t ? '步' : '步'}，${title}`, versus: (left, right) => `${left}${t ? '对比' : '對比'}${right}`, funnel: t ? '漏斗' : '漏斗', pyramid: t ? '金字塔' : '金字塔', quote: t ? '引语' : '引言', tones: t ? { info: '信息', success: '成功', warning: '警告', danger: '危险' } : { info: '資訊', success: '成功', warning: '警告', danger: '危險' }, pros: fixedWords(locale).pros, cons: fixedWords(locale).cons },
    slides: { deck: (title) => `${t ? '幻灯片' : '簡報'}：${title}`, slide: (index) => `${t ? '第' : '第'} ${index} ${t ? '张' : '張'}`, left: t ? '左' : '左', right: t ? '右' : '右', quote: t ? '引语' : '引言', table: (columns) => `${t ? '表格，列为' : '表格，欄位為'} ${columns}`, visual: t ? '图像' : '圖像', diagram: t ? '图示' : '圖示', chart: t ? '图表' : '圖表' },
    whiteboard: { mermaid: (type, title) => `${t ? '图示' : '圖示'}（mermaid ${type}）：${title}`, board: (title) => `${t ? '白板图' : '白板圖'}：${title}`, shapes: t ? '图形' : '圖形', groups: t ? '分组' : '分組', empty: t ? '空' : '空', connections: t ? '连接' : '連接', notes: t ? '便签' : '便利貼' },
  };
}

const TABLES: Record<WordLocale, AltWords> = {
  en: english,
  'zh-Hans': hanWords('zh-Hans', CHART_ZH_HANS),
  'zh-Hant': hanWords('zh-Hant', CHART_ZH_HANT),
  ja: {
    ...CJK,
    source: fixedWords('ja').source,
    chart: {
      types: CHART_JA,
      of: (type, x, y) => `${type}：${x}と${y}`,
      vegaLite: (mark, rows) => `グラフ（Vega-Lite、${mark} マーク）${rows === undefined ? '' : `、${rows} 行のデータ`}`,
      rows: (count) => `${count} 行`,
      summary: (count, min, max, trend, first, last) => `${count} 行；最小 ${min}、最大 ${max}；全体として${trendWords.ja[trend]}（${first} から ${last}）`,
    },
    infographic: { title: (title) => `インフォグラフィック：${title}`, step: (index, title) => `ステップ ${index}、${title}`, versus: (left, right) => `${left}と${right}の比較`, funnel: 'ファネル', pyramid: 'ピラミッド', quote: '引用', tones: { info: '情報', success: '成功', warning: '注意', danger: '警告' }, pros: fixedWords('ja').pros, cons: fixedWords('ja').cons },
    slides: { deck: (title) => `スライド：${title}`, slide: (index) => `スライド ${index}`, left: '左', right: '右', quote: '引用', table: (columns) => `表（列：${columns}）`, visual: 'ビジュアル', diagram: '図', chart: 'グラフ' },
    whiteboard: { mermaid: (type, title) => `図（mermaid ${type}）：${title}`, board: (title) => `ホワイトボード図：${title}`, shapes: '図形', groups: 'グループ', empty: '空', connections: 'つながり', notes: 'メモ' },
  },
  ko: {
    ...LATIN,
    source: fixedWords('ko').source,
    chart: {
      types: CHART_KO,
      of: (type, x, y) => `${type}: ${x} 대비 ${y}`,
      vegaLite: (mark, rows) => `차트 (Vega-Lite, ${mark} 마크)${rows === undefined ? '' : `, 데이터 ${rows}행`}`,
      rows: (count) => `${count}행`,
      summary: (count, min, max, trend, first, last) => `${count}행; 최솟값 ${min}, 최댓값 ${max}; 전체적으로 ${trendWords.ko[trend]} (${first}에서 ${last}까지)`,
    },
    infographic: { title: (title) => `인포그래픽: ${title}`, step: (index, title) => `${index}단계, ${title}`, versus: (left, right) => `${left} 대 ${right}`, funnel: '깔때기', pyramid: '피라미드', quote: '인용', tones: { info: '정보', success: '성공', warning: '주의', danger: '위험' }, pros: fixedWords('ko').pros, cons: fixedWords('ko').cons },
    slides: { deck: (title) => `슬라이드: ${title}`, slide: (index) => `슬라이드 ${index}`, left: '왼쪽', right: '오른쪽', quote: '인용', table: (columns) => `표 (열: ${columns})`, visual: '시각 자료', diagram: '다이어그램', chart: '차트' },
    whiteboard: { mermaid: (type, title) => `다이어그램 (mermaid ${type}): ${title}`, board: (title) => `화이트보드 다이어그램: ${title}`, shapes: '도형', groups: '그룹', empty: '비어 있음', connections: '연결', notes: '메모' },
  },
  es: {
    ...LATIN,
    source: fixedWords('es').source,
    chart: {
      types: CHART_ES,
      of: (type, x, y) => `${type} de ${x} frente a ${y}`,
      vegaLite: (mark, rows) => `Gráfico (Vega-Lite, marcas ${mark})${rows === undefined ? '' : ` de ${rows} filas de datos`}`,
      rows: (count) => `${count} filas`,
      summary: (count, min, max, trend, first, last) => `${count} filas; mínimo ${min}, máximo ${max}; en conjunto ${trendWords.es[trend]} de ${first} a ${last}`,
    },
    infographic: { title: (title) => `Infografía: ${title}`, step: (index, title) => `Paso ${index}, ${title}`, versus: (left, right) => `${left} frente a ${right}`, funnel: 'Embudo', pyramid: 'Pirámide', quote: 'Cita', tones: { info: 'Información', success: 'Éxito', warning: 'Aviso', danger: 'Peligro' }, pros: fixedWords('es').pros, cons: fixedWords('es').cons },
    slides: { deck: (title) => `Presentación: ${title}`, slide: (index) => `Diapositiva ${index}`, left: 'Izquierda', right: 'Derecha', quote: 'Cita', table: (columns) => `Tabla con las columnas ${columns}`, visual: 'Visual', diagram: 'diagrama', chart: 'gráfico' },
    whiteboard: { mermaid: (type, title) => `Diagrama (mermaid ${type}): ${title}`, board: (title) => `Diagrama de pizarra: ${title}`, shapes: 'Formas', groups: 'Grupos', empty: 'vacío', connections: 'Conexiones', notes: 'Notas' },
  },
  fr: {
    ...LATIN,
    colon: '\u202f: ',
    source: fixedWords('fr').source,
    chart: {
      types: CHART_FR,
      of: (type, x, y) => `${type} de ${x} en fonction de ${y}`,
      vegaLite: (mark, rows) => `Graphique (Vega-Lite, marques ${mark})${rows === undefined ? '' : ` de ${rows} lignes de données`}`,
      rows: (count) => `${count} lignes`,
      summary: (count, min, max, trend, first, last) => `${count} lignes ; minimum ${min}, maximum ${max} ; globalement ${trendWords.fr[trend]} de ${first} à ${last}`,
    },
    infographic: { title: (title) => `Infographie\u202f: ${title}`, step: (index, title) => `Étape ${index}, ${title}`, versus: (left, right) => `${left} ou ${right}`, funnel: 'Entonnoir', pyramid: 'Pyramide', quote: 'Citation', tones: { info: 'Information', success: 'Succès', warning: 'Attention', danger: 'Danger' }, pros: fixedWords('fr').pros, cons: fixedWords('fr').cons },
    slides: { deck: (title) => `Présentation\u202f: ${title}`, slide: (index) => `Diapositive ${index}`, left: 'Gauche', right: 'Droite', quote: 'Citation', table: (columns) => `Tableau aux colonnes ${columns}`, visual: 'Visuel', diagram: 'diagramme', chart: 'graphique' },
    whiteboard: { mermaid: (type, title) => `Diagramme (mermaid ${type})\u202f: ${title}`, board: (title) => `Diagramme de tableau blanc\u202f: ${title}`, shapes: 'Formes', groups: 'Groupes', empty: 'vide', connections: 'Liens', notes: 'Notes' },
  },
  de: {
    ...LATIN,
    source: fixedWords('de').source,
    chart: {
      types: CHART_DE,
      of: (type, x, y) => `${type}: ${x} gegen ${y}`,
      vegaLite: (mark, rows) => `Diagramm (Vega-Lite, ${mark}-Marken)${rows === undefined ? '' : ` mit ${rows} Datenzeilen`}`,
      rows: (count) => `${count} Zeilen`,
      summary: (count, min, max, trend, first, last) => `${count} Zeilen; Minimum ${min}, Maximum ${max}; insgesamt ${trendWords.de[trend]} von ${first} auf ${last}`,
    },
    infographic: { title: (title) => `Infografik: ${title}`, step: (index, title) => `Schritt ${index}, ${title}`, versus: (left, right) => `${left} gegen ${right}`, funnel: 'Trichter', pyramid: 'Pyramide', quote: 'Zitat', tones: { info: 'Hinweis', success: 'Erfolg', warning: 'Warnung', danger: 'Gefahr' }, pros: fixedWords('de').pros, cons: fixedWords('de').cons },
    slides: { deck: (title) => `Foliensatz: ${title}`, slide: (index) => `Folie ${index}`, left: 'Links', right: 'Rechts', quote: 'Zitat', table: (columns) => `Tabelle mit den Spalten ${columns}`, visual: 'Grafik', diagram: 'Diagramm', chart: 'Diagramm' },
    whiteboard: { mermaid: (type, title) => `Diagramm (mermaid ${type}): ${title}`, board: (title) => `Whiteboard-Diagramm: ${title}`, shapes: 'Formen', groups: 'Gruppen', empty: 'leer', connections: 'Verbindungen', notes: 'Notizen' },
  },
};

/** The alt words for a spec: its `locale`, else the language its title's script implies, else English. */
export function altWords(spec: { locale?: string; title?: string }): AltWords {
  return TABLES[wordLocale(spec.locale ?? inferLocale(spec.title ?? ''))];
}

/** `text` as a sentence: ended with the table's stop unless it ends in one already. */
export function sentenceOf(text: string, words: AltWords): string {
  const trimmed = text.trim();
  return /[.!?。！？]$/.test(trimmed) ? trimmed : `${trimmed}${words.stop}`;
}
