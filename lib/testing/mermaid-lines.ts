import type { MermaidLabel } from '@/lib/render/mermaid/labels';

const bare = (text: string) => text.replace(/\s+/g, '');

/**
 * The lines mermaid drew for `label`, top to bottom, read from the page's text runs (one per line,
 * or one per word in flowcharts and mindmaps: runs on one baseline in one shape are one line).
 * Undefined when the drawn runs do not spell the label.
 */
export function labelLines(labels: MermaidLabel[], label: string): string[] | undefined {
  const want = bare(label);
  // Runs grouped by the shape that holds them (free ones: sequence messages), then by baseline.
  const shapes = new Map<string, Map<number, { y: number; parts: { x: number; text: string }[] }>>();
  for (const run of labels) {
    if (!bare(run.text) || !want.includes(bare(run.text))) continue;
    const shape = run.container ? `${run.container.x},${run.container.y}` : 'free';
    const rows = shapes.get(shape) ?? new Map();
    const baseline = Math.round(run.box.y + run.box.height);
    const row = rows.get(baseline) ?? { y: run.box.y, parts: [] };
    row.parts.push({ x: run.box.x, text: run.text });
    rows.set(baseline, row);
    shapes.set(shape, rows);
  }
  for (const rows of shapes.values()) {
    const lines = [...rows.values()]
      .sort((a, b) => a.y - b.y)
      .map((row) => row.parts.sort((a, b) => a.x - b.x).map((part) => part.text).join(' ').replace(/\s+/g, ' ').trim())
      .filter((line) => want.includes(bare(line)));
    // The first run of consecutive lines that spells the label.
    for (let start = 0; start < lines.length; start += 1) {
      let spelled = '';
      for (let end = start; end < lines.length; end += 1) {
        spelled += bare(lines[end]!);
        if (spelled === want) return lines.slice(start, end + 1);
        if (!want.startsWith(spelled)) break;
      }
    }
  }
  return undefined;
}
