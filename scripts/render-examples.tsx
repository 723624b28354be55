import { writeFileSync } from 'node:fs';
import { parseSpec } from '@/lib/spec/visual';
import { render } from '@/lib/render/render';
import { targets } from '@/lib/targets/registry';

// Renders the named examples (or "all") to /tmp/out-<name>.<format>, for looking at output by hand.
const [which = 'showcase', format = 'png'] = process.argv.slice(2);
const examples = targets.flatMap((target) => target.examples as { name: string; spec: unknown }[]);
for (const example of examples.filter((candidate) => which === 'all' || candidate.name === which || (which.endsWith('*') && candidate.name.startsWith(which.slice(0, -1))))) {
  const started = performance.now();
  const result = await render(parseSpec(example.spec), { format: format as 'png', scale: 1 });
  writeFileSync(`/tmp/out-${example.name}.${format}`, result.body);
  console.log(example.name, result.width, result.height, result.body.length, Math.round(performance.now() - started), 'ms');
}
