import { describe, expect, it } from 'vitest';
import { renderSvg } from '@/lib/render/satori';
import { parseSpec } from '@/lib/spec/visual';
import type { InfographicSpec } from './schema';
import { layoutRows } from './layout';
import { masonry, packRows } from './pack';

const facts = (rows: number, width?: string) => ({ type: 'key-value', title: 'Facts', ...(width ? { width } : {}), rows: Array.from({ length: rows }, (_, index) => ({ key: `Key ${index + 1}`, value: `Value ${index + 1}` })) });
const note = (width?: string) => ({ type: 'callout', text: 'Short note.', ...(width ? { width } : {}) });
const spec = (sections: unknown[]) => parseSpec({ kind: 'infographic', title: 'T', sections }) as InfographicSpec;
const findings = async (input: InfographicSpec) => (await renderSvg(input)).findings.map((finding) => [finding.rule, finding.severity, finding.path]);

describe('half-width sections are packed, not stretched to equal height', () => {
  const heights = (...values: number[]) => new Map(values.map((height, index) => [index, height]));
  const rowsOf = (input: InfographicSpec) => layoutRows(input, 1200);

  it('a tall section sits beside the next two stacked (each to the shorter column)', () => {
    const input = spec([facts(8), note(), note(), note()]);
    const [block] = packRows(rowsOf(input), heights(400, 120, 120, 120), 24);
    expect(block?.kind === 'columns' && block.columns.map((column) => column.map((item) => item.index))).toEqual([[0], [1, 2, 3]]);
  });

  it('a pair too uneven to even goes full width, one above the other', () => {
    const blocks = packRows(rowsOf(spec([facts(8), note()])), heights(400, 100), 24);
    expect(blocks.map((block) => block.kind)).toEqual(['full', 'full']);
  });

  it('a pair close in height stays side by side; a moderately uneven one centres the shorter', () => {
    expect(masonry(rowsOf(spec([facts(3), note()]))[0]!.sections, heights(200, 180), 24)).toMatchObject({ hole: 20, short: 1 });
    expect(packRows(rowsOf(spec([facts(3), note()])), heights(200, 120), 24).map((block) => block.kind)).toEqual(['columns']);
  });
});

describe('the infographic layout critic', () => {
  it('empty-space: two halves the spec pins side by side, one far shorter; none when the layout may repack them', async () => {
    expect(await findings(spec([facts(10, 'half'), note('half')]))).toContainEqual(['empty-space', 'warning', ['sections', 1]]);
    expect((await findings(spec([facts(10), note()]))).filter(([rule]) => rule === 'empty-space')).toEqual([]);
  });
});
