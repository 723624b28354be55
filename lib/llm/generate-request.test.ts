import { describe, expect, it } from 'vitest';
import { fromZodError } from '@/lib/errors';
import { itEnforcesEdges, type Edge } from '@/lib/testing/edges';
import { thrownGlimpseError } from '@/lib/testing/errors';
import { generateRequestSchema } from './generate-request';

/** As POST /api/generate parses its body. */
const parseGenerateRequest = (input: unknown) => {
  const parsed = generateRequestSchema.safeParse(input);
  if (!parsed.success) throw fromZodError(parsed.error, 'invalid_request');
  return parsed.data;
};

const edges: Edge[] = [
  { limit: 'MAX_PROMPT_CHARS', what: 'characters of prompt', build: (length) => ({ prompt: 'p'.repeat(length) }), path: ['prompt'], code: 'invalid_request' },
  { limit: 'MAX_DATA_CHARS', what: 'characters of pasted data', build: (length) => ({ prompt: 'chart this', data: 'd'.repeat(length) }), path: ['data'], code: 'invalid_request' },
  { limit: 'MAX_CHART_ROWS', what: 'rows of data as objects', build: (count) => ({ prompt: 'chart this', data: Array.from({ length: count }, (_, index) => ({ label: `r${index}`, value: index })) }), path: ['data'], code: 'invalid_request' },
];

describe('generate request limits at their edges', () => {
  itEnforcesEdges(edges, parseGenerateRequest);
});

describe('generate request: mode of an edit', () => {
  it('"patch" and "spec" go with previousSpec; mode without it, or another mode, is a 400 naming mode', () => {
    const previousSpec = { kind: 'chart', title: 'T', type: 'bar', data: [{ label: 'a', value: 1 }] };
    expect(parseGenerateRequest({ prompt: 'make it dark', previousSpec, mode: 'patch' })).toMatchObject({ mode: 'patch' });
    expect(parseGenerateRequest({ prompt: 'make it dark', previousSpec, mode: 'spec' })).toMatchObject({ mode: 'spec' });
    for (const body of [{ prompt: 'make it dark', mode: 'patch' }, { prompt: 'make it dark', previousSpec, mode: 'diff' }]) {
      const error = thrownGlimpseError(() => parseGenerateRequest(body));
      expect(error.code).toBe('invalid_request');
      expect(error.issues.map((issue) => issue.path)).toContainEqual(['mode']);
    }
  });
});
