import { afterAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { rasterize } from '@/lib/render/rasterize';
import { render } from '@/lib/render/render';
import { resolveTheme } from '@/lib/render/theme';
import { parseSpec } from '@/lib/spec/visual';
import { heldbackSet } from '@/lib/testing/heldback';
import { MERMAID_DIAGRAMS } from '@/lib/testing/mermaid-diagrams';
import { saysMore } from '@/lib/targets/whiteboard/view';
import { ganttAxisFormat, renderMermaid } from './index';
import { GANTT_TICK_PX } from './page-script';
import { mermaidPool } from './pool';

afterAll(async () => {
  await mermaidPool().close();
});

const launch = heldbackSet.find((example) => example.name === 'wb-launch-gantt')!.spec as { title: string; mermaid: string };
const light = resolveTheme(undefined);

describe('gantt and git graph text', () => {
  it('date ticks read "Jan 10" at 14 px (mermaid: "2027-01-10" at 10 px), in the spec language', async () => {
    const { labels } = await renderMermaid(launch.mermaid, light, undefined, { withoutTitle: true });
    const ticks = labels.filter((label) => /^[A-Z][a-z]{2} \d{1,2}$/.test(label.text));
    expect(ticks.map((tick) => tick.text)).toEqual(expect.arrayContaining(['Jan 10', 'Jan 17', 'Feb 7']));
    expect(labels.some((label) => /\d{4}-\d{2}-\d{2}/.test(label.text))).toBe(false);
    for (const tick of ticks) expect(tick.size).toBe(GANTT_TICK_PX);
    expect(ganttAxisFormat('ja')).toBe('%-m月%-d日');
    const japanese = await renderMermaid(launch.mermaid, light, 'ja', { withoutTitle: true });
    expect(japanese.labels.map((label) => label.text)).toContain('1月10日');
    // A diagram's own axisFormat still wins.
    const own = await renderMermaid(launch.mermaid.replace('dateFormat YYYY-MM-DD', 'dateFormat YYYY-MM-DD\n  axisFormat %d/%m'), light, undefined, { withoutTitle: true });
    expect(own.labels.map((label) => label.text)).toContain('10/01');
  });

  it('a milestone is a diamond about its own centre (the square mermaid turns with CSS)', async () => {
    const { svg, viewBox } = await renderMermaid(launch.mermaid, light, undefined, { withoutTitle: true });
    const milestone = /<rect\b[^>]*transform="translate\(([\d.]+) ([\d.]+)\) rotate\(45\)[^"]*"[^>]*>/.exec(svg);
    expect(milestone).not.toBeNull();
    const [cx, cy] = [Number(milestone![1]), Number(milestone![2])];
    const { data, info } = await sharp(await rasterize(svg, { format: 'png', scale: 1 })).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) => {
      const offset = (Math.round(y - viewBox!.y) * info.width + Math.round(x - viewBox!.x)) * 3;
      return [data[offset], data[offset + 1], data[offset + 2]].join(',');
    };
    // 11 px out on both axes lies inside the 30 px square mermaid's bar height makes, outside the
    // diamond (17 px from its centre to a tip): the task's fill before, the background now.
    expect(at(cx - 2, cy)).toBe(at(cx + 2, cy));
    for (const [dx, dy] of [[11, 11], [-11, -11], [11, -11], [-11, 11]]) expect(at(cx + dx!, cy + dy!)).not.toBe(at(cx, cy));
  });

  it('commit ids are 14 px (mermaid: 10 px)', async () => {
    const { labels } = await renderMermaid(MERMAID_DIAGRAMS.gitGraph!, light);
    const ids = labels.filter((label) => ['spine', 'vega'].includes(label.text));
    expect(ids).toHaveLength(2);
    for (const id of ids) expect(id.size).toBe(14);
  });

  it('the critic reads the smallest label drawn, not 16 px for all', async () => {
    const small = `%%{init: {"themeVariables": {"commitLabelFontSize": "9px"}}}%%\n${MERMAID_DIAGRAMS.gitGraph!}`;
    const rendered = await render(parseSpec({ kind: 'whiteboard', title: 'Branches', mermaid: small }), { format: 'png', scale: 1 });
    expect(rendered.findings).toEqual([expect.objectContaining({ rule: 'text-too-small', severity: 'error', path: ['mermaid'] })]);
  });
});

describe('one title', () => {
  it.each([
    ['Website relaunch', 'Website relaunch plan', false],
    ['Website relaunch plan', 'Website relaunch plan', false],
    ['website-relaunch!', 'Website relaunch plan', false],
    ['发布计划', '网站改版发布计划', false],
    ['Buying shoes online', 'Checkout experience today', true],
    ['Website relaunch, phase 2', 'Website relaunch plan', true],
  ])('"%s" under "%s" says more: %s', (own, title, expected) => {
    expect(saysMore(own, title)).toBe(expected);
  });

  it('the gantt\'s own title is not drawn again as a subtitle', async () => {
    // Drawn as if the diagram had no title of its own: the same pixels (the alt text still quotes the source).
    const [titled, bare] = await Promise.all([launch.mermaid, launch.mermaid.replace(/^\s*title .*$/m, '')].map(async (mermaid) => (await render(parseSpec({ kind: 'whiteboard', title: launch.title, mermaid }), { format: 'png', scale: 1 })).body));
    expect(titled!.equals(bare!)).toBe(true);
  });
});
