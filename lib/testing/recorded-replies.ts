/**
 * Model replies recorded from chat-completions sessions and replayed by the OpenAI stub: the
 * shapes real models produce, including the broken ones.
 */

export const VALID_INFOGRAPHIC = JSON.stringify({
  kind: 'infographic',
  title: 'Why teams adopt Glimpse',
  sections: [
    { type: 'stats', items: [{ value: '58 ms', label: 'Median render' }, { value: '4', label: 'Output formats' }] },
    { type: 'icon-list', items: [{ icon: 'zap', title: 'Fast', text: 'Renders in milliseconds' }, { icon: 'languages', title: 'CJK', text: 'Real glyphs offline' }] },
  ],
});

export const VALID_CHART = JSON.stringify({
  kind: 'chart',
  type: 'bar',
  title: 'Population of the five largest cities in Taiwan',
  yTitle: 'People',
  data: [
    { label: 'New Taipei', value: 4046000 },
    { label: 'Taichung', value: 2861000 },
    { label: 'Kaohsiung', value: 2724000 },
    { label: 'Taipei', value: 2494000 },
    { label: 'Taoyuan', value: 2330000 },
  ],
  sort: 'descending',
});

export const VALID_SLIDES = JSON.stringify({
  kind: 'slides',
  title: 'Glimpse launch plan',
  look: 'midnight',
  slides: [
    { layout: 'title', title: 'Glimpse launch plan', subtitle: 'Answers as pictures' },
    { layout: 'bullets', title: 'Why now', bullets: ['People would rather look than read', 'Models write specs, not pixels'] },
    { layout: 'stats', title: 'Where we are', stats: [{ value: '4', label: 'Targets' }, { value: '58 ms', label: 'Median render' }] },
  ],
});

export const VALID_WHITEBOARD = JSON.stringify({
  kind: 'whiteboard',
  title: 'Request flow',
  direction: 'LR',
  nodes: [
    { id: 'browser', label: 'Browser', shape: 'person' },
    { id: 'api', label: 'API', shape: 'rounded' },
    { id: 'db', label: 'SQLite', shape: 'cylinder' },
  ],
  edges: [
    { from: 'browser', to: 'api', label: 'HTTPS' },
    { from: 'api', to: 'db', label: 'SQL' },
  ],
});

/** Cut off by max_tokens in the middle of the data array (finish_reason "length"). */
export const TRUNCATED_CHART = VALID_CHART.slice(0, VALID_CHART.indexOf('Kaohsiung') + 25);

/** Wrapped in a Markdown fence with chatter, as many chat models do. */
export const FENCED_CHART = `Here is the chart spec:\n\n\`\`\`json\n${VALID_CHART}\n\`\`\`\n\nLet me know if you want changes.`;

/** A progress bar past 100 %: needs one repair round. */
export const INVALID_SPEC = JSON.stringify({
  kind: 'infographic',
  title: 'Deploy checklist',
  sections: [{ type: 'progress', items: [{ label: 'Shipped', value: 140 }] }],
});

/** Numbers as strings where numbers belong: fixed by coercion, no repair round. */
export const NUMBERS_AS_STRINGS = JSON.stringify({
  kind: 'chart',
  type: 'line',
  title: 'Signups',
  data: [
    { label: 'Jan', value: '120' },
    { label: 'Feb', value: '1,340' },
  ],
});

export const REFUSAL = "I'm sorry, but I can't help with that request.";
