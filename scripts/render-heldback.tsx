import { mkdirSync, writeFileSync } from 'node:fs';
import sharp from 'sharp';
import { lintSpec } from '@/lib/lint';
import { mermaidPool } from '@/lib/render/mermaid/pool';
import { render } from '@/lib/render/render';
import { parseSpec, targetFor } from '@/lib/spec/visual';
import { heldbackSet } from '@/lib/testing/heldback';

// Renders the held-back set (lib/testing/heldback) to <dir>/<name>[-<page>].png (dir: $OUT_DIR or
// /tmp/heldback), a contact sheet <name>-sheet.png for decks, and findings.json, for the review by eye.
const which = process.argv[2] ?? 'all';
const dir = process.env.OUT_DIR ?? '/tmp/heldback';
mkdirSync(dir, { recursive: true });
const report: Record<string, string[]> = {};
for (const example of heldbackSet.filter((candidate) => which === 'all' || candidate.name.startsWith(which))) {
  const spec = parseSpec(example.spec);
  const pages = targetFor(spec.kind).pageCount?.(spec) ?? 1;
  const findings = lintSpec(spec).map((finding) => `${finding.severity} ${finding.rule} ${finding.path.join('.')}: ${finding.message}`);
  const files: string[] = [];
  for (let page = 0; page < pages; page += 1) {
    const result = await render(spec, { format: 'png', scale: 1, page }).catch((error: Error) => {
      findings.push(`error render-failed ${page + 1}: ${error.message}`);
      return undefined;
    });
    if (!result) continue;
    const file = `${dir}/${pages > 1 ? `${example.name}-${page + 1}` : example.name}.png`;
    writeFileSync(file, result.body);
    files.push(file);
    for (const finding of result.findings ?? []) findings.push(`${finding.severity} ${finding.rule} ${pages > 1 ? `[${page + 1}] ` : ''}${finding.path.join('.')}: ${finding.message}`);
  }
  if (pages > 1) {
    // Two pages a row, each at half size: the whole deck in one picture.
    const tiles = await Promise.all(files.map(async (file) => sharp(file).resize({ width: 640 }).png().toBuffer({ resolveWithObject: true })));
    const height = Math.max(...tiles.map((tile) => tile.info.height));
    const rows = Math.ceil(tiles.length / 2);
    await sharp({ create: { width: 1300, height: rows * (height + 20), channels: 3, background: '#888888' } })
      .composite(tiles.map((tile, index) => ({ input: tile.data, left: (index % 2) * 660, top: Math.floor(index / 2) * (height + 20) })))
      .png()
      .toFile(`${dir}/${example.name}-sheet.png`);
  }
  report[example.name] = findings;
  console.log(example.name, pages, findings.length ? findings.join('\n  ') : 'clean');
}
writeFileSync(`${dir}/findings${which === 'all' ? '' : `-${which}`}.json`, JSON.stringify(report, null, 2));
await mermaidPool().close();
