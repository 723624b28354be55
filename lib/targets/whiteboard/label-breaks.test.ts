import { describe, expect, it } from 'vitest';
import { measureText } from '@/lib/render/text-paths';
import { parseSpec } from '@/lib/spec/visual';
import { breakDefects, BREAK_SAMPLES, BREAK_WIDTHS } from '@/lib/testing/break-defects';
import { noteLines } from './draw';
import { labelStyle, layoutWhiteboard, wrap } from './layout';
import type { WhiteboardSpec } from './schema';

/** Widths a label may get: a node's label up to 200 px, an edge's 160, a note's 192 (the narrowest, 80–112 px, cannot hold "1989–2025" or a whole phrase). */
const LABEL_WIDTHS = BREAK_WIDTHS.filter((width) => width >= 120);

describe('whiteboard labels break where satori text does (issue 14)', () => {
  it('the checker sees what character-by-character wrapping did: units, ranges, words, brackets, orphans split', () => {
    // The wrapping whiteboards had before: every CJK character a break, any space a break.
    const naive = (text: string, width: number, style: ReturnType<typeof labelStyle>) => {
      const lines: string[] = [];
      let line = '';
      for (const token of text.match(/[\u2E80-\u9FFF\u3040-\u30FF\uFF00-\uFFEF]|[^\s\u2E80-\u9FFF\u3040-\u30FF\uFF00-\uFFEF]+|\s+/g) ?? [text]) {
        if (line && measureText((line + token).trimEnd(), style) > width) {
          lines.push(line.trim());
          line = token.trimStart();
        } else line += token;
      }
      return [...lines, line.trim()].filter(Boolean);
    };
    const found = new Set(BREAK_SAMPLES.flatMap((sample) => LABEL_WIDTHS.flatMap((width) => breakDefects(sample.text, naive(sample.text, width, labelStyle({ style: 'clean', locale: sample.locale } as WhiteboardSpec)), sample.locale))));
    expect([...found].sort()).toEqual(['line-start', 'mid-word', 'open-bracket', 'orphan', 'range', 'unit']);
  });

  it.each(['clean', 'sketch'] as const)('node labels and notes (%s): no wrong break at any width', (style) => {
    for (const sample of BREAK_SAMPLES) {
      const label = labelStyle({ style, locale: sample.locale } as WhiteboardSpec);
      for (const width of LABEL_WIDTHS) {
        const lines = wrap(sample.text, width, label);
        expect(breakDefects(sample.text, lines, sample.locale), `${sample.name} at ${width}px: ${lines.join(' | ')}`).toEqual([]);
        for (const line of lines) expect(measureText(line, label)).toBeLessThanOrEqual(width + label.size);
      }
      const note = noteLines(sample.text, label);
      expect(breakDefects(sample.text, note, sample.locale), `${sample.name} note: ${note.join(' | ')}`).toEqual([]);
    }
  });

  it('keeps "288 GB", "9 月" and "1989–2025" whole and balances a two-line label', async () => {
    const spec = parseSpec({
      kind: 'whiteboard',
      title: '容量',
      nodes: [
        { id: 'a', label: 'GPU memory per card reached 288 GB' },
        { id: 'b', label: '新一代加速器在 9 月份正式发布（预计）' },
        { id: 'c', label: 'Archive coverage 1989–2025' },
      ],
      edges: [{ from: 'a', to: 'b', label: '内存带宽达到 288 GB' }, { from: 'b', to: 'c' }],
      notes: [{ text: '東京都の人口は増えています（推定）。売上は9月に1400万円を超えました' }],
    }) as WhiteboardSpec;
    const layout = await layoutWhiteboard(spec);
    const lines = Object.fromEntries(layout.nodes.map((node) => [node.id, node.lines]));
    expect(lines.a?.some((line) => line.includes('288 GB'))).toBe(true);
    expect(lines.b?.some((line) => line.includes('9 月'))).toBe(true);
    expect(lines.b?.some((line) => line.endsWith('（'))).toBe(false);
    expect(lines.c?.some((line) => line.includes('1989–2025'))).toBe(true);
    // Balanced: the two lines of a label are of like width, not a full line and a word.
    const style = labelStyle(spec);
    const [first = '', second = ''] = lines.a ?? [];
    expect(lines.a).toHaveLength(2);
    expect(measureText(second, style) / measureText(first, style)).toBeGreaterThan(0.6);
    expect(layout.edges[0]?.label?.lines.some((line) => line.includes('288 GB'))).toBe(true);
    const note = noteLines(spec.notes[0]!.text, style);
    expect(breakDefects(spec.notes[0]!.text, note, 'ja')).toEqual([]);
  });
});
