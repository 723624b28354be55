import { describe, expect, it } from 'vitest';
import { fromZodError } from '@/lib/errors';
import { MAX_VISUAL_VERSIONS } from '@/lib/limits';
import { itEnforcesEdges } from '@/lib/testing/edges';
import type { VisualOutput } from './chat-message';
import { allSpecs, showVersion, specAt, versionChoiceSchema, versionsOf, visualVersionSchema, withVersion } from './visual-versions';

const chart = {
  kind: 'chart',
  title: 'Populations of the five largest cities in Taiwan',
  type: 'bar',
  data: [
    { label: 'New Taipei', value: 4046000 },
    { label: 'Taichung', value: 2861000 },
    { label: 'Kaohsiung', value: 2724000 },
    { label: 'Taipei', value: 2494000 },
    { label: 'Taoyuan', value: 2330000 },
  ],
};

/** A drawn visual of `spec`, as visualOutput() answers (URLs named after the title, so a test can tell them apart). */
const drawn = (spec: Record<string, unknown>, extra: Partial<VisualOutput> = {}): VisualOutput => ({
  spec: spec as VisualOutput['spec'],
  url: `/i/${String(spec.title)}.png`,
  urls: { png: `/i/${String(spec.title)}.png` },
  alt: String(spec.title),
  width: 1200,
  height: 675,
  planner: 'model',
  notes: [],
  ...extra,
});

const dark = { ...chart, theme: { mode: 'dark' } };
const line = { ...dark, type: 'line' };
const short = { ...line, title: 'Taiwan cities' };

/** Four versions: the answer, then three follow-ups. */
function fourVersions(): VisualOutput {
  let visual = drawn(chart);
  visual = withVersion(visual, drawn(dark), { source: 'model', as: 'patch', prompt: 'make it dark', at: 2 });
  visual = withVersion(visual, drawn(line), { source: 'model', as: 'spec', prompt: 'make it a line chart', at: 3 });
  return withVersion(visual, drawn(short), { source: 'edit', at: 4 });
}

