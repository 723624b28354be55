import type { LayoutRow } from './layout';
import type { Section } from './schema';

/**
 * Half-width sections side by side, packed instead of forced to equal height: a run of pairs is
 * laid into two columns, each section going to the shorter column (reading order kept top to
 * bottom), and only the last card of the shorter column stretches to even them, its content
 * centred when that leaves over MAX_HOLE_SHARE of it empty. Past MAX_CENTRED_HOLE_SHARE the run's
 * last section goes full width instead; a pair that cannot be evened goes full width, one above the
 * other, unless the spec asked for both halves.
 */

export type Placed = { section: Section; index: number };

export type Block = { kind: 'full'; item: Placed } | { kind: 'columns'; columns: [Placed[], Placed[]]; hole: number; holeShare: number; short: 0 | 1 };

/** The share of a stretched card's height that may be empty below its content to even two columns. */
export const MAX_HOLE_SHARE = 0.25;
/** Up to this share the stretched card's content is centred in it instead (the empty split above and below); past it the run is repacked. */
export const MAX_CENTRED_HOLE_SHARE = 0.45;
/** A stretch this small (CSS px) is always fine. */
export const MAX_HOLE_PX = 40;

/** Two columns of `items` by height (`heights[i]` of items[i]) with `gap` between cards, and the hole left. */
export function masonry(items: Placed[], heights: Map<number, number>, gap: number) {
  const columns: [Placed[], Placed[]] = [[], []];
  const totals = [0, 0];
  for (const item of items) {
    const side = (totals[1] ?? 0) < (totals[0] ?? 0) ? 1 : 0;
    totals[side] = (totals[side] ?? 0) + (columns[side].length ? gap : 0) + (heights.get(item.index) ?? 0);
    columns[side].push(item);
  }
  const short: 0 | 1 = (totals[0] ?? 0) <= (totals[1] ?? 0) ? 0 : 1;
  const hole = Math.abs((totals[0] ?? 0) - (totals[1] ?? 0));
  const last = columns[short][columns[short].length - 1];
  const stretched = (last ? (heights.get(last.index) ?? 0) : 0) + hole;
  return { columns, hole, holeShare: stretched > 0 ? hole / stretched : 0, short };
}

const acceptable = (packed: { hole: number; holeShare: number }) => packed.hole <= MAX_HOLE_PX || packed.holeShare <= MAX_CENTRED_HOLE_SHARE;

/** Whether the stretched card of a packing centres its content. */
export const centres = (packed: { hole: number; holeShare: number }) => packed.hole > MAX_HOLE_PX && packed.holeShare > MAX_HOLE_SHARE;

/** Rows (pairs and full sections, ./layout.ts) as blocks, runs of pairs packed by their measured heights. */
export function packRows(rows: LayoutRow[], heights: Map<number, number>, gap: number): Block[] {
  const blocks: Block[] = [];
  let run: Placed[] = [];
  const flush = () => {
    const tail: Placed[] = [];
    // Sections the spec itself set side by side ("width": "half") stay so; the critic reports the hole.
    while (run.length >= 2 && !run.every((item) => item.section.width === 'half')) {
      const packed = masonry(run, heights, gap);
      if (acceptable(packed)) break;
      const last = run.pop();
      if (last) tail.unshift(last);
    }
    if (run.length >= 2) blocks.push({ kind: 'columns', ...masonry(run, heights, gap) });
    else for (const item of run) blocks.push({ kind: 'full', item });
    for (const item of tail) blocks.push({ kind: 'full', item });
    run = [];
  };
  for (const row of rows) {
    if (row.sections.length === 2) run.push(...row.sections);
    else {
      flush();
      for (const item of row.sections) blocks.push({ kind: 'full', item });
    }
  }
  flush();
  return blocks;
}
