import { parseSpec } from '@/lib/spec/visual';

/** The standard card of ../shared/BASELINES.md: 1200×630, title, 3 stat boxes, bullets, ~60 words. */
export const standardCard = parseSpec({
  kind: 'infographic',
  title: 'Quarterly product update',
  width: 1200,
  height: 630,
  sections: [
    {
      type: 'stats',
      items: [
        { value: '42%', label: 'Weekly active growth', delta: '+6 pts', trend: 'up' },
        { value: '1.8M', label: 'Renders served' },
        { value: '58ms', label: 'Median render time', delta: '−12%', trend: 'down' },
      ],
    },
    { type: 'callout', tone: 'success', icon: 'rocket', text: 'A warm font cache cut cold starts; CJK, emoji and icons render offline from npm packages.' },
  ],
});
