/**
 * Mermaid sources that try to make the renderer fetch `base` (e.g. `http://127.1:40123`), with what
 * the source check does with each: `refused` (400 naming `mermaid`) or `drawn` (links dropped, 200).
 * Before Chromium was sealed, `img shape`, `themeCSS url`, `frontmatter themeCSS`, `directive
 * spacing`, `initialize directive`, `HTML label img` and `redirect` each connected to the host.
 */
export interface MermaidSink {
  name: string;
  source: (base: string) => string;
  checked: 'refused' | 'drawn';
}

export const MERMAID_SINKS: MermaidSink[] = [
  { name: 'img shape', checked: 'refused', source: (base) => `flowchart TD\n  A@{ img: "${base}/img.png", label: "x", pos: "t", w: 60, h: 60, constraint: "on" }` },
  { name: 'redirect', checked: 'refused', source: (base) => `flowchart TD\n  A@{ img: "${base}/redirect.png", label: "r", pos: "t", w: 40, h: 40 }` },
  // Looks like a data: URL to a careless check; the host is after the "@".
  { name: 'userinfo', checked: 'refused', source: (base) => `flowchart TD\n  A@{ img: "${base.replace('://', '://data:image@')}/redirect.png", label: "u", w: 40, h: 40 }` },
  { name: 'themeCSS url', checked: 'refused', source: (base) => `%%{init: {"themeCSS": ".node rect { fill: url(${base}/theme.png) }"}}%%\nflowchart LR\n  A --> B` },
  { name: 'themeCSS @import', checked: 'refused', source: (base) => `%%{init: {"themeCSS": "} @import url(${base}/import.css); {"}}%%\nflowchart LR\n  A --> B` },
  { name: 'frontmatter themeCSS', checked: 'refused', source: (base) => `---\nconfig:\n  themeCSS: "g { background-image: url(${base}/front.png) } .node rect { fill: url(${base}/front2.png) }"\n---\nflowchart LR\n  A --> B` },
  { name: 'directive spacing', checked: 'refused', source: (base) => `%%{ init : { 'themeCSS' : 'g{fill:url(${base}/spacing.png)}' } }%%\nflowchart LR\n  A --> B` },
  { name: 'initialize directive', checked: 'refused', source: (base) => `%%{initialize: {"themeCSS": "g{fill:url(${base}/initialize.png)}"}}%%\nflowchart LR\n  A --> B` },
  { name: 'fontFamily injection', checked: 'refused', source: (base) => `%%{init: {"fontFamily": "x;} @import url(${base}/ff.css); g{fill:url(${base}/ff.png)"}}%%\nflowchart LR\n  A --> B` },
  { name: 'HTML label img', checked: 'refused', source: (base) => `%%{init: {"htmlLabels": true, "flowchart": {"htmlLabels": true}}}%%\nflowchart LR\n  A["<img src='${base}/html.png'> hi"] --> B` },
  { name: 'securityLevel loose', checked: 'refused', source: (base) => `%%{init: {"securityLevel": "loose"}}%%\nmindmap\n  root["<img src='${base}/loose.png'>"]` },
  { name: 'label img', checked: 'refused', source: (base) => `flowchart LR\n  A["<img src='${base}/label.png'> hi"] --> B` },
  { name: 'style url', checked: 'refused', source: (base) => `flowchart LR\n  A --> B\n  style A fill:url(${base}/style.png)` },
  { name: 'classDef url', checked: 'refused', source: (base) => `flowchart LR\n  A:::c --> B\n  classDef c fill:url('${base}/classdef.png')` },
  { name: 'click href', checked: 'drawn', source: (base) => `flowchart LR\n  A --> B\n  click A href "${base}/click" _blank\n  click B "${base}/click2"` },
  { name: 'sequence link', checked: 'drawn', source: (base) => `sequenceDiagram\n  participant A\n  link A: Dashboard @ ${base}/link\n  A->>A: hi` },
];
