import type { z } from 'zod';
import type { TargetExample } from '@/lib/targets/define-target';
import type { infographicSpecSchema } from './schema';

type Input = z.input<typeof infographicSpecSchema>;
type SectionInput = Input['sections'][number];

/** One section of every type: the gallery, the golden images and the model's few-shot material. */
export const sectionExamples: Record<SectionInput['type'], SectionInput> = {
  stats: {
    type: 'stats',
    title: 'Solar in 2024',
    items: [
      { value: '593 GW', label: 'New capacity installed worldwide', delta: '+29% YoY', trend: 'up', icon: 'sun' },
      { value: '$0.04', label: 'Average cost per kWh for utility-scale plants', delta: '−12%', trend: 'down', good: 'down', icon: 'badge-dollar-sign' },
      { value: '6.9%', label: 'Share of global electricity', delta: '+1.4 pts', trend: 'up', icon: 'zap' },
      { value: '4.1M', label: 'Jobs in the solar industry', trend: 'flat', delta: 'steady', icon: 'users' },
    ],
  },
  'icon-list': {
    type: 'icon-list',
    title: 'Why teams adopt it',
    items: [
      { icon: 'rocket', title: 'Ship faster', text: 'Preview environments for every pull request cut review time in half.' },
      { icon: 'shield-check', title: 'Secure by default', text: 'Secrets are encrypted at rest and scoped per environment.' },
      { icon: 'gauge', title: 'Observable', text: 'Latency, errors and saturation on one dashboard, with alerts that page the right person.' },
      { icon: 'puzzle', title: 'Extensible', text: 'A plugin API with typed hooks for build, deploy and rollback.' },
    ],
  },
  steps: {
    type: 'steps',
    title: 'How a render works',
    items: [
      { title: 'Ask', text: 'A person or a program asks a question.' },
      { title: 'Plan', text: 'A model writes a visual spec.' },
      { title: 'Validate', text: 'The zod schema checks every field.' },
      { title: 'Draw', text: 'satori lays out and draws SVG.' },
      { title: 'Deliver', text: 'PNG, WebP, SVG or PDF, cached by content.' },
    ],
  },
  timeline: {
    type: 'timeline',
    title: 'A short history of the web',
    items: [
      { date: '1989', title: 'Proposal', text: 'Tim Berners-Lee proposes an information management system at CERN.' },
      { date: '1993', title: 'Mosaic', text: 'The first popular graphical browser brings images inline with text.' },
      { date: '2004', title: 'Web 2.0', text: 'User-generated content and rich web applications take off.' },
      { date: '2008', title: 'Chrome & V8', text: 'Fast JavaScript engines make the browser an application platform.' },
      { date: '2014', title: 'HTML5', text: 'Audio, video and canvas become standard.' },
    ],
  },
  comparison: {
    type: 'comparison',
    title: 'Server rendering vs client rendering',
    left: { title: 'Server rendering', icon: 'server', items: ['Fast first paint', 'Good for SEO', 'Needs a server for every request'] },
    right: { title: 'Client rendering', icon: 'monitor-smartphone', items: ['Rich interactivity', 'Cheap static hosting', 'Slower first paint on weak devices'] },
  },
  'pros-cons': {
    type: 'pros-cons',
    title: 'Working from home',
    pros: ['No commute: about 40 minutes a day back', 'Fewer interruptions for deep work', 'Flexible hours'],
    cons: ['Harder to build relationships', 'Blurred line between work and home', 'Depends on a good internet connection'],
  },
  funnel: {
    type: 'funnel',
    title: 'Signup funnel, March',
    items: [
      { label: 'Visited the landing page', value: '48,200' },
      { label: 'Started signup', value: '9,650' },
      { label: 'Verified email', value: '6,120' },
      { label: 'Created first project', value: '3,480' },
      { label: 'Upgraded to paid', value: '610' },
    ],
  },
  progress: {
    type: 'progress',
    title: 'Migration status',
    items: [
      { label: 'Services on the new platform', value: 82 },
      { label: 'Databases migrated', value: 64 },
      { label: 'Dashboards rebuilt', value: 37.5 },
    ],
  },
  quote: {
    type: 'quote',
    text: 'The best way to predict the future is to invent it.',
    author: 'Alan Kay',
    role: 'Computer scientist',
  },
  callout: {
    type: 'callout',
    tone: 'warning',
    text: 'Back up your data before upgrading: the migration rewrites every table and cannot be undone.',
  },
  'key-value': {
    type: 'key-value',
    title: 'At a glance',
    rows: [
      { key: 'Capital', value: 'Canberra' },
      { key: 'Population', value: '27.2 million (2024)' },
      { key: 'Area', value: '7.69 million km²' },
      { key: 'Currency', value: 'Australian dollar (AUD)' },
    ],
  },
  text: {
    type: 'text',
    title: 'Summary',
    text: 'Photosynthesis turns light, water and carbon dioxide into sugar and oxygen. It happens in chloroplasts, mostly in leaves, and feeds nearly every food chain on Earth.',
  },
};

