import { describe } from 'vitest';
import { fromZodError } from '@/lib/errors';
import { itEnforcesEdges, type Edge } from '@/lib/testing/edges';
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
