import { LOOK_NAMES, type LookName } from './tokens';
import { STRESS_SLIDE_GROUPS } from '@/lib/testing/stress/slides';

/**
 * What the gallery (app/gallery) shows: the same content in every look — an infographic, a deck
 * page, a chart and a whiteboard each — and the hard cases drawn from the stress set. The stress
 * test (lib/lint/stress.test.ts) renders all of them and wants no `error` finding.
 */

export interface GallerySample {
  name: string;
  /** 1-based slide to show, for decks. */
  slide?: number;
  spec: Record<string, unknown>;
}

const infographic = (look: LookName) => ({
  kind: 'infographic',
  look,
  title: 'Remote work, four years on',
  subtitle: 'What changed for a 300-person software company',
  sections: [
    { type: 'stats', title: 'The headline', items: [{ value: '62%', label: 'Of staff fully remote', delta: '+9 pts', trend: 'up' }, { value: '4.1 h', label: 'Meetings per week', delta: '-0.4 h', trend: 'down', good: 'down' }, { value: '18%', label: 'Yearly attrition', delta: '+2 pts', trend: 'up', good: 'down' }] },
    { type: 'icon-list', title: 'What helped', items: [{ icon: 'video', title: 'Async video', text: 'Demos recorded, not scheduled' }, { icon: 'book-open', title: 'Written decisions', text: 'One page per choice' }, { icon: 'calendar', title: 'Core hours', text: 'Three shared hours a day' }, { icon: 'plane', title: 'Team weeks', text: 'Together twice a year' }] },
    { type: 'progress', style: 'rings', title: 'Survey', width: 'half', items: [{ label: 'Feel productive', value: 81 }, { label: 'Feel connected', value: 54 }] },
    { type: 'steps', title: 'Our rhythm', width: 'half', items: [{ title: 'Plan', text: 'Monday, in writing' }, { title: 'Build', text: 'Quiet mornings' }, { title: 'Share', text: 'Friday demo video' }] },
  ],
  footer: 'Source: internal survey, n = 284, 2026',
});

const deck = (look: LookName) => ({
  kind: 'slides',
  look,
  title: 'Remote work review',
  slides: [
    { layout: 'section', title: 'Four years remote', subtitle: 'What we kept, what we dropped' },
    { layout: 'stats', title: 'The numbers', stats: [{ value: '62%', label: 'Fully remote', delta: '+9 pts' }, { value: '4.1 h', label: 'Meetings a week', delta: '−0.4 h', good: 'down' }, { value: '18%', label: 'Attrition', delta: '+2 pts', good: 'down' }] },
  ],
});

const chart = (look: LookName) => ({
  kind: 'chart',
  look,
  title: 'Meetings per week, by team',
  type: 'multi-line',
  data: ['2023', '2024', '2025', '2026'].flatMap((year, index) =>
    [['Engineering', 5.2], ['Design', 4.6], ['Sales', 7.1], ['Support', 3.4]].map(([team, start]) => ({ label: year, series: team, value: Math.round(((start as number) - index * 0.4) * 10) / 10 })),
  ),
  yTitle: 'Hours',
});

const board = (look: LookName) => ({
  kind: 'whiteboard',
  look,
  title: 'How a decision is made',
  nodes: [
    { id: 'idea', label: 'Idea', shape: 'rounded' },
    { id: 'doc', label: 'One-page doc', shape: 'note' },
    { id: 'review', label: 'Async review', shape: 'diamond' },
    { id: 'done', label: 'Decided', shape: 'circle' },
  ],
  edges: [{ from: 'idea', to: 'doc' }, { from: 'doc', to: 'review' }, { from: 'review', to: 'done', label: 'agreed' }, { from: 'review', to: 'doc', label: 'changes' }],
});

/** Every look with the same four visuals; the deck shows its stats slide (the section slide is the second entry). */
export const LOOK_SAMPLES: { look: LookName; samples: GallerySample[] }[] = LOOK_NAMES.map((look) => ({
  look,
  samples: [
    { name: `${look}-infographic`, spec: infographic(look) },
    { name: `${look}-section-slide`, slide: 1, spec: deck(look) },
    { name: `${look}-stats-slide`, slide: 2, spec: deck(look) },
    { name: `${look}-chart`, spec: chart(look) },
    { name: `${look}-whiteboard`, spec: board(look) },
  ],
}));

const ten = Array.from({ length: 10 }, (_, index) => `Region ${index + 1}`);

/** Hard cases: long labels, CJK, emoji, dark, square and 4:3 decks, many series. */
export const HARD_CASES: GallerySample[] = [
  { name: 'long-labels', slide: 1, spec: { kind: 'slides', title: 'Long labels', look: 'editorial', slides: STRESS_SLIDE_GROUPS.long.slice(0, 1) } },
  { name: 'cjk', spec: { kind: 'infographic', title: '在宅勤務の4年間', look: 'bold', locale: 'ja', sections: [{ type: 'stats', items: [{ value: '62%', label: '完全リモートの社員' }, { value: '4.1時間', label: '週あたりの会議' }] }, { type: 'timeline', title: '沿革', items: [{ date: '2022年', title: '全面移行' }, { date: '2024年', title: 'コアタイム導入' }, { date: '2026年', title: 'チーム週間' }] }] } },
  { name: 'emoji', slide: 1, spec: { kind: 'slides', title: 'Emoji', look: 'sketch', slides: STRESS_SLIDE_GROUPS.emoji.slice(0, 1) } },
  { name: 'dark', spec: { ...infographic('clean'), title: 'Remote work (dark)', theme: { mode: 'dark', palette: 'ocean' } } },
  { name: 'square-deck', slide: 1, spec: { kind: 'slides', title: 'Square', aspect: '1:1', look: 'bold', slides: STRESS_SLIDE_GROUPS.many.slice(4, 5) } },
  { name: 'four-three-deck', slide: 1, spec: { kind: 'slides', title: '4:3', aspect: '4:3', look: 'editorial', theme: { mode: 'dark' }, slides: STRESS_SLIDE_GROUPS.many.slice(5, 6) } },
  { name: 'many-series', spec: { kind: 'chart', title: 'Ten series', look: 'clean', type: 'multi-line', data: ['Q1', 'Q2', 'Q3', 'Q4'].flatMap((quarter, q) => ten.map((region, r) => ({ label: quarter, series: region, value: 10 + r * 3 + q * (r % 3) }))) } },
];
