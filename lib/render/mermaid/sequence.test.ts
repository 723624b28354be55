import { afterAll, describe, expect, it } from 'vitest';
import { resolveTheme } from '@/lib/render/theme';
import { heldbackSet } from '@/lib/testing/heldback';
import { renderMermaid } from './index';
import { mermaidPool } from './pool';
import { sequenceActorMargin, sequenceActors } from './sequence';

afterAll(async () => {
  await mermaidPool().close();
});

const https = (heldbackSet.find((example) => example.name === 'wb-https-sequence-mermaid')!.spec as { mermaid: string }).mermaid;

describe('sequence diagrams', () => {
  it('counts declared actors and the ones messages name; a few get more room, many keep mermaid\'s', () => {
    expect(sequenceActors(https)).toEqual(['B', 'S', 'CA']);
    expect(sequenceActors('sequenceDiagram\n  Alice->>+Bob: hi\n  Bob-->>-Carol: yo\n  Note over Alice,Bob: x')).toEqual(['Alice', 'Bob', 'Carol']);
    expect(sequenceActorMargin(https)).toBe(110);
    const six = `sequenceDiagram\n${['A', 'B', 'C', 'D', 'E', 'F'].map((name) => `  participant ${name}`).join('\n')}`;
    expect(sequenceActorMargin(six)).toBe(50);
    expect(sequenceActorMargin('flowchart LR\n  A --> B')).toBeUndefined();
  });

  it('a message over a lifeline hides it behind a plate; neighbours\' messages keep within their lifelines', async () => {
    const { svg, labels } = await renderMermaid(https, resolveTheme(undefined), undefined, { withoutTitle: true });
    const plates = Array.from(svg.matchAll(/<rect\b[^>]*data-glimpse-plate=""[^>]*>/g), ([tag]) => Object.fromEntries(['x', 'y', 'width', 'height'].map((name) => [name, Number(new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1])])));
    const crossing = labels.find((label) => label.text === 'Is this certificate valid? (OCSP)')!;
    expect(crossing).toBeDefined();
    // Before: no plate, the Server lifeline drawn through "certificate".
    expect(plates.some((plate) => plate.x! <= crossing.box.x && plate.x! + plate.width! >= crossing.box.x + crossing.box.width && plate.y! <= crossing.box.y + crossing.box.height / 2 && plate.y! + plate.height! >= crossing.box.y + crossing.box.height / 2)).toBe(true);
    // 110 px between actors (mermaid: 50): "ServerHello + certificate + key share" fits on one line.
    expect(labels.map((label) => label.text)).toContain('ServerHello + certificate + key share');
  });
});
