import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '@/lib/testing/pdf';

// The real command, spawned as a user would run it (package.json "bin"), from a folder outside the package.
const LAUNCHER = path.join(import.meta.dirname, '..', '..', 'scripts', 'glimpse.mjs');
const CARD = { kind: 'infographic', title: 'CLI card', width: 640, sections: [{ type: 'stats', items: [{ value: '42%', label: 'Adoption', icon: 'rocket' }] }] };
const DECK = {
  kind: 'slides',
  title: 'CLI deck',
  slides: [
    { layout: 'title', title: 'CLI deck', subtitle: 'Three slides' },
    { layout: 'bullets', title: 'Points', bullets: ['One', 'Two'] },
    { layout: 'quote', quote: 'Offline by default.', author: 'Glimpse' },
  ],
};

let folder: string;

interface Run {
  code: number | null;
  stdout: Buffer;
  stderr: string;
}

/** Runs `glimpse …` in the temp folder; the environment has no model, so everything is offline. */
function glimpse(args: string[], input?: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [LAUNCHER, ...args], { cwd: folder, encoding: 'buffer', env: { PATH: process.env.PATH ?? '', GLIMPSE_DB_PATH: ':memory:', NODE_ENV: 'test' } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr: stderr.toString('utf8') });
    });
    child.stdin?.end(input ?? '');
  });
}

const file = (name: string) => readFileSync(path.join(folder, name));

beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'glimpse-cli-'));
  writeFileSync(path.join(folder, 'card.json'), JSON.stringify(CARD));
  writeFileSync(path.join(folder, 'deck.json'), JSON.stringify(DECK));
  writeFileSync(path.join(folder, 'bad.json'), JSON.stringify({ ...CARD, width: 10, sections: [{ type: 'stats', items: [{ value: '1', label: 'x', trend: 'sideways' }] }] }));
});

describe('glimpse render', () => {
  it('writes a PNG of the spec at --scale, from a relative path outside the package', async () => {
    const run = await glimpse(['render', 'card.json', '-o', 'card.png', '--scale', '2']);
    expect(run.stderr).toContain('wrote');
    expect(run.code).toBe(0);
    const png = file('card.png');
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const metadata = await sharp(png).metadata();
    expect(metadata.width).toBe(1280);
    expect(metadata.height).toBeGreaterThan(200);
  });

  it('reads the spec from stdin and writes SVG to stdout with --format', async () => {
    const run = await glimpse(['render', '-', '-o', '-', '--format', 'svg', '-q'], JSON.stringify(CARD));
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const svg = run.stdout.toString('utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('CLI card');
    expect((await sharp(run.stdout).metadata()).width).toBe(640);
  });

  it('exports a deck to PDF with one page per slide, with plain progress lines when stderr is not a TTY', async () => {
    const run = await glimpse(['render', 'deck.json', '-o', 'deck.pdf']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('deck.pdf: page 1/3\n');
    expect(run.stderr).toContain('deck.pdf: page 3/3\n');
    const pdf = file('deck.pdf');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const read = await readPdf(pdf);
    expect(read.pages).toHaveLength(3);
    expect(read.title).toBe('CLI deck');
  });

  it('exports a deck to PPTX (one slide file per slide) and ZIP (one PNG per slide), and one slide with --slide', async () => {
    const pptx = await glimpse(['render', 'deck.json', '-o', 'deck.pptx', '-q']);
    const zip = await glimpse(['render', 'deck.json', '-o', 'deck.zip', '-q']);
    const slide = await glimpse(['render', 'deck.json', '-o', 'slide.png', '--slide', '2', '-q']);
    expect([pptx.code, zip.code, slide.code]).toEqual([0, 0, 0]);
    const pptxEntries = Object.keys(unzipSync(new Uint8Array(file('deck.pptx'))));
    expect(pptxEntries.filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))).toHaveLength(3);
    const zipEntries = unzipSync(new Uint8Array(file('deck.zip')));
    expect(Object.keys(zipEntries).sort()).toEqual(['01.png', '02.png', '03.png']);
    const first = await sharp(Buffer.from(zipEntries['01.png']!)).metadata();
    expect([first.format, first.width, first.height]).toEqual(['png', 1280, 720]);
    const single = await sharp(file('slide.png')).metadata();
    expect([single.width, single.height]).toEqual([1280, 720]);
  });

  it('exits 2 on an invalid spec, printing each problem with its path', async () => {
    const run = await glimpse(['render', 'bad.json', '-o', 'bad.png']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('width: ');
    expect(run.stderr).toMatch(/sections\.0\.items\.0\.trend: Invalid option: expected one of "up"\|"down"\|"flat"/);
  });

  it('exits 1 when the spec file cannot be read, and for an unknown format', async () => {
    const missing = await glimpse(['render', 'missing.json', '-o', 'x.png']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('ENOENT');
    const gif = await glimpse(['render', 'card.json', '-o', 'x.gif']);
    expect(gif.code).toBe(1);
    expect(gif.stderr).toContain('unknown format "gif"');
  });
});

describe('glimpse generate', () => {
  it('plans offline from a prompt and data and writes a PNG', async () => {
    writeFileSync(path.join(folder, 'cities.csv'), 'City,Population\nNew Taipei,4046000\nTaichung,2861000\nKaohsiung,2724000\n');
    const run = await glimpse(['generate', 'compare the populations', '--data', 'cities.csv', '-o', 'cities.png']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('planned a chart with the offline planner');
    const metadata = await sharp(file('cities.png')).metadata();
    expect(metadata.format).toBe('png');
    expect(metadata.width).toBe(1200);
  });
});

describe('glimpse --help / --version / mcp', () => {
  it('prints usage with the exit codes, and the package version', async () => {
    const help = await glimpse(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout.toString()).toContain('Exit codes: 0 ok, 2 invalid spec');
    const version = await glimpse(['--version']);
    const pkg = JSON.parse(readFileSync(path.join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
    expect(version.stdout.toString().trim()).toBe(`glimpse ${pkg.version}`);
    const unknown = await glimpse(['draw']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('unknown command "draw"');
  });
});
