import { measureText } from '@/lib/render/text-paths';
import { linePieces } from '@/lib/render/line-break';
import { wrapLines } from '@/lib/render/wrap-lines';
import { JOURNEY_LEADING } from './page-script';
import { diagramType } from './source-check';

/**
 * Mermaid's user journey lays its tasks out in one row of fixed 150 px boxes 50 px apart, after a
 * 150 px margin, and counts that margin twice in its width: seven tasks came out 1,700 px wide, so a
 * 1,104 px canvas drew their 16 px text at 10.4 px, and a task name wider than its box ran out of it.
 * Here the row is sized to the canvas instead: boxes as wide as the tasks' count allows (between
 * MIN_SLOT_PX and MAX_SLOT_PX), wider up to JOURNEY_MAX_WIDTH_PX where that keeps every name to two
 * lines, the names wrapped inside their boxes (balanced, at Glimpse's break rules), the boxes taller
 * where a name still takes three, and the legend 24 px from the first box.
 * The page script trims the width mermaid adds twice (`PAGE_SCRIPT`).
 */

/** The width the row aims at: the default whiteboard canvas (1,200 px) less its padding. */
export const JOURNEY_WIDTH_PX = 1104;
/** As wide as the row may grow to keep names to two lines: 14 px text on that canvas. */
export const JOURNEY_MAX_WIDTH_PX = Math.round((JOURNEY_WIDTH_PX * 16) / 14);
/** Text size of task and section names (mermaid's labels elsewhere are 16 px too). */
export const JOURNEY_FONT_PX = 16;
/** One task's box and the gap after it, at least and at most (mermaid's own: 150 + 50). */
const MIN_SLOT_PX = 120;
const MAX_SLOT_PX = 200;
const GAP_PX = 16;
/** Room between a name and the side of its box. */
const INSET_PX = 8;
/** Wrapped lines' distance (the page script sets it) and the room above and below them in a box. */
const LINE_PX = JOURNEY_FONT_PX * JOURNEY_LEADING;
const BOX_INSET_PX = 6;
/** Box height at least (mermaid's own) and at most: mermaid draws the axis at 4 box heights, above the happiest face (285 px). */
const BOX_PX = 50;
const MAX_BOX_PX = 68;
/** Mermaid starts the legend's names 50 px in; the first box starts `leftMargin` + the widest name in. */
const LEGEND_TEXT_X = 50;
const LEGEND_GAP_PX = 24;

export interface JourneyTask {
  name: string;
  section?: string;
  actors: string[];
}

/** The tasks of a journey source (`name: score: actor, …` lines) and the section each lies in. */
export function journeyTasks(source: string): JourneyTask[] {
  const tasks: JourneyTask[] = [];
  let section: string | undefined;
  for (const line of source.split('\n').slice(1)) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('%%') || /^(title|accTitle|accDescr)\b/.test(trimmed)) continue;
    const heading = /^section\s+(.+)$/.exec(trimmed);
    if (heading) section = heading[1]!.trim();
    else {
      const task = /^([^:]+):\s*\d+\s*(?::(.*))?$/.exec(trimmed);
      if (task) tasks.push({ name: task[1]!.trim(), section, actors: (task[2] ?? '').split(',').map((actor) => actor.trim()).filter(Boolean) });
    }
  }
  return tasks;
}

export interface JourneyLayout {
  /** Keys of mermaid's `journey` config. */
  config: { width: number; height: number; taskMargin: number; diagramMarginX: number; leftMargin: number; taskFontSize: number; textPlacement: 'tspan' };
  /** The source with each task and section name wrapped to its box (`<br>` between lines). */
  source: string;
}

/**
 * The journey sized and wrapped to the canvas (see above), or undefined for any other diagram.
 * A row of a longer journey (`journeyRows`) is sized for `among`, all the journey's tasks, so the
 * rows' boxes line up.
 */
