import { afterAll, describe, expect, it } from 'vitest';
import { colord } from 'colord';
import { resolveTheme } from '@/lib/render/theme';
import { MERMAID_DIAGRAMS } from '@/lib/testing/mermaid-diagrams';
import { renderMermaid } from './index';
import { overhang, type Box, type MermaidLabel } from './labels';
import { mermaidPool } from './pool';
import { mermaidThemeVariables } from './theme-variables';

afterAll(async () => {
  await mermaidPool().close();
});

const light = resolveTheme(undefined);
const union = (boxes: Box[]): Box => {
  const x = Math.min(...boxes.map((box) => box.x));
  const y = Math.min(...boxes.map((box) => box.y));
  return { x, y, width: Math.max(...boxes.map((box) => box.x + box.width)) - x, height: Math.max(...boxes.map((box) => box.y + box.height)) - y };
};
const labelled = (labels: MermaidLabel[], words: RegExp) => labels.filter((label) => words.test(label.text));

const SEQUENCE = 'sequenceDiagram\n  actor U as User\n  participant A as Auth service\n  participant D as Database\n  U->>A: POST /login with email and password\n  Note over U,A: The password is hashed with argon2 before it is compared with the stored hash\n  A->>D: SELECT user\n  D-->>A: row\n  Note right of D: Indexed lookup by email address, usually under a millisecond\n  A-->>U: 200 + session cookie';
const QUADRANT = 'quadrantChart\n  title Reach and engagement of campaigns\n  x-axis Low Reach --> High Reach\n  y-axis Low Engagement --> High Engagement\n  quadrant-1 We should expand\n  quadrant-2 Need to promote\n  quadrant-3 Re-evaluate\n  quadrant-4 May be improved\n  Campaign A: [0.3, 0.6]\n  Campaign B: [0.45, 0.23]';

describe('mermaid fidelity (issue 14 item 6), read from the drawn labels', () => {
  it('sequence notes hold their text: every note line lies inside its note box', async () => {
    const { labels } = await renderMermaid(SEQUENCE, light);
    const notes = labelled(labels, /argon2|hashed|stored|Indexed|millisecond/);
    expect(notes.length).toBeGreaterThanOrEqual(2);
    for (const note of notes) {
      expect(note.container, note.text).toBeDefined();
      expect(overhang(note.box, note.container!), note.text).toBeLessThanOrEqual(1);
    }
  });

  it('the actor\'s name sits under the stick figure, not across its legs', async () => {
    const { svg, labels } = await renderMermaid(SEQUENCE, light);
    const names = labelled(labels, /^User$/);
    expect(names).toHaveLength(2);
    const lines = Array.from(svg.matchAll(/<line\b[^>]*>/g), ([tag]) => Object.fromEntries(['x1', 'y1', 'x2', 'y2'].map((name) => [name, Number(new RegExp(`\\s${name}="([^"]+)"`).exec(tag)?.[1])])));
    for (const { box } of names) {
      const crossing = lines.filter(({ x1, y1, x2, y2 }) => Array.from({ length: 21 }, (_, step) => ({ x: x1! + ((x2! - x1!) * step) / 20, y: y1! + ((y2! - y1!) * step) / 20 })).some((point) => point.x > box.x + 1 && point.x < box.x + box.width - 1 && point.y > box.y + 1 && point.y < box.y + box.height - 1));
      expect(crossing, JSON.stringify(box)).toEqual([]);
    }
  });

  it('quadrant chart: title and axis labels inside the diagram, quadrant names inside their quadrants (not on the border)', async () => {
    const { labels, viewBox } = await renderMermaid(QUADRANT, light);
    expect(viewBox).toBeDefined();
    for (const label of labels) expect(overhang(label.box, viewBox!), label.text).toBeLessThanOrEqual(0.5);
    const names = labelled(labels, /expand|promote|Re-evaluate|improved/);
    expect(names).toHaveLength(4);
    for (const name of names) {
      expect(name.container, name.text).toBeDefined();
      // Struck through: the border ran through the middle of the words.
      expect(name.box.y - name.container!.y, name.text).toBeGreaterThan(1);
    }
    expect(labelled(labels, /High Engagement|Low Engagement|Reach and engagement/)).toHaveLength(3);
  });

  it('the mindmap root label is centred on its circle', async () => {
    const { labels } = await renderMermaid('mindmap\n  root((Product launch))\n    Marketing\n      Blog post\n    Engineering\n      Release', light);
    const root = labelled(labels, /Product|launch/);
    const box = union(root.map((label) => label.box));
    const circle = root[0]?.container;
    expect(circle).toBeDefined();
    expect(Math.abs(box.x + box.width / 2 - (circle!.x + circle!.width / 2))).toBeLessThan(2);
    expect(Math.abs(box.y + box.height / 2 - (circle!.y + circle!.height / 2))).toBeLessThan(2);
  });

  it('the diagram\'s own title is taken out when the visual draws one', async () => {
    const source = 'gantt\n  title Roadmap 2026\n  dateFormat YYYY-MM-DD\n  section Build\n  Spine :a1, 2026-01-01, 30d';
    expect(labelled((await renderMermaid(source, light)).labels, /Roadmap 2026/)).toHaveLength(1);
    const taken = await renderMermaid(source, light, undefined, { withoutTitle: true });
    expect(taken.title).toBe('Roadmap 2026');
    expect(labelled(taken.labels, /Roadmap/)).toEqual([]);
  });

  it.each(['light', 'dark'] as const)('colours come from the Glimpse palette and mode (%s, ocean): no mermaid purple, no black on dark', async (mode) => {
    const theme = resolveTheme({ palette: 'ocean', mode });
    const allowed = new Set(Object.values(mermaidThemeVariables(theme)).filter((value): value is string => typeof value === 'string' && colord(value).isValid()).map((value) => colord(value).toHex()));
    for (const type of ['flowchart', 'pie', 'mindmap', 'timeline', 'quadrant', 'state', 'class', 'gantt', 'gitGraph', 'journey'] as const) {
      const { svg } = await renderMermaid(MERMAID_DIAGRAMS[type]!, theme, undefined, { withoutTitle: true });
      const painted = Array.from(svg.matchAll(/\s(?:fill|stroke)="([^"]+)"/g), (match) => colord(match[1]!)).filter((color) => color.isValid() && color.alpha() > 0);
      expect(painted.length, type).toBeGreaterThan(3);
      const foreign = [...new Set(painted.map((color) => color.alpha(1).toHex()).filter((hex) => !allowed.has(hex)))];
      expect(foreign, type).toEqual([]);
    }
    // The slices are the palette's own colours.
    const pie = (await renderMermaid(MERMAID_DIAGRAMS.pie!, theme)).svg;
    for (const accent of theme.accents.slice(0, 3)) expect(pie.toLowerCase()).toContain(`fill="${colord(accent).toRgbString().toLowerCase()}"`);
    // Journey's actors take the palette's first colours (mermaid's lime and sea green before).
    const journey = (await renderMermaid(MERMAID_DIAGRAMS.journey!, theme)).svg.toLowerCase();
    expect(journey).toContain(`fill="${colord(theme.accents[0]!).toRgbString().toLowerCase()}"`);
    expect(journey).not.toMatch(/fill="rgb\((124, 252, 0|143, 188, 143)\)"/);
  });
});
