import { encodeSpecParam } from '@/lib/http/request';
import { parseSpec } from '@/lib/spec/visual';
import { specId } from '@/lib/store/specs';
import { targets, type VisualKind } from '@/lib/targets/registry';

/** Every registry example: the document's request-body examples, /docs' gallery. */
export const registryExamples: { kind: VisualKind; name: string; spec: unknown }[] = targets.flatMap((target) => target.examples.map((example) => ({ kind: target.kind, name: example.name, spec: example.spec as unknown })));

export function registryExample(name: string): unknown {
  const example = registryExamples.find((candidate) => candidate.name === name);
  if (!example) throw new Error(`no registry example "${name}"`);
  return example.spec;
}

/** The example the document stores with POST /api/specs and then reads back from /i/<id>. */
export const STORED_EXAMPLE = 'showcase';
/** The deck the document stores with POST /api/decks and then exports. */
export const DECK_EXAMPLE = 'deck-midnight';
/** A small example for URLs that carry the whole spec (?spec=). */
export const URL_EXAMPLE = 'section-stats';
/** The conversation the chat example starts (and the last example deletes). */
export const CHAT_EXAMPLE_ID = 'openapi-example';

/** Stored ids are content hashes, so the document knows them before anything is stored. */
export const storedId = (name: string) => specId(parseSpec(registryExample(name)));

export const specParam = (name: string) => encodeSpecParam(parseSpec(registryExample(name)));

/** A spec that renders with a lint finding: an icon name that is not Lucide's (drawn as "rocket"). */
export const LINT_SPEC = {
  kind: 'infographic',
  title: 'Launch checklist',
  sections: [{ type: 'icon-list', items: [{ icon: 'rockt', title: 'Ship it' }] }],
};

/** A spec that breaks one rule (a trend that is not up, down or flat): the 400 examples. */
export const INVALID_SPEC = {
  kind: 'infographic',
  title: 'A typo',
  sections: [{ type: 'stats', items: [{ value: '42%', label: 'Adoption', trend: 'sideways' }] }],
};
