import { describe, expect, it } from 'vitest';
import { parseSpec } from '@/lib/spec/visual';
import { VALID_CHART, VALID_INFOGRAPHIC, VALID_SLIDES, VALID_WHITEBOARD } from './recorded-replies';

describe('recorded valid replies', () => {
  it.each([
    ['infographic', VALID_INFOGRAPHIC],
    ['chart', VALID_CHART],
    ['slides', VALID_SLIDES],
    ['whiteboard', VALID_WHITEBOARD],
  ])('%s parses as a spec of that kind', (kind, reply) => {
    expect(parseSpec(JSON.parse(reply)).kind).toBe(kind);
  });
});