const showcase: Input = {
  kind: 'infographic',
  title: 'The state of solar energy',
  subtitle: 'Cheaper every year, and now the fastest-growing source of electricity',
  sections: [
    sectionExamples.stats,
    sectionExamples.progress,
    sectionExamples.quote,
    sectionExamples.steps,
    sectionExamples['pros-cons'],
  ],
  footer: 'Sources: IEA World Energy Outlook 2024, IRENA Renewable Cost Database. Figures rounded.',
};

const traditionalChinese: Input = {
  kind: 'infographic',
  locale: 'zh-TW',
  title: '台灣五大城市人口比較',
  subtitle: '新北市人口最多，臺中市近十年成長最快。',
  sections: [
    {
      type: 'stats',
      items: [
        { value: '398萬', label: '新北市', icon: 'building-2' },
        { value: '285萬', label: '臺中市', delta: '+3.2%', trend: 'up' },
        { value: '272萬', label: '高雄市', delta: '−1.1%', trend: 'down' },
        { value: '249萬', label: '臺北市', delta: '−4.5%', trend: 'down' },
      ],
    },
    { type: 'callout', tone: 'info', text: '資料來源：內政部戶政司，二〇二四年十二月底統計。' },
    { type: 'key-value', title: '重點', rows: [{ key: '最多', value: '新北市' }, { key: '成長最快', value: '臺中市，十年增加約十萬人' }] },
  ],
  footer: '製圖：Glimpse',
};

export const infographicExamples: TargetExample<Input>[] = [
  { name: 'showcase', spec: showcase },
  { name: 'zh-tw', spec: traditionalChinese },
  {
    name: 'zh-cn',
    spec: {
      kind: 'infographic',
      locale: 'zh-CN',
      title: '学习新语言的五个步骤',
      sections: [{ type: 'steps', items: [{ title: '设定目标' }, { title: '每天练习' }, { title: '大声朗读' }, { title: '与人交谈' }, { title: '复习巩固' }] }],
    },
  },
  {
    name: 'ja',
    spec: {
      kind: 'infographic',
      locale: 'ja',
      title: '東京の一日',
      sections: [{ type: 'timeline', items: [{ date: '7:00', title: '朝ごはん', text: 'おにぎりと味噌汁。' }, { date: '12:00', title: 'ランチ', text: 'ラーメン屋さんで昼食。' }, { date: '19:00', title: '夜景', text: '東京タワーから夜景を見る。' }] }],
    },
  },
  {
    name: 'ko',
    spec: {
      kind: 'infographic',
      locale: 'ko',
      title: '한국의 사계절',
      sections: [{ type: 'icon-list', items: [{ icon: 'flower-2', title: '봄', text: '벚꽃이 피는 계절' }, { icon: 'sun', title: '여름', text: '덥고 습한 장마철' }, { icon: 'leaf', title: '가을', text: '단풍이 아름다운 계절' }, { icon: 'snowflake', title: '겨울', text: '춥고 건조한 날씨' }] }],
    },
  },
  {
    name: 'emoji',
    spec: {
      kind: 'infographic',
      title: 'Team offsite 🎉 checklist',
      width: 800,
      sections: [{ type: 'icon-list', items: [{ icon: 'plane', title: 'Book flights ✈️', text: 'Before Friday 🗓️' }, { icon: 'utensils', title: 'Dinner 🍣🍕', text: 'Vegetarian options 🥗 for 4 people 👩‍👩‍👧‍👦' }, { icon: 'flag', title: 'Country flags 🇹🇼 🇯🇵 🇰🇷' }] }],
    },
  },
  {
    name: 'dark',
    spec: { ...showcase, title: 'The state of solar energy (dark)', theme: { mode: 'dark', palette: 'sunset' } },
  },
  // The sketch look: cards, rules, bars and connectors drawn by hand (roughjs).
  { name: 'sketch', spec: { ...showcase, title: 'The state of solar energy (sketch)', look: 'sketch' } },
  ...Object.entries(sectionExamples).map(([type, section]) => ({
    name: `section-${type}`,
    spec: { kind: 'infographic' as const, title: `Section: ${type}`, width: 1000, sections: [section] },
  })),
];