describe('visual versions', () => {
  it('a visual stored before versions is one version, shown', () => {
    const old = drawn(chart, { planner: 'offline' });
    expect(versionsOf(old)).toEqual({ versions: [{ source: 'offline', at: 0 }], current: 0 });
    expect(allSpecs(old)).toEqual([chart]);
    expect(withVersion(old, drawn(dark), { source: 'model', at: 1 }).versions).toHaveLength(2);
  });

  it('a new version is appended and shown; each keeps the patch from the one before and the revert back', () => {
    const visual = fourVersions();
    expect(visual.current).toBe(3);
    expect(visual.spec).toEqual(short);
    expect(visual.url).toBe('/i/Taiwan cities.png');
    expect(visual.versions?.map((version) => [version.source, version.as, version.prompt])).toEqual([
      ['model', undefined, undefined],
      ['model', 'patch', 'make it dark'],
      ['model', 'spec', 'make it a line chart'],
      ['edit', undefined, undefined],
    ]);
    expect(visual.versions?.[0]?.patch).toBeUndefined();
    expect(visual.versions?.[1]?.patch).toEqual([{ op: 'add', path: '/theme', value: { mode: 'dark' } }]);
    expect(visual.versions?.[1]?.revert).toEqual([{ op: 'remove', path: '/theme' }]);
    expect(visual.versions?.[3]?.patch).toEqual([{ op: 'replace', path: '/title', value: 'Taiwan cities' }]);
    expect(visual.versions?.map((version) => visualVersionSchema.safeParse(version).success)).toEqual([true, true, true, true]);
  });

  it('undo twice, redo once: every version rebuilds from the shown one, going back and forward', () => {
    let visual = fourVersions();
    visual = showVersion(visual, 2, drawn(specAt(visual, 2)));
    visual = showVersion(visual, 1, drawn(specAt(visual, 1)));
    expect(visual.spec).toEqual(dark);
    expect(visual.url).toBe(`/i/${chart.title}.png`);
    expect(allSpecs(visual)).toEqual([chart, dark, line, short]);
    visual = showVersion(visual, 2, drawn(specAt(visual, 2)));
    expect(visual.current).toBe(2);
    expect(visual.spec).toEqual(line);
    // Through JSON, as stored: the same versions come back.
    const stored = JSON.parse(JSON.stringify(visual)) as VisualOutput;
    expect(allSpecs(stored)).toEqual([chart, dark, line, short]);
    expect(() => specAt(stored, 4)).toThrow(/no version 5/);
  });

  it('an edit of an older version goes at the end, built on the shown one; nothing is lost', () => {
    let visual = fourVersions();
    visual = showVersion(visual, 1, drawn(specAt(visual, 1)));
    const pie = { ...dark, type: 'pie' };
    visual = withVersion(visual, drawn(pie), { source: 'model', as: 'patch', prompt: 'as a pie', at: 5 });
    expect(allSpecs(visual)).toEqual([chart, dark, line, short, pie]);
    expect(visual.current).toBe(4);
  });

  it('a hand-edit session is one version: amends replace the editor\'s own last version, an amend back to where it began drops it', () => {
    let visual = withVersion(drawn(chart), drawn(dark), { source: 'model', at: 2 });
    visual = withVersion(visual, drawn({ ...dark, title: 'T' }), { source: 'edit', at: 3 }, true);
    // The last version is the model's, not an edit: the amend adds.
    expect(visual.versions).toHaveLength(3);
    visual = withVersion(visual, drawn({ ...dark, title: 'Ti' }), { source: 'edit', at: 4 }, true);
    visual = withVersion(visual, drawn({ ...dark, title: 'Title' }), { source: 'edit', at: 5 }, true);
    expect(visual.versions).toHaveLength(3);
    expect(allSpecs(visual)).toEqual([chart, dark, { ...dark, title: 'Title' }]);
    expect(visual.versions?.[2]?.at).toBe(5);
    visual = withVersion(visual, drawn(dark), { source: 'edit', at: 6 }, true);
    expect(allSpecs(visual)).toEqual([chart, dark]);
    expect(visual.current).toBe(1);
    // Not shown (undone) or not amending: a new version.
    const undone = showVersion(fourVersions(), 2, drawn(line));
    expect(withVersion(undone, drawn({ ...line, title: 'x' }), { source: 'edit', at: 7 }, true).versions).toHaveLength(5);
  });

  it(`keeps at most MAX_VISUAL_VERSIONS (${MAX_VISUAL_VERSIONS}): one more drops the oldest but the first`, () => {
    let visual = drawn(chart);
    const titled = (index: number) => ({ ...chart, title: `Take ${index}` });
    for (let index = 1; index < MAX_VISUAL_VERSIONS; index += 1) visual = withVersion(visual, drawn(titled(index)), { source: 'model', at: index });
    expect(visual.versions).toHaveLength(MAX_VISUAL_VERSIONS);
    expect(allSpecs(visual)[1]).toEqual(titled(1));
    visual = withVersion(visual, drawn(titled(MAX_VISUAL_VERSIONS)), { source: 'model', at: MAX_VISUAL_VERSIONS });
    expect(visual.versions).toHaveLength(MAX_VISUAL_VERSIONS);
    const specs = allSpecs(visual);
    expect(specs[0]).toEqual(chart);
    expect(specs[1]).toEqual(titled(2));
    expect(specs.at(-1)).toEqual(titled(MAX_VISUAL_VERSIONS));
    expect(visual.current).toBe(MAX_VISUAL_VERSIONS - 1);
  });

  it('a version keeps the fallback note of its answer; showing it brings the note back', () => {
    let visual = withVersion(drawn(chart), drawn(dark, { fallback: 'the offline planner answered' }), { source: 'offline', at: 2 });
    expect(visual.fallback).toBe('the offline planner answered');
    visual = showVersion(visual, 0, drawn(chart));
    expect(visual.fallback).toBeUndefined();
    visual = showVersion(visual, 1, drawn(dark));
    expect(visual.fallback).toBe('the offline planner answered');
  });

  it('stores patches, not copies: four versions of a chart take a fraction of four whole specs', () => {
    const visual = fourVersions();
    const versionBytes = JSON.stringify(visual.versions).length;
    const copies = JSON.stringify([chart, dark, line, short]).length;
    expect(versionBytes).toBeLessThan(copies / 2);
  });
});

describe('choosing a version (PATCH body)', () => {
  itEnforcesEdges([{ limit: 'MAX_VISUAL_VERSIONS', what: 'versions to choose from', build: (version) => ({ version }), path: ['version'], code: 'invalid_request' }], (input) => {
    const parsed = versionChoiceSchema.safeParse(input);
    if (!parsed.success) throw fromZodError(parsed.error, 'invalid_request');
    return parsed.data;
  });
});
