import { colord } from 'colord';
import { checkIcon } from '@/lib/render/icons';
import { closestVision, MIN_SERIES_DELTA_E } from '@/lib/render/color-distance';
import { resolveTheme } from '@/lib/render/theme';
import { PALETTES } from '@/lib/spec/palettes';
import type { ThemeSpec } from '@/lib/spec/common';
import { chartRows, resolveFields } from '@/lib/targets/chart/fields';
import { implicitIds } from '@/lib/targets/whiteboard/implicit';
import type { SpecRule } from './finding';

type Json = Record<string, unknown>;
type Path = (string | number)[];

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every `icon` string in the spec, with its path. */
function icons(value: unknown, path: Path = [], found: { path: Path; name: string }[] = []): { path: Path; name: string }[] {
  if (Array.isArray(value)) value.forEach((item, index) => icons(item, [...path, index], found));
  else if (isObject(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'icon' && typeof child === 'string') found.push({ path: [...path, key], name: child });
      else if (key !== 'data' && key !== 'vegaLite') icons(child, [...path, key], found);
    }
  }
  return found;
}

/** The charts and whiteboards of a spec — itself, or the visuals embedded in its slides — with their paths. */
function visuals(spec: unknown, kind: 'chart' | 'whiteboard'): { path: Path; visual: Json }[] {
  if (!isObject(spec)) return [];
  if (spec.kind === kind) return [{ path: [], visual: spec }];
  if (spec.kind !== 'slides' || !Array.isArray(spec.slides)) return [];
  return spec.slides.flatMap((slide, index) => (isObject(slide) && isObject(slide.visual) && slide.visual.kind === kind ? [{ path: ['slides', index, 'visual'], visual: slide.visual }] : []));
}

const at = (value: unknown, path: Path): unknown => path.reduce<unknown>((node, key) => (isObject(node) || Array.isArray(node) ? (node as Json)[key as string] : undefined), value);

/** WCAG 2.x AA: body text, and large text (titles, big numbers). */
export const MIN_TEXT_CONTRAST = 4.5;
export const MIN_LARGE_TEXT_CONTRAST = 3;

/** The colour pairs a theme draws text in, with where a writer would change them. */
function contrastProblems(themeSpec: ThemeSpec | undefined): { path: Path; message: string }[] {
  const theme = resolveTheme(themeSpec);
  const where: Path = themeSpec?.background ? ['theme', 'background'] : ['theme', 'mode'];
  const pairs: { what: string; fore: string; back: string; min: number; path: Path }[] = [
    { what: 'text', fore: theme.text, back: theme.background, min: MIN_TEXT_CONTRAST, path: where },
    { what: 'secondary text', fore: theme.textMuted, back: theme.background, min: MIN_TEXT_CONTRAST, path: where },
    { what: 'accent headings and numbers', fore: theme.primary, back: theme.background, min: MIN_LARGE_TEXT_CONTRAST, path: themeSpec?.brand ? ['theme', 'brand', 'primary'] : where },
    { what: 'text on the primary colour', fore: theme.onPrimary, back: theme.primary, min: MIN_TEXT_CONTRAST, path: themeSpec?.brand ? ['theme', 'brand', 'primary'] : ['theme', 'palette'] },
  ];
  return pairs.flatMap(({ what, fore, back, min, path }) => {
    const ratio = colord(fore).contrast(back);
    return ratio < min ? [{ path, message: `${what} (${fore} on ${back}) has contrast ${ratio.toFixed(2)}:1, below ${min}:1 (WCAG AA)` }] : [];
  });
}

/** Adjacent pairs (series i − 1 and i) of `colors` closer than MIN_SERIES_DELTA_E under some vision; `pathOf(i)` names series i. */
function collisions(colors: readonly string[], pathOf: (index: number) => Path): { path: Path; message: string }[] {
  return colors.slice(1).flatMap((color, before) => {
    const { deltaE, vision } = closestVision(colors[before] as string, color);
    if (deltaE >= MIN_SERIES_DELTA_E) return [];
    const seen = vision === 'normal' ? '' : ` under simulated ${vision}`;
    return [{ path: pathOf(before + 1), message: `series ${before + 2} (${color}) is too close to series ${before + 1} (${colors[before]})${seen}: ΔE2000 ${deltaE.toFixed(1)}, under ${MIN_SERIES_DELTA_E}` }];
  });
}

const BRAND_KEYS = ['primary', 'secondary', 'accent'] as const;

/** The theme's first palette-length series colours as drawn (brand colours first, dark mode lifted), and where each comes from. */
function themeCollisions(themeSpec: ThemeSpec | undefined): { path: Path; message: string }[] {
  const brand = BRAND_KEYS.filter((key) => themeSpec?.brand?.[key]);
  if (brand.length === 0) return []; // the named palettes are measured in lib/spec/palettes.test.ts
  const count = PALETTES[themeSpec?.palette ?? 'glimpse'].length;
  const series = resolveTheme(themeSpec).accents.slice(0, count);
  return collisions(series, (index) => (index < brand.length ? ['theme', 'brand', brand[index] as string] : ['theme', 'palette']));
}

