import { describe } from 'vitest';
import { parseSpec } from '@/lib/spec/visual';
import { itEnforcesEdges, type Edge } from '@/lib/testing/edges';

const card = (section: Record<string, unknown>) => ({ kind: 'infographic', title: 'T', sections: [section] });
const repeat = (count: number, item: unknown) => Array.from({ length: count }, () => item);

const edges: Edge[] = [
  { limit: 'MAX_SECTIONS', what: 'sections', build: (count) => ({ ...card({ type: 'text', text: 'x' }), sections: repeat(count, { type: 'text', text: 'x' }) }), path: ['sections'] },
  { limit: 'MAX_ITEMS', what: 'stat cards', build: (count) => card({ type: 'stats', items: repeat(count, { value: '1', label: 'a' }) }), path: ['sections', 0, 'items'] },
  { limit: 'MAX_ITEMS', what: 'pros', build: (count) => card({ type: 'pros-cons', pros: repeat(count, 'p'), cons: ['c'] }), path: ['sections', 0, 'pros'] },
  { limit: 'MAX_ITEMS', what: 'points on one side of a comparison', build: (count) => card({ type: 'comparison', left: { title: 'A', items: repeat(count, 'a') }, right: { title: 'B', items: ['b'] } }), path: ['sections', 0, 'left', 'items'] },
  { limit: 'MAX_VALUE_CHARS', what: 'characters of a stat value', build: (length) => card({ type: 'stats', items: [{ value: '9'.repeat(length), label: 'a' }] }), path: ['sections', 0, 'items', 0, 'value'] },
  { limit: 'MAX_VALUE_CHARS', what: 'characters of a stat delta', build: (length) => card({ type: 'stats', items: [{ value: '1', label: 'a', delta: '+'.repeat(length) }] }), path: ['sections', 0, 'items', 0, 'delta'] },
  { limit: 'MAX_VALUE_CHARS', what: 'characters of a funnel value', build: (length) => card({ type: 'funnel', items: [{ label: 'a', value: '9'.repeat(length) }] }), path: ['sections', 0, 'items', 0, 'value'] },
  { limit: 'MAX_DATE_CHARS', what: 'characters of a timeline date', build: (length) => card({ type: 'timeline', items: [{ date: 'd'.repeat(length), title: 'a' }] }), path: ['sections', 0, 'items', 0, 'date'] },
];

describe('infographic limits at their edges', () => {
  itEnforcesEdges(edges, parseSpec);
});