export function journeyLayout(source: string, locale?: string, among?: { tasks: JourneyTask[]; perRow: number }): JourneyLayout | undefined {
  if (diagramType(source) !== 'journey') return undefined;
  const own = journeyTasks(source);
  if (!own.length) return undefined;
  const tasks = among?.tasks ?? own;
  const perRow = among?.perRow ?? own.length;
  const style = { size: JOURNEY_FONT_PX, weight: 400, locale };
  const measure = (text: string) => measureText(text, style);
  const legend = Math.max(0, ...[...new Set(tasks.flatMap((task) => task.actors))].map(measure));
  // Mermaid adds the widest name to `leftMargin` only where it is wider than half the margin: with a
  // margin of LEGEND_TEXT_X + LEGEND_GAP_PX that holds for any name over ~37 px (2 px to spare for
  // the browser's own measure); a narrower legend gets its width in the margin instead.
  const margin = LEGEND_TEXT_X + LEGEND_GAP_PX;
  const leftMargin = legend > margin / 2 + 2 ? margin : margin + legend;
  const start = margin + legend;
  // The widest word decides how narrow a box may be; the canvas, how wide.
  const widestWord = Math.max(...tasks.flatMap((task) => linePieces(task.name, locale).map((piece) => measure(piece.trim()))));
  const slotFor = (total: number) => Math.floor((total - start - 2 * GAP_PX) / perRow);
  const wrap = (text: string, room: number) => wrapLines(text, room - 2 * INSET_PX, measure, { locale, balance: true });
  const narrowest = Math.min(MAX_SLOT_PX, Math.max(MIN_SLOT_PX, slotFor(JOURNEY_WIDTH_PX), Math.ceil(widestWord) + 2 * INSET_PX + GAP_PX));
  let slot = narrowest;
  for (let wider = narrowest; wider <= Math.min(MAX_SLOT_PX, slotFor(JOURNEY_MAX_WIDTH_PX)); wider += 4) {
    if (tasks.every((task) => wrap(task.name, wider - GAP_PX).length <= 2)) {
      slot = wider;
      break;
    }
  }
  const width = slot - GAP_PX;
  const lines = new Map(tasks.map((task) => [task.name, wrap(task.name, width)]));
  const sections = new Map<string, number>();
  for (const task of tasks) if (task.section !== undefined) sections.set(task.section, (sections.get(task.section) ?? 0) + 1);
  for (const [section, count] of sections) lines.set(`section ${section}`, wrap(section, count * width + (count - 1) * GAP_PX));
  const most = Math.max(...[...lines.values()].map((wrapped) => wrapped.length));
  const height = Math.min(MAX_BOX_PX, Math.max(BOX_PX, Math.ceil(most * LINE_PX + 2 * BOX_INSET_PX)));
  const wrapped = source
    .split('\n')
    .map((line, index) => {
      if (index === 0) return line;
      const heading = /^(\s*section\s+)(.+?)(\s*)$/.exec(line);
      if (heading) return heading[1]! + (lines.get(`section ${heading[2]!.trim()}`) ?? [heading[2]]).join('<br>') + heading[3]!;
      return line.replace(/^(\s*)([^:]+?)(\s*:\s*\d+\s*(?::.*)?)$/, (whole, lead: string, name: string, rest: string) => (lines.has(name.trim()) ? lead + lines.get(name.trim())!.join('<br>') + rest : whole));
    })
    .join('\n');
  return { config: { width, height, taskMargin: GAP_PX, diagramMarginX: GAP_PX, leftMargin, taskFontSize: JOURNEY_FONT_PX, textPlacement: 'tspan' }, source: wrapped };
}

/** A journey of more tasks than this is drawn in rows, each a journey of its own, one under another. */
export const MAX_ROW_TASKS = 8;

/**
 * A long journey split into rows of at most MAX_ROW_TASKS tasks, whole sections where they fit (a
 * section longer than a row goes on under its name in the next), the diagram's header lines (the
 * type, a title, accessibility lines) in the first row, the type in each. One row: the source itself.
 */
export function journeyRows(source: string): string[] {
  const tasks = journeyTasks(source);
  if (diagramType(source) !== 'journey' || tasks.length <= MAX_ROW_TASKS) return [source];
  const lines = source.split('\n');
  // Frontmatter or an init directive may come before the type line: every row takes them.
  const prelude = lines.slice(0, lines.findIndex((line) => /^\s*journey\b/.test(line)) + 1);
  const head = [...prelude];
  const sections: { heading?: string; tasks: string[] }[] = [];
  for (const line of lines.slice(prelude.length)) {
    const trimmed = line.trim();
    if (/^section\s/.test(trimmed)) sections.push({ heading: line, tasks: [] });
    else if (/^([^:]+):\s*\d+\s*(?::.*)?$/.test(trimmed) && !/^(title|accTitle|accDescr)\b/.test(trimmed)) {
      if (!sections.length) sections.push({ tasks: [] });
      sections.at(-1)!.tasks.push(line);
    } else if (!sections.length) head.push(line);
  }
  const rows: string[][] = [];
  let row: string[] = [];
  let count = 0;
  const close = () => {
    if (count) rows.push(row);
    row = [];
    count = 0;
  };
  for (const section of sections) {
    if (count && count + section.tasks.length > MAX_ROW_TASKS && section.tasks.length <= MAX_ROW_TASKS) close();
    for (let from = 0; from < section.tasks.length; ) {
      if (count === MAX_ROW_TASKS) close();
      const take = section.tasks.slice(from, from + MAX_ROW_TASKS - count);
      row.push(...(section.heading ? [section.heading] : []), ...take);
      count += take.length;
      from += take.length;
    }
  }
  close();
  return rows.map((body, index) => [...(index === 0 ? head : prelude), ...body].join('\n'));
}

/** Each row's actor colours: an actor keeps its colour in every row (mermaid gives them in sorted order, per diagram). */
export function rowColours(rows: string[], colours: string[]): string[][] {
  const everyone = [...new Set(rows.flatMap((row) => journeyTasks(row).flatMap((task) => task.actors)))].sort();
  return rows.map((row) => [...new Set(journeyTasks(row).flatMap((task) => task.actors))].sort().map((actor) => colours[everyone.indexOf(actor) % colours.length] ?? colours[0]!));
}
