import { execSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { env } from '@/lib/env';
import { httpStatus } from '@/lib/errors';
import { render } from '@/lib/render/render';
import { rasterize } from '@/lib/render/rasterize';
import { resolveTheme } from '@/lib/render/theme';
import { parseSpec } from '@/lib/spec/visual';
import { rejectedGlimpseError } from '@/lib/testing/errors';
import { renderMermaid } from './index';
import { MERMAID_DIAGRAMS } from '@/lib/testing/mermaid-diagrams';
import { MermaidPool, mermaidPool } from './pool';

afterAll(async () => {
  await mermaidPool().close();
});

/** Pixels that differ between the diagram with and without its outlined labels: proof the labels are drawn. */
async function labelPixels(svg: string): Promise<number> {
  const withoutText = svg.replace(/<path data-glimpse-text=""[^>]*\/>/g, '');
  const [a, b] = await Promise.all([svg, withoutText].map(async (candidate) => sharp(await rasterize(candidate, { format: 'png', scale: 1 })).removeAlpha().raw().toBuffer()));
  let different = 0;
  for (let index = 0; index < Math.min(a?.length ?? 0, b?.length ?? 0); index += 3) if (Math.abs((a?.[index] ?? 0) - (b?.[index] ?? 0)) > 40) different += 1;
  return different;
}

describe('mermaid form (warm Chromium pool)', () => {
  it.each(Object.entries(MERMAID_DIAGRAMS))('%s renders to PNG and SVG with readable labels', async (_type, source) => {
    const spec = parseSpec({ kind: 'whiteboard', title: 'Mermaid', mermaid: source });
    const png = await render(spec, { format: 'png', scale: 1 });
    expect((await sharp(png.body).metadata()).width).toBe(1200);
    const diagram = await renderMermaid(source, resolveTheme(undefined));
    expect(diagram.svg).not.toContain('<foreignObject');
    expect(diagram.svg).not.toMatch(/<text[\s>]/);
    expect((diagram.svg.match(/data-glimpse-text/g) ?? []).length).toBeGreaterThan(1);
    expect(await labelPixels(diagram.svg)).toBeGreaterThan(80);
  });

  it('edge labels sit on plates of the background colour, so lines do not run through the words', async () => {
    const diagram = await renderMermaid(MERMAID_DIAGRAMS.flowchart!, resolveTheme(undefined));
    const plates = diagram.svg.match(/<rect[^>]*data-glimpse-plate=""[^>]*>/g) ?? [];
    expect(plates).toHaveLength(2); // "yes" and "no"
    // Without the plates the edge lines show through behind the labels: the pictures differ.
    const bare = diagram.svg.replace(/<rect[^>]*data-glimpse-plate=""[^>]*\/>/g, '');
    const [a, b] = await Promise.all([diagram.svg, bare].map(async (svg) => sharp(await rasterize(svg, { format: 'png', scale: 1 })).removeAlpha().raw().toBuffer()));
    let different = 0;
    for (let index = 0; index < Math.min(a!.length, b!.length); index += 3) if (Math.abs(a![index]! - b![index]!) > 40) different += 1;
    expect(different).toBeGreaterThan(10);
  });

  it('a syntax error is a 400 naming mermaid', async () => {
    const error = await rejectedGlimpseError(render(parseSpec({ kind: 'whiteboard', title: 'x', mermaid: 'flowchart LR\n  A --> ((' }), { format: 'svg', scale: 1 }));
    expect(error.code).toBe('invalid_spec');
    expect(error.issues[0]?.path).toEqual(['mermaid']);
  });
});

describe('mermaid pool behaviour', () => {
  const pool = new MermaidPool({ size: 2, timeoutMs: 20_000, executablePath: env.GLIMPSE_CHROMIUM_PATH });
  afterAll(() => pool.close());

  it('20 concurrent diagrams complete with a pool of 2', async () => {
    const sources = Array.from({ length: 20 }, (_, index) => `flowchart LR\n  A${index}[Node ${index}] --> B${index}[Next ${index}]`);
    const results = await Promise.all(sources.map((source) => renderMermaid(source, resolveTheme(undefined), undefined, { pool })));
    expect(results.every((result) => result.width > 0 && result.svg.includes('data-glimpse-text'))).toBe(true);
  });

  it('a diagram past its timeout is a 504 while the others keep working', async () => {
    const big = `flowchart TB\n${Array.from({ length: 60 }, (_, index) => `  N${index} --> N${index + 1}`).join('\n')}`;
    const [slow, ...others] = await Promise.allSettled([
      renderMermaid(big, resolveTheme(undefined), undefined, { pool, timeoutMs: 5 }),
      renderMermaid('flowchart LR\n  A --> B', resolveTheme(undefined), undefined, { pool }),
      renderMermaid('pie\n  "a" : 1\n  "b" : 2', resolveTheme(undefined), undefined, { pool }),
    ]);
    expect(slow.status).toBe('rejected');
    expect(slow.status === 'rejected' && (slow.reason as { code?: string }).code).toBe('render_timeout');
    expect(others.every((result) => result.status === 'fulfilled')).toBe(true);
    expect((await renderMermaid(big, resolveTheme(undefined), undefined, { pool })).width).toBeGreaterThan(0);
  });

  it('a syntax error keeps the warm page: the next diagram opens no new one', async () => {
    const solo = new MermaidPool({ size: 1, timeoutMs: 20_000, executablePath: env.GLIMPSE_CHROMIUM_PATH });
    try {
      await renderMermaid('flowchart LR\n  A --> B', resolveTheme(undefined), undefined, { pool: solo });
      expect(solo.stats()).toMatchObject({ pages: 1, idle: 1, opened: 1 });
      const error = await rejectedGlimpseError(renderMermaid('flowchart LR\n  A --> ((', resolveTheme(undefined), undefined, { pool: solo }));
      expect(error.code).toBe('invalid_spec');
      expect(httpStatus(error.code)).toBe(400);
      expect(error.issues[0]?.path).toEqual(['mermaid']);
      expect((await renderMermaid('flowchart LR\n  C --> D', resolveTheme(undefined), undefined, { pool: solo })).width).toBeGreaterThan(0);
      expect(solo.stats()).toMatchObject({ pages: 1, idle: 1, opened: 1 });
    } finally {
      await solo.close();
    }
  });

  it('a failure of ours in the page is render_failed (5xx), not the diagram\'s fault, and the page is replaced', async () => {
    const solo = new MermaidPool({ size: 1, timeoutMs: 20_000, executablePath: env.GLIMPSE_CHROMIUM_PATH });
    try {
      // The page script needs fontFamily; without it our code fails before mermaid sees the diagram.
      const error = await rejectedGlimpseError(solo.render({ source: 'flowchart LR\n  A --> B', fontFamily: undefined as unknown as string, fontCss: '', themeVariables: {} }));
      expect(error.code).toBe('render_failed');
      expect(httpStatus(error.code)).toBeGreaterThanOrEqual(500);
      expect(error.issues).toEqual([]);
      expect((await renderMermaid('flowchart LR\n  A --> B', resolveTheme(undefined), undefined, { pool: solo })).width).toBeGreaterThan(0);
      expect(solo.stats().opened).toBe(2);
    } finally {
      await solo.close();
    }
  });

  it('a killed browser is replaced', async () => {
    await renderMermaid('flowchart LR\n  A --> B', resolveTheme(undefined), undefined, { pool });
    const processes = execSync('ps -eo pid=,args=').toString().split('\n').filter((line) => line.includes(pool.tag) && !line.includes('ps -eo'));
    expect(processes.length).toBeGreaterThan(0);
    for (const line of processes) process.kill(Number(line.trim().split(/\s+/)[0]), 'SIGKILL');
    let result: { width: number } | undefined;
    for (let attempt = 0; attempt < 5 && !result; attempt += 1) {
      result = await renderMermaid('flowchart LR\n  C --> D', resolveTheme(undefined), undefined, { pool }).catch(() => undefined);
    }
    expect(result?.width).toBeGreaterThan(0);
  });

  it('without Chromium the mermaid form is a clear 503 and nothing else is affected', async () => {
    const missing = new MermaidPool({ size: 1, timeoutMs: 1000, executablePath: '/nonexistent/chromium' });
    const error = await rejectedGlimpseError(renderMermaid('flowchart LR\n  A --> B', resolveTheme(undefined), undefined, { pool: missing }));
    expect(error.code).toBe('unavailable');
    expect(error.message).toMatch(/GLIMPSE_CHROMIUM_PATH/);
  });
});
