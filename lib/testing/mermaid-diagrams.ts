/** One diagram per type the issue names (current mermaid supports more). */
export const MERMAID_DIAGRAMS: Record<string, string> = {
  flowchart: 'flowchart LR\n  A[Request] --> B{Valid?}\n  B -->|yes| C[Render]\n  B -->|no| D[Error image]',
  sequence: 'sequenceDiagram\n  participant U as User\n  participant G as Glimpse\n  U->>G: POST /api/render\n  G-->>U: image/png',
  class: 'classDiagram\n  class Target {\n    +kind string\n    +render(spec)\n  }\n  class Chart\n  Target <|-- Chart',
  state: 'stateDiagram-v2\n  [*] --> Draft\n  Draft --> Valid: parse\n  Valid --> Rendered: render\n  Rendered --> [*]',
  er: 'erDiagram\n  SPEC ||--o{ RENDER : produces\n  SPEC {\n    string id\n    string kind\n  }',
  gantt: 'gantt\n  title Roadmap\n  dateFormat YYYY-MM-DD\n  section Spine\n  Render spine :a1, 2026-01-01, 30d\n  Charts :after a1, 20d',
  pie: 'pie title Formats served\n  "PNG" : 62\n  "SVG" : 21\n  "PDF" : 17',
  mindmap: 'mindmap\n  root((Glimpse))\n    Targets\n      Charts\n      Slides\n    Exports\n      PDF\n      PPTX',
  timeline: 'timeline\n  title History\n  2024 : Spine\n  2025 : Charts : Slides\n  2026 : Whiteboards',
  journey: 'journey\n  title Ask for a chart\n  section Ask\n    Type a question: 5: User\n    See the chart: 4: User',
  quadrant: 'quadrantChart\n  title Effort and impact\n  x-axis Low effort --> High effort\n  y-axis Low impact --> High impact\n  Charts: [0.3, 0.8]\n  Pool: [0.7, 0.6]',
  gitGraph: 'gitGraph\n  commit id: "spine"\n  branch charts\n  commit id: "vega"\n  checkout main\n  merge charts',
};
