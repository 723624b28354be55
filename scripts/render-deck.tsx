import { writeFileSync } from 'node:fs';
import { parseSpec } from '@/lib/spec/visual';
import { renderSvg } from '@/lib/render/satori';
import { rasterize } from '@/lib/render/rasterize';
import { targets } from '@/lib/targets/registry';

// Renders every slide of a deck example to /tmp/slide-<name>-<n>.png, for looking at by hand.
const name = process.argv[2] ?? 'deck-en';
const example = targets.flatMap((target) => target.examples as { name: string; spec: unknown }[]).find((candidate) => candidate.name === name);
const spec = parseSpec(example?.spec);
const pages = spec.kind === 'slides' ? spec.slides.length : 1;
for (let page = 0; page < pages; page += 1) {
  const started = performance.now();
  const svg = await renderSvg(spec, page);
  writeFileSync(`/tmp/slide-${name}-${page + 1}.png`, await rasterize(svg.svg, { format: 'png', scale: 1 }));
  console.log(page + 1, svg.width, svg.height, Math.round(performance.now() - started), 'ms');
}
