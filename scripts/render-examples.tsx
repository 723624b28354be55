import { mkdirSync, writeFileSync } from 'node:fs';
import { parseSpec } from '@/lib/spec/visual';
import { render } from '@/lib/render/render';
import { targetFor } from '@/lib/spec/visual';
import { targets } from '@/lib/targets/registry';
import { stressDecks } from '@/lib/testing/stress/slides';
import { stressInfographics } from '@/lib/testing/stress/infographics';
import { stressCharts } from '@/lib/testing/stress/charts';

// Renders the named examples (or "all") to <dir>/out-<name>[-<page>].<format> (dir: $OUT_DIR or /tmp),
// every page of a deck, with the layout critic's findings, for looking at output by hand.
const [which = 'showcase', format = 'png'] = process.argv.slice(2);
const only = (name: string) => which === 'all' || name === which || (which.endsWith('*') && name.startsWith(which.slice(0, -1)));
const dir = process.env.OUT_DIR ?? '/tmp';
mkdirSync(dir, { recursive: true });
// The stress set (lib/testing/stress) renders too: `stress*`.
const examples = [...targets.flatMap((target) => target.examples as { name: string; spec: unknown }[]), ...stressDecks, ...stressInfographics, ...stressCharts];
for (const example of examples.filter((candidate) => only(candidate.name))) {
  const spec = parseSpec(example.spec);
  const pages = targetFor(spec.kind).pageCount?.(spec) ?? 1;
  for (let page = 0; page < pages; page += 1) {
    const started = performance.now();
    const result = await render(spec, { format: format as 'png', scale: 1, page });
    const name = pages > 1 ? `${example.name}-${page + 1}` : example.name;
    writeFileSync(`${dir}/out-${name}.${format}`, result.body);
    const findings = (result.findings ?? []).map((finding) => `${finding.severity} ${finding.rule} ${finding.path.join('.')}`);
    console.log(name, result.width, result.height, result.body.length, Math.round(performance.now() - started), 'ms', findings.join('; '));
  }
}
