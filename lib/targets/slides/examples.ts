import type { z } from 'zod';
import type { TargetExample } from '@/lib/targets/define-target';
import type { slidesSpecSchema } from './schema';

type Input = z.input<typeof slidesSpecSchema>;

/** A 10-slide deck using every layout: the gallery, goldens and export tests. */
export const englishDeck: Input = {
  kind: 'slides',
  title: 'Glimpse: answers as pictures',
  footer: 'Glimpse · Product review',
  slides: [
    { layout: 'title', title: 'Glimpse: answers as pictures', subtitle: 'A generative-UI server that turns questions into visuals', byline: 'Product review · November 2026', notes: 'Welcome everyone. Today: what Glimpse is and where it is going.' },
    { layout: 'section', title: 'Why pictures?', subtitle: 'People would rather look than read' },
    {
      layout: 'bullets',
      title: 'What Glimpse does',
      bullets: ['A model writes a visual spec', { text: 'A zod schema validates it', sub: ['Paths and rules in every error', 'Repair loop for models'] }, 'satori draws it; resvg rasterises', 'PNG, SVG, WebP, PDF, PPTX'],
      notes: 'Walk through the pipeline from prompt to pixels.',
    },
    {
      layout: 'two-columns',
      title: 'Before and after',
      left: { heading: 'Wall of text', bullets: ['Slow to scan', 'Numbers hide in sentences', 'Hard to share'] },
      right: { heading: 'Glimpse', bullets: ['Answer at a glance', 'Charts for numbers', 'One URL, any format'] },
    },
    { layout: 'icon-text', title: 'Offline by default', icon: 'wifi-off', text: 'Fonts, emoji and icons ship in npm packages. Nothing is fetched at render time, so the server works on a plane.' },
    { layout: 'stats', title: 'In numbers', stats: [{ value: '58 ms', label: 'Median render', delta: '−12%' }, { value: '15', label: 'Chart types' }, { value: '4', label: 'Scripts: Latin, 繁中, 日本語, 한국어' }] },
    { layout: 'quote', quote: 'The best way to predict the future is to invent it.', author: 'Alan Kay', role: 'Computer scientist' },
    {
      layout: 'table',
      title: 'How it compares',
      columns: ['', 'Glimpse', 'Headless browser', 'Chart API'],
      rows: [
        ['Render time', '~60 ms', '~250 ms', '~100 ms'],
        ['Offline', 'Yes', 'Yes', 'No'],
        ['Editable export', 'PPTX', 'No', 'No'],
      ],
    },
    {
      layout: 'timeline',
      title: 'Roadmap',
      style: 'timeline',
      steps: [
        { label: 'Q4', title: 'Render spine', text: 'Infographics, charts' },
        { label: 'Q1', title: 'Slides', text: 'PDF, PPTX, viewer' },
        { label: 'Q2', title: 'Whiteboards', text: 'Sketch and Mermaid' },
        { label: 'Q3', title: 'Scale-out', text: 'Render pool, cache' },
      ],
    },
    {
      layout: 'embed',
      title: 'Renders per day',
      visual: { kind: 'chart', type: 'area', format: { style: 'si' }, columns: { label: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'], value: [12000, 15500, 14800, 19200, 24100, 9800, 8700] } },
      notes: 'Weekday peaks follow office hours.',
    },
  ],
};

export const japaneseDeck: Input = {
  kind: 'slides',
  title: 'Glimpse のご紹介',
  locale: 'ja',
  look: 'paper',
  slides: [
    { layout: 'title', title: 'Glimpse のご紹介', subtitle: '質問に「絵」で答えるサーバー', byline: '2026年11月' },
    { layout: 'section', title: 'なぜ図なのか', subtitle: '人は読むより見るほうが速い' },
    { layout: 'bullets', title: 'できること', bullets: ['モデルが図の仕様を書く', { text: 'スキーマで検証する', sub: ['エラーには場所と理由'] }, 'PNG・SVG・PDF・PPTX に出力'], notes: '処理の流れを説明する。' },
    { layout: 'two-columns', title: '導入の前と後', left: { heading: '文章だけ', bullets: ['読むのに時間がかかる', '数字が埋もれる'] }, right: { heading: 'Glimpse', bullets: ['一目でわかる', '数字はグラフに'] } },
    { layout: 'icon-text', title: 'オフラインで動く', icon: 'wifi-off', text: 'フォント・絵文字・アイコンはすべて npm パッケージに同梱。描画時にネットワークは使いません。' },
    { layout: 'stats', title: '数字で見る', stats: [{ value: '58ms', label: '描画の中央値' }, { value: '15', label: 'グラフの種類' }, { value: '4', label: '対応する文字体系' }] },
    { layout: 'quote', quote: '未来を予測する最善の方法は、それを発明することだ。', author: 'アラン・ケイ' },
    { layout: 'table', title: '比較', columns: ['', 'Glimpse', 'ブラウザ'], rows: [['速度', '約60ms', '約250ms'], ['オフライン', '対応', '対応'], ['編集できる出力', 'PPTX', 'なし']] },
    { layout: 'timeline', title: '今後の予定', steps: [{ title: '描画基盤' }, { title: 'スライド' }, { title: 'ホワイトボード' }, { title: '拡張' }] },
    { layout: 'embed', title: '曜日別の描画数', visual: { kind: 'chart', type: 'bar', locale: 'ja', columns: { label: ['月', '火', '水', '木', '金'], value: [120, 155, 148, 192, 241] } } },
  ],
};

export const slidesExamples: TargetExample<Input>[] = [
  { name: 'deck-en', spec: englishDeck },
  { name: 'deck-ja', spec: japaneseDeck },
  { name: 'deck-midnight', spec: { ...englishDeck, look: 'midnight', slides: englishDeck.slides.slice(0, 3) } },
  { name: 'deck-bold-4x3', spec: { ...englishDeck, look: 'bold', aspect: '4:3', slides: englishDeck.slides.slice(0, 3) } },
  // Drawn by hand: the section slide, column rules, stat rules, the table and the timeline.
  { name: 'deck-sketch', spec: { ...englishDeck, look: 'sketch', slides: [1, 3, 5, 7, 8].map((index) => englishDeck.slides[index]!) } },
];
