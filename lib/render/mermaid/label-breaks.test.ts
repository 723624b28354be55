import { afterAll, describe, expect, it } from 'vitest';
import { resolveTheme } from '@/lib/render/theme';
import { breakDefects, BREAK_SAMPLES } from '@/lib/testing/break-defects';
import { labelLines } from '@/lib/testing/mermaid-lines';
import { renderMermaid } from './index';
import { BREAK_MARK, markLabel, markMermaidBreaks } from './label-breaks';
import { mermaidPool } from './pool';

afterAll(async () => {
  await mermaidPool().close();
});

const light = resolveTheme(undefined);
const JOINED = '\u2060';

describe('mermaid labels break by the Glimpse rules (issue 14 item 7)', () => {
  it('writes the rules into a label: a joined space keeps a unit, a mark lets CJK break between words', () => {
    expect(markLabel('Memory reached 288 GB per second')).toContain(`288${JOINED}GB`);
    expect(markLabel('在 9 月份发布', 'zh-Hans')).toContain(`9${JOINED}月`);
    expect(markLabel('東京都の人口は増えています', 'ja')).toBe(`東京都の${BREAK_MARK} 人口は${BREAK_MARK} 増えています`);
    expect(markLabel('  padded label  ')).toMatch(/^ {2}padded label {2}$/);
    expect(markLabel('plain')).toBe('plain');
  });

  it('leaves syntax alone: the type line, directives, gantt, mindmap icons, sequence keywords', () => {
    const gantt = 'gantt\n  title 九月の計画\n  section 準備\n  設計 :a1, 2026-09-01, 30d';
    expect(markMermaidBreaks(gantt, 'ja')).toBe(gantt);
    const flow = '%%{init: {"flowchart": {"wrappingWidth": 120}}}%%\nflowchart LR\n  A[東京都の人口] -->|9 月| B(増えています)';
    const marked = markMermaidBreaks(flow, 'ja');
    expect(marked.split('\n').slice(0, 2)).toEqual(flow.split('\n').slice(0, 2));
    expect(marked).toContain(`A[東京都の${BREAK_MARK} 人口]`);
    expect(marked).toContain(`|9${JOINED}月|`);
    expect(markMermaidBreaks('mindmap\n  root((計画))\n    ::icon(fa fa-book)', 'ja')).toContain('::icon(fa fa-book)');
    const markdown = 'flowchart LR\n  A["`**288 GB** per card`"]';
    expect(markMermaidBreaks(markdown)).toBe(markdown);
    expect(markMermaidBreaks('sequenceDiagram\n  loop 毎日 9 時\n  A->>B: 288 GB を送る\n  end', 'ja')).toBe(`sequenceDiagram\n  loop 毎日 9 時\n  A->>B: 288${JOINED}GB を${BREAK_MARK} 送る\n  end`);
  });

  it.each([120, 160, 200])('flowchart labels wrapped at %s px: no number split from its unit, no range split, no CJK word broken, no orphan', async (width) => {
    for (const locale of ['zh-Hans', 'ja', undefined]) {
      const samples = BREAK_SAMPLES.filter((sample) => (sample.locale ?? 'en').slice(0, 2) === (locale ?? 'en').slice(0, 2));
      const source = `%%{init: {"flowchart": {"wrappingWidth": ${width}}}}%%\nflowchart TB\n${samples.map((sample, index) => `  N${index}["${sample.text}"]`).join('\n')}`;
      const { labels } = await renderMermaid(source, light, locale);
      for (const sample of samples) {
        const lines = labelLines(labels, sample.text);
        expect(lines, sample.name).toBeDefined();
        expect(breakDefects(sample.text, lines!, sample.locale), `${sample.name}: ${lines!.join(' | ')}`).toEqual([]);
        // The marks and joiners never reach the drawing.
        expect(lines!.join('')).not.toMatch(/[\u2060\u2063]/);
      }
    }
  });

  it('sequence notes and messages in Japanese break between phrases, without hyphens, inside their boxes', async () => {
    const note = 'パスワードはハッシュ化されてから保存済みの値と照合されます（9 月導入）';
    const message = 'ログイン情報を送信して認証を依頼します';
    const source = `sequenceDiagram\n  participant U as 利用者\n  participant S as 認証サーバー\n  participant D as データベース\n  U->>S: ${message}\n  Note over U,S: ${note}\n  Note right of D: 索引による検索は通常 1 ミリ秒未満で終わります`;
    const { labels } = await renderMermaid(source, light, 'ja');
    for (const text of [note, message, '索引による検索は通常 1 ミリ秒未満で終わります']) {
      const lines = labelLines(labels, text);
      expect(lines, text).toBeDefined();
      expect(lines!.length, text).toBeGreaterThan(1);
      expect(lines!.some((line) => line.endsWith('-')), lines!.join(' | ')).toBe(false);
      expect(breakDefects(text, lines!, 'ja'), lines!.join(' | ')).toEqual([]);
      // "ハッシュ化" whole: the segmenter splits off 化, so breakDefects counts no broken word there.
      expect(lines!.some((line) => line.startsWith('化')), lines!.join(' | ')).toBe(false);
    }
    const notes = labels.filter((label) => note.replace(/\s/g, '').includes(label.text.replace(/\s/g, '')) && label.container);
    expect(notes.length).toBeGreaterThan(1);
    for (const line of notes) expect(line.box.x + line.box.width).toBeLessThanOrEqual(line.container!.x + line.container!.width + 1);
  });

  it('a mindmap label of several lines is centred line by line in its shape', async () => {
    const { labels } = await renderMermaid('mindmap\n  root((Launch plan for the new product line))\n    Marketing and communications\n      Blog post announcing the launch\n    発売を告知するブログ記事を書く', light, 'ja');
    let checked = 0;
    for (const text of ['Launch plan for the new product line', 'Marketing and communications', 'Blog post announcing the launch', '発売を告知するブログ記事を書く']) {
      const runs = labels.filter((label) => text.replace(/\s/g, '').includes(label.text.replace(/\s/g, '')) && label.container);
      // Rows of the shape that holds the label's first word (a word like "the" is in others too).
      const shape = runs.find((run) => text.startsWith(run.text))?.container;
      const rows = new Map<number, { left: number; right: number; shape: { x: number; width: number } }>();
      for (const run of runs.filter((candidate) => candidate.container?.x === shape?.x && candidate.container?.y === shape?.y)) {
        const key = Math.round(run.box.y);
        const row = rows.get(key) ?? { left: Infinity, right: -Infinity, shape: run.container! };
        rows.set(key, { left: Math.min(row.left, run.box.x), right: Math.max(row.right, run.box.x + run.box.width), shape: row.shape });
      }
      if (rows.size < 2) continue;
      checked += 1;
      for (const row of rows.values()) expect(Math.abs((row.left + row.right) / 2 - (row.shape.x + row.shape.width / 2)), text).toBeLessThan(2);
    }
    expect(checked).toBeGreaterThanOrEqual(2);
  });

  it('a timeline draws one space between words (it joined words and spaces with spaces) and keeps "9 月"', async () => {
    const { labels } = await renderMermaid('timeline\n  title 沿革\n  2021年 : 海外展開 : 台湾と韓国の市場に進出します（予定は 9 月）\n  2024 : Listed on the stock exchange in Tokyo', light, 'ja');
    expect(labels.some((label) => /\s{2}/.test(label.text))).toBe(false);
    expect(labels.some((label) => label.text.endsWith('9'))).toBe(false);
  });
});
