import { describe, expect, it } from 'vitest';
import { parseSpec } from '@/lib/spec/visual';
import { MERMAID_SINKS } from '@/lib/testing/mermaid-sinks';
import { thrownGlimpseError } from '@/lib/testing/errors';
import { MERMAID_DIAGRAMS } from '@/lib/testing/mermaid-diagrams';
import { checkMermaidSource, diagramType } from './source-check';

const BASE = 'http://127.1:9';

describe('checkMermaidSource', () => {
  it.each(Object.entries(MERMAID_DIAGRAMS))('the %s example passes untouched', (_type, source) => {
    expect(checkMermaidSource(source)).toEqual({ issues: [], source });
  });

  it.each([
    ['a theme directive', '%%{init: {"theme": "forest", "flowchart": {"curve": "basis"}}}%%\nflowchart LR\n  A --> B'],
    ['frontmatter with a title and colours', '---\ntitle: Flow\nconfig:\n  themeVariables:\n    primaryColor: "#ff0000"\n---\nflowchart LR\n  A --> B'],
    ['a colour style and classDef', 'flowchart LR\n  A:::hot --> B\n  style B fill:#f9f,stroke:#333,stroke-width:4px\n  classDef hot fill:#f96'],
    ['words in angle brackets', 'flowchart LR\n  A["copy <source> to <dest><br/>then <b>stop</b>"] --> B'],
    ['a shape with a label', 'flowchart LR\n  A@{ shape: rounded, label: "Image resize" } --> B'],
    ['a mindmap node called click', 'mindmap\n  root\n    click here'],
    ['a sequence participant called link', 'sequenceDiagram\n  link ->> B: hello\n  B -->> link: hi'],
  ])('%s passes', (_name, source) => {
    expect(checkMermaidSource(source)).toEqual({ issues: [], source });
  });

  it.each(MERMAID_SINKS.filter((sink) => sink.checked === 'refused').map((sink) => [sink.name, sink.source(BASE)]))('the %s sink is refused', (_name, source) => {
    expect(checkMermaidSource(source).issues.length).toBeGreaterThan(0);
  });

  it.each([
    ['an escaped key in a directive', '%%{init: {"\\u0074hemeCSS": "g{}"}}%%\nflowchart LR\n  A --> B', /config/],
    ['an unclosed directive', '%%{init: {"themeCSS": "g{fill:url(x)', /config/],
    ['an unclosed frontmatter', '---\nconfig:\n  htmlLabels: true\nflowchart LR\n  A --> B', /config/],
    ['an image-set in a directive', '%%{init: {"fontFamily": "x;} g{background:image-set(\\"x\\" 1x)"}}%%\ngraph LR\n  A-->B', /config/],
    ['a CSS escape in a style', 'flowchart LR\n  A --> B\n  style A fill:\\75 rl(x)', /styles/],
    ['a linkStyle url', 'flowchart LR\n  A --> B\n  linkStyle 0 stroke:url(x)', /styles/],
    ['a multi-line img shape', 'flowchart LR\n  A@{\n    label: "x",\n    img: "http://x"\n  }', /image shapes/],
    ['an escaped img key', 'flowchart LR\n  A@{ "\\x69mg": "http://x" }', /image shapes/],
    ['an iframe in a label', 'flowchart LR\n  A["<iframe src=x>"] --> B', /<iframe>/],
  ])('%s is refused', (_name, source, rule) => {
    const { issues } = checkMermaidSource(source);
    expect(issues.join('\n')).toMatch(rule);
  });

  it('click lines (flowchart, class, gantt) and sequence link lines are dropped, the rest kept', () => {
    expect(checkMermaidSource(`flowchart LR\n  A --> B\n  click A href "${BASE}/x" _blank\n  click B call callback()`).source).toBe('flowchart LR\n  A --> B');
    expect(checkMermaidSource(`classDiagram\n  class Shape\n  click Shape href "${BASE}/x"`).source).toBe('classDiagram\n  class Shape');
    expect(checkMermaidSource(`gantt\n  dateFormat YYYY-MM-DD\n  Task :a1, 2026-01-01, 3d\n  click a1 href "${BASE}"`).source).toBe('gantt\n  dateFormat YYYY-MM-DD\n  Task :a1, 2026-01-01, 3d');
    expect(checkMermaidSource(`sequenceDiagram\n  participant A\n  link A: Docs @ ${BASE}\n  links A: {"x": "${BASE}"}\n  A->>A: hi`).source).toBe('sequenceDiagram\n  participant A\n  A->>A: hi');
  });

  it('the diagram type is read past frontmatter, directives and comments', () => {
    expect(diagramType('---\ntitle: x\n---\n%%{init: {}}%%\n%% a comment\n  graph TD\n  A-->B')).toBe('graph');
    expect(diagramType('sequenceDiagram\n  A->>B: x')).toBe('sequenceDiagram');
  });
});

describe('the whiteboard schema refuses what the check refuses, naming the mermaid field', () => {
  const source = MERMAID_SINKS[0]!.source(BASE);

  it('a whiteboard: path mermaid', () => {
    const error = thrownGlimpseError(() => parseSpec({ kind: 'whiteboard', title: 'x', mermaid: source }));
    expect(error.code).toBe('invalid_spec');
    expect(error.issues[0]).toMatchObject({ path: ['mermaid'], message: expect.stringMatching(/image shapes/) });
  });

  it('a whiteboard in a slide: path slides.0.visual.mermaid', () => {
    const error = thrownGlimpseError(() => parseSpec({ kind: 'slides', title: 'x', slides: [{ layout: 'embed', title: 'x', visual: { kind: 'whiteboard', mermaid: source } }] }));
    expect(error.issues[0]?.path).toEqual(['slides', 0, 'visual', 'mermaid']);
  });
});
