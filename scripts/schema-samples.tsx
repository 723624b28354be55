import { parseSpec } from '@/lib/spec/visual';
import { render } from '@/lib/render/render';
import { GlimpseError } from '@/lib/errors';
import { visualKinds } from '@/lib/spec/visual';
import { sampleSpec, SAMPLES_PER_KIND } from '@/lib/testing/schema-samples';

// Specs generated from the published schema: how many validate and render, per kind, and why the rest don't.
const verbose = process.argv.includes('-v');
const only = process.argv.slice(2).find((arg) => !arg.startsWith('-'));
for (const kind of visualKinds.filter((candidate) => !only || candidate === only)) {
  const reasons = new Map<string, number>();
  let ok = 0;
  const count = SAMPLES_PER_KIND[kind];
  for (let seed = 1; seed <= count; seed += 1) {
    const sample = await sampleSpec(kind, seed);
    try {
      await render(parseSpec(sample), { format: 'png', scale: 1 });
      ok += 1;
    } catch (error) {
      const reason = error instanceof GlimpseError ? `${error.code}: ${error.issues.slice(0, 2).map((issue) => `${issue.path.join('.')} ${issue.message}`).join(' | ') || error.message}` : String(error);
      reasons.set(reason.replace(/\d+/g, 'N').slice(0, 200), (reasons.get(reason.replace(/\d+/g, 'N').slice(0, 200)) ?? 0) + 1);
      if (verbose) console.log(kind, seed, reason.slice(0, 300), JSON.stringify(sample).slice(0, 400));
    }
  }
  console.log(`${kind}: ${ok}/${count} render`);
  for (const [reason, n] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`   ${n}× ${reason}`);
}
process.exit(0);
