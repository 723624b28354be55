import { describe, expect, it } from 'vitest';
import { MAX_SECTIONS, MAX_TITLE_CHARS } from '@/lib/limits';
import { specReference } from './spec-reference';

describe('specReference', () => {
  const infographic = specReference('infographic');

  it('lists top-level fields with their type, requirement, limits from lib/limits.ts and zod descriptions', () => {
    const title = infographic.find((row) => row.path === 'title');
    expect(title).toMatchObject({ type: 'string', required: true });
    expect(title?.rules).toContain(`≤ ${MAX_TITLE_CHARS} characters`);
    expect(title?.description.length).toBeGreaterThan(3);
    expect(infographic.find((row) => row.path === 'sections')?.rules).toContain(`≤ ${MAX_SECTIONS} items`);
    expect(infographic.find((row) => row.path === 'subtitle')?.required).toBe(false);
    expect(infographic.find((row) => row.path === 'kind')?.rules).toContain('= "infographic"');
  });

  it('splits a discriminated union into its members, each with its own fields', () => {
    const stats = infographic.filter((row) => row.variant === 'type = "stats"');
    expect(stats.map((row) => row.path)).toContain('sections[].items[].value');
    const steps = infographic.filter((row) => row.variant === 'type = "steps"');
    expect(steps.length).toBeGreaterThan(0);
    expect(infographic.some((row) => row.path === 'sections[].type')).toBe(false);
  });

  it('covers every kind', () => {
    for (const kind of ['chart', 'slides', 'whiteboard'] as const) expect(specReference(kind).length).toBeGreaterThan(10);
  });
});
