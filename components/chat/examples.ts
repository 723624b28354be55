/** Starter prompts on the empty chat: one per target, each answered well by the offline planner. */
export const EXAMPLES = [
  {
    label: 'Chart a table',
    hint: 'Populations of Taiwan’s five largest cities',
    prompt: 'compare the populations of the five largest cities in Taiwan\nCity,Population\nNew Taipei,4046000\nTaichung,2861000\nKaohsiung,2724000\nTaipei,2494000\nTaoyuan,2330000',
  },
  {
    label: 'Infographic',
    hint: 'Bullet points become a designed card',
    prompt: 'Why remote work works\n- Saves an hour of commuting a day\n- 3 in 4 people report better focus\n- Fewer meetings, more deep work',
  },
  {
    label: 'Slide deck',
    hint: 'Headings become slides; export PDF or PPTX',
    prompt: 'Slides: launching Glimpse\n# Why pictures\n- People would rather look than read\n- Answers arrive in milliseconds\n# How it works\n- A model writes a visual spec\n- Glimpse draws it with perfect text\n# Next steps\n- Try the image API\n- Export the deck',
  },
  {
    label: 'Whiteboard',
    hint: 'Arrows become a hand-drawn diagram',
    prompt: 'How a request flows\nBrowser -> API: HTTPS\nAPI -> Cache\nAPI -> Database: SQL',
  },
] as const;
