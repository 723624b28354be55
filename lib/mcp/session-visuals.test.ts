import { describe, expect, it } from 'vitest';
import { MAX_MCP_SESSION_VISUALS } from '@/lib/limits';
import { parseSpec } from '@/lib/spec/visual';
import { parseResourceUri, sessionId, sessionLinks } from './links';
import { SessionVisuals } from './session-visuals';

const card = (title: string) => parseSpec({ kind: 'infographic', title, sections: [{ type: 'text', text: title }] });

describe('SessionVisuals: MAX_MCP_SESSION_VISUALS at its edge', () => {
  it('keeps exactly the limit, and the one more forgets the least recently used', () => {
    const visuals = new SessionVisuals();
    expect(visuals.capacity).toBe(MAX_MCP_SESSION_VISUALS);
    for (let index = 0; index < MAX_MCP_SESSION_VISUALS; index += 1) visuals.put(`id${index}`, card(`Card ${index}`));
    expect(visuals.list()).toHaveLength(MAX_MCP_SESSION_VISUALS);
    expect(visuals.get('id0')?.title).toBe('Card 0'); // used again: now the most recent
    visuals.put('extra', card('Extra'));
    expect(visuals.list()).toHaveLength(MAX_MCP_SESSION_VISUALS);
    expect(visuals.get('id1')).toBeUndefined();
    expect(visuals.get('id0')?.title).toBe('Card 0');
    expect(visuals.list()[0]?.[0]).toBe('id0');
  });
});

describe('glimpse://visuals/ resource names', () => {
  it('round-trips every link a session hands out, and refuses anything else', () => {
    const deck = parseSpec({ kind: 'slides', title: 'Deck', slides: [{ layout: 'title', title: 'One' }, { layout: 'title', title: 'Two' }] });
    const id = sessionId(deck);
    const links = sessionLinks(deck, id);
    expect(links.url).toBeUndefined();
    expect(links.deck?.slides).toEqual([`glimpse://visuals/${id}-slide-1.png`, `glimpse://visuals/${id}-slide-2.png`]);
    for (const [format, uri] of Object.entries(links.files)) expect(parseResourceUri(uri!)).toEqual({ id, format });
    expect(parseResourceUri(links.deck!.slides[1]!)).toEqual({ id, format: 'png', slide: 2 });
    for (const bad of ['glimpse://visuals/', `glimpse://visuals/${id}`, `glimpse://visuals/${id}-slide-2.pdf`, `https://example.com/${id}.png`, `glimpse://visuals/../${id}.png`]) {
      expect(parseResourceUri(bad), bad).toBeUndefined();
    }
  });
});
