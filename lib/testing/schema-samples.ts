import { generate } from 'json-schema-faker';
import { visualJsonSchema } from '@/lib/spec/visual';
import type { VisualKind } from '@/lib/targets/registry';
import { MERMAID_DIAGRAMS } from './mermaid-diagrams';
import { dataUri, solidSvg } from './pictures';
import { vegaLiteCorpus } from './vega-lite-corpus';

/**
 * Specs generated straight from the published JSON Schema (`GET /api/schema`), the way a model under
 * schema-constrained decoding writes them: any structure the schema allows, random text in it.
 * json-schema-faker draws each one from a seed, so a run is reproducible. Two choices, both about
 * what JSON Schema cannot describe:
 * - text is at most SAMPLE_TEXT_CHARS long and lists at most SAMPLE_MAX_ITEMS items (a model writes
 *   titles and short lists, not 1,000 random characters or a 20-slide deck of tables);
 * - a field whose value is a program or a file in another language — a mermaid source, a Vega-Lite
 *   spec, a picture's bytes — comes from a corpus of valid ones, picked by the seed. Everything
 *   around them (the forms, sizes, themes, ids, references, icons, limits) is drawn from the schema.
 */

export const SAMPLE_TEXT_CHARS = 60;
/** Items per list at most: slides in a deck, bullets, rows, nodes (a model answers a question, not a limit test). */
export const SAMPLE_MAX_ITEMS = 5;

/** How many specs per kind the acceptance run draws (the counts; infographics too). */
export const SAMPLES_PER_KIND: Record<VisualKind, number> = { chart: 25, whiteboard: 20, slides: 15, infographic: 20 };

const mermaidSources = Object.values(MERMAID_DIAGRAMS);
const vegaLiteSpecs = Object.values(vegaLiteCorpus);
const pictures = [dataUri('svg+xml', solidSvg([79, 70, 229])), dataUri('svg+xml', solidSvg([16, 185, 129], '<circle cx="50" cy="50" r="30" fill="#fff"/>'))];

function fillLanguages(value: unknown, seed: number, key = ''): unknown {
  if (Array.isArray(value)) return value.map((item, index) => fillLanguages(item, seed + index, key));
  if (key === 'mermaid' && typeof value === 'string') return mermaidSources[seed % mermaidSources.length];
  if (key === 'vegaLite' && value && typeof value === 'object') return vegaLiteSpecs[seed % vegaLiteSpecs.length];
  if ((key === 'logo' || key === 'image') && typeof value === 'string' && value.startsWith('data:')) return pictures[seed % pictures.length];
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([child, item]) => [child, fillLanguages(item, seed, child)]));
}

/** The published schema's branch for one kind, with the document's shared definitions. */
export function kindBranch(kind: VisualKind): Record<string, unknown> {
  const schema = visualJsonSchema();
  const branches = (schema.oneOf ?? schema.anyOf) as Record<string, unknown>[];
  const kindOf = (node: Record<string, unknown>): unknown => {
    const own = (node.properties as { kind?: { const?: unknown } } | undefined)?.kind?.const;
    return own ?? (Array.isArray(node.anyOf) ? kindOf(node.anyOf[0] as Record<string, unknown>) : undefined);
  };
  const branch = branches.find((candidate) => kindOf(candidate) === kind);
  if (!branch) throw new Error(`no branch for kind "${kind}" in the published schema`);
  return { ...branch, ...(schema.$defs ? { $defs: schema.$defs } : {}) };
}

export async function sampleSpec(kind: VisualKind, seed: number): Promise<unknown> {
  const sample = await generate(kindBranch(kind) as never, { seed, optionalsProbability: 0.5, maxDefaultItems: 4, maxDepth: 12, maxItems: SAMPLE_MAX_ITEMS, maxLength: SAMPLE_TEXT_CHARS });
  return fillLanguages(sample, seed);
}
