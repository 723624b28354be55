import fc from 'fast-check';
import { targets } from '@/lib/targets/registry';

/**
 * Inputs a stranger (or a confused model) might send: every example spec of every target, with a
 * few edits at random places — a value replaced by other JSON (wrong types, empty, huge numbers,
 * odd strings), a key deleted or added, an array emptied or repeated. Most are invalid (4xx),
 * some stay valid and render. Property tests assert none of them is a 5xx.
 */
export const EXAMPLE_SPECS: unknown[] = targets.flatMap((target) => target.examples.map((example) => example.spec));

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const oddStrings = fc.constantFrom('', ' ', '\u0000', '\u202e', '%ff', '💥👩🏽‍💻', '漢字かな한글', 'x'.repeat(300), '<svg/>', '../../etc/passwd', 'data:image/png;base64,AAAA', 'data:image/jpeg;base64,/9j/4AAQSkZJRg==', 'data:image/svg+xml;base64,bm90IHN2Zw==', 'http://127.0.0.1:9/', '__proto__', 'NaN', '-0', '1e309');
const oddNumbers = fc.constantFrom(0, -0, -1, 1e9, -1e9, 1e308, Number.MIN_VALUE, 0.5, 3, 24, 5001, 2 ** 31, Number.MAX_SAFE_INTEGER + 2);
const replacement: fc.Arbitrary<Json> = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json> },
  { weight: 2, arbitrary: oddStrings },
  { weight: 2, arbitrary: oddNumbers },
  { weight: 1, arbitrary: fc.constantFrom<Json>(null, true, [], {}, [null], [{}]) },
);

/** Every path to a value inside `value` (the root included). */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const here = [prefix];
  if (Array.isArray(value)) return here.concat(value.flatMap((item, index) => paths(item, [...prefix, index])));
  if (value && typeof value === 'object') return here.concat(Object.entries(value).flatMap(([key, child]) => paths(child, [...prefix, key])));
  return here;
}

type Edit = { kind: 'replace'; with: Json } | { kind: 'delete' } | { kind: 'add'; key: string; with: Json } | { kind: 'repeat'; times: number } | { kind: 'empty' };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 5, arbitrary: replacement.map((value) => ({ kind: 'replace' as const, with: value })) },
  { weight: 2, arbitrary: fc.constant({ kind: 'delete' as const }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('type', 'layout', 'kind', 'id', 'x', 'extra', 'values', 'href', 'image', 'logo', 'icon', 'mermaid'), replacement).map(([key, value]) => ({ kind: 'add' as const, key, with: value })) },
  { weight: 1, arbitrary: fc.integer({ min: 2, max: 40 }).map((times) => ({ kind: 'repeat' as const, times })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'empty' as const }) },
);

function apply(root: Json, path: (string | number)[], change: Edit): Json {
  if (path.length === 0) return change.kind === 'replace' ? change.with : root;
  const copy = structuredClone(root) as Record<string | number, Json>;
  let parent = copy;
  for (const part of path.slice(0, -1)) parent = parent[part] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  const target = parent[last];
  if (change.kind === 'replace') parent[last] = change.with;
  else if (change.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (change.kind === 'add' && target && typeof target === 'object' && !Array.isArray(target)) (target as Record<string, Json>)[change.key] = change.with;
  else if (change.kind === 'repeat' && Array.isArray(target)) parent[last] = Array.from({ length: change.times }, (_, index) => structuredClone(target[index % Math.max(1, target.length)] ?? null));
  else if (change.kind === 'empty') parent[last] = Array.isArray(target) ? [] : target && typeof target === 'object' ? {} : '';
  return copy;
}

/** An example spec with 1–`maxEdits` random edits (one edit leaves more of them valid, for render properties). */
export const mutatedSpecWith = (maxEdits: number): fc.Arbitrary<unknown> =>
  fc
  .tuple(fc.constantFrom(...(EXAMPLE_SPECS as Json[])), fc.array(fc.tuple(fc.nat(), edit), { minLength: 1, maxLength: maxEdits }))
  .map(([spec, edits]) =>
    edits.reduce<Json>((current, [pick, change]) => {
      const all = paths(current);
      return apply(current, all[pick % all.length] ?? [], change);
    }, spec),
  );

export const mutatedSpec = mutatedSpecWith(3);

/** Anything at all: mostly mutated examples, some arbitrary JSON. */
export const anyInput: fc.Arbitrary<unknown> = fc.oneof({ weight: 4, arbitrary: mutatedSpec }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) });

/** The seed for property runs: FC_SEED to replay a failure, else fixed so CI runs are repeatable. */
export const PROPERTY_SEED = Number(process.env.FC_SEED ?? 20_261_201);