export const SPEC_RULES: SpecRule[] = [
  {
    id: 'low-contrast',
    severity: 'error',
    description: 'Text colours of the theme that fail WCAG AA against what they are drawn on (4.5:1, 3:1 for large text).',
    check: (spec) => (isObject(spec) ? contrastProblems(spec.theme as ThemeSpec | undefined) : []),
  },
  {
    id: 'palette-collision',
    severity: 'error',
    description: `Adjacent series colours (brand colours beside the palette, a chart's \`colors\`) closer than ΔE2000 ${MIN_SERIES_DELTA_E}, for normal vision or under simulated protanopia, deuteranopia or tritanopia.`,
    check: (spec) => {
      if (!isObject(spec)) return [];
      const charts = visuals(spec, 'chart').flatMap(({ path, visual }) => {
        // A chart draws its own `colors` as given (no lifting), so they are compared as given.
        const colors = Array.isArray(visual.colors) ? (visual.colors as string[]) : [];
        return collisions(colors, (index) => [...path, 'colors', index]);
      });
      return [...themeCollisions(spec.theme as ThemeSpec | undefined), ...charts];
    },
  },
  {
    id: 'unknown-icon',
    severity: 'warning',
    description: 'An icon name that is not in the bundled sets: its closest match is drawn.',
    check: (spec) =>
      icons(spec).flatMap(({ path, name }) => {
        const lookup = checkIcon(name);
        return lookup.ok ? [] : [{ path, message: lookup.message }];
      }),
  },
  {
    id: 'unknown-field',
    severity: 'warning',
    description: 'A chart field (x, y, series …) that no data row has: another field of the data is drawn.',
    check: (spec) =>
      visuals(spec, 'chart').flatMap(({ path, visual }) => {
        if (visual.vegaLite || !visual.type) return [];
        const { substitutions } = resolveFields(visual, chartRows(visual as never));
        return substitutions.map(({ key, named, used }) => ({ path: [...path, key], message: `no data row has a field "${named}"; "${used}" is drawn as ${key}` }));
      }),
  },
  {
    id: 'uneven-columns',
    severity: 'warning',
    description: 'Chart columns of different lengths: the shorter ones end in missing values (null).',
    check: (spec) =>
      visuals(spec, 'chart').flatMap(({ path, visual }) => {
        if (!isObject(visual.columns)) return [];
        const lengths = Object.entries(visual.columns).map(([name, values]) => [name, Array.isArray(values) ? values.length : 0] as const);
        const longest = Math.max(0, ...lengths.map(([, length]) => length));
        return lengths.filter(([, length]) => length < longest).map(([name, length]) => ({ path: [...path, 'columns', name], message: `has ${length} values, the longest column ${longest}; the rest are drawn as missing` }));
      }),
  },
  {
    id: 'implicit-node',
    severity: 'warning',
    description: 'An edge to an id no node declares: a node labelled with the id is drawn.',
    check: (spec, input) =>
      visuals(input, 'whiteboard').flatMap(({ path, visual }) =>
        implicitIds(asBoard(visual)).nodes.map((node) => ({ path: [...path, ...node.path], message: `no node has id "${node.id}"; a node labelled "${node.id}" is drawn (declare it to give it a label and shape)` })),
      ),
  },
  {
    id: 'implicit-group',
    severity: 'warning',
    description: 'A group id no group declares: a frame labelled with the id is drawn.',
    check: (spec, input) =>
      visuals(input, 'whiteboard').flatMap(({ path, visual }) =>
        implicitIds(asBoard(visual)).groups.map((group) => ({ path: [...path, ...group.path], message: `no group has id "${group.id}"; a frame labelled "${group.id}" is drawn` })),
      ),
  },
  {
    id: 'uneven-table',
    severity: 'warning',
    description: 'Table rows with another number of cells than headings: blank cells or headings fill the gap.',
    check: (spec, input) => {
      const slides = at(input, ['slides']);
      if (!Array.isArray(slides)) return [];
      return slides.flatMap((slide, index) => {
        if (!isObject(slide) || slide.layout !== 'table' || !Array.isArray(slide.columns) || !Array.isArray(slide.rows)) return [];
        const headings = slide.columns.length;
        return slide.rows.flatMap((row, rowIndex) =>
          Array.isArray(row) && row.length !== headings ? [{ path: ['slides', index, 'rows', rowIndex], message: `has ${row.length} cells; the table has ${headings} headings (blank ${row.length < headings ? 'cells' : 'headings'} are drawn)` }] : [],
        );
      });
    },
  },
];

function asBoard(visual: Json) {
  const list = (key: string) => (Array.isArray(visual[key]) ? (visual[key] as never[]) : []);
  return { mermaid: typeof visual.mermaid === 'string' ? visual.mermaid : undefined, nodes: list('nodes'), edges: list('edges'), groups: list('groups') };
}
