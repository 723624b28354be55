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

/** A six-slide deck, as a model writes one for "a 6-slide deck …". */
export const VALID_DECK = JSON.stringify({
  kind: 'slides',
  title: 'Q3 product review',
  slides: [
    { layout: 'title', title: 'Q3 product review', subtitle: 'What shipped, what we learned, what is next' },
    { layout: 'bullets', title: 'What shipped', bullets: ['Charts from pasted tables', 'Slide decks with PPTX export', 'Whiteboard diagrams'] },
    { layout: 'stats', title: 'In numbers', stats: [{ value: '58 ms', label: 'Median render' }, { value: '4', label: 'Targets' }, { value: '+31%', label: 'Weekly users' }] },
    { layout: 'two-columns', title: 'Worked / did not', left: { heading: 'Worked', bullets: ['Offline planner', 'Golden tests'] }, right: { heading: 'Did not', bullets: ['Cold starts', 'Long prompts'] } },
    { layout: 'timeline', title: 'Next quarter', steps: [{ label: 'Oct', title: 'Patch edits' }, { label: 'Nov', title: 'MCP server' }, { label: 'Dec', title: 'CLI' }] },
    { layout: 'quote', quote: 'Make it cheap enough to be the default answer.', author: 'The team' },
  ],
});

/** Edits answered as JSON Patches (RFC 6902) against the spec sent with the request. */
export const PATCH_DARK = JSON.stringify({ patch: [{ op: 'add', path: '/theme', value: { mode: 'dark' } }] });
export const PATCH_ADD_ROW = JSON.stringify({ patch: [{ op: 'add', path: '/data/-', value: { label: 'Tainan', value: 1860000 } }] });
export const PATCH_RETITLE = JSON.stringify({ patch: [{ op: 'replace', path: '/title', value: 'Why teams pick Glimpse' }] });
/** A patch whose path is not in the spec: it cannot apply, so the whole spec is asked for. */
export const PATCH_UNRESOLVABLE = JSON.stringify({ patch: [{ op: 'replace', path: '/sections/7/title', value: 'Nope' }] });
/** A patch that applies but leaves an invalid spec (no such chart type): a repair round with the issues. */
export const PATCH_BAD_TYPE = JSON.stringify({ patch: [{ op: 'replace', path: '/type', value: 'pyramid' }] });
/** The fix a repair round asks for: only the broken field. */
export const PATCH_FIX_TYPE = JSON.stringify({ patch: [{ op: 'replace', path: '/type', value: 'line' }] });
/** The fix for INVALID_SPEC's progress bar past 100 %. */
export const PATCH_FIX_VALUE = JSON.stringify({ patch: [{ op: 'replace', path: '/sections/0/items/0/value', value: 100 }] });
