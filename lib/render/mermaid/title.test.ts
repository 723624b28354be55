import { describe, expect, it } from 'vitest';
import { takeTitle } from './title';

describe('a mermaid diagram\'s own title is taken out (the visual draws the spec\'s)', () => {
  it.each([
    ['gantt', 'gantt\n  title Roadmap 2026\n  dateFormat YYYY-MM-DD\n  section A\n  Task :a1, 2026-01-01, 3d', 'Roadmap 2026'],
    ['pie inline', 'pie title Formats served\n  "PNG" : 62', 'Formats served'],
    ['pie showData', 'pie showData title "Formats"\n  "PNG" : 62', 'Formats'],
    ['timeline', 'timeline\n  title History\n  2024 : Spine', 'History'],
    ['quadrant', 'quadrantChart\n  title Effort and impact\n  x-axis Low --> High', 'Effort and impact'],
    ['sequence', 'sequenceDiagram\n  title: Login\n  A->>B: hi', 'Login'],
    ['frontmatter', '---\ntitle: "Flow"\n---\nflowchart LR\n  A --> B', 'Flow'],
  ])('%s', (_name, source, title) => {
    const taken = takeTitle(source);
    expect(taken.title).toBe(title);
    expect(taken.source).not.toContain(title);
    expect(taken.source).not.toMatch(/title/);
  });

  it('keeps frontmatter config, and class members named title', () => {
    expect(takeTitle('---\ntitle: Flow\nconfig:\n  look: handDrawn\n---\nflowchart LR\n  A --> B').source).toBe('---\nconfig:\n  look: handDrawn\n---\nflowchart LR\n  A --> B');
    const classes = 'classDiagram\n  class Book {\n    title string\n  }';
    expect(takeTitle(classes)).toEqual({ source: classes, title: undefined });
    expect(takeTitle('flowchart LR\n  A --> B').title).toBeUndefined();
  });
});
