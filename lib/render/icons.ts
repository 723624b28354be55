import { readFileSync } from 'node:fs';
import { getIconData, iconToSVG, iconToHTML } from '@iconify/utils';
import type { IconifyJSON } from '@iconify/types';
import { distance } from 'fastest-levenshtein';
import { packageFile } from './assets';

/** Iconify sets bundled from npm. The first one is the default prefix (`rocket` = `lucide:rocket`). */
const ICON_SETS = {
  lucide: '@iconify-json/lucide',
} as const;

type IconPrefix = keyof typeof ICON_SETS;
const DEFAULT_PREFIX: IconPrefix = 'lucide';

const loaded = new Map<IconPrefix, IconifyJSON>();

function iconSet(prefix: IconPrefix): IconifyJSON {
  let set = loaded.get(prefix);
  if (!set) {
    set = JSON.parse(readFileSync(packageFile(ICON_SETS[prefix], 'icons.json'), 'utf8')) as IconifyJSON;
    loaded.set(prefix, set);
  }
  return set;
}

function splitName(name: string): { prefix: string; icon: string } {
  const colon = name.indexOf(':');
  return colon === -1 ? { prefix: DEFAULT_PREFIX, icon: name } : { prefix: name.slice(0, colon), icon: name.slice(colon + 1) };
}

function isPrefix(prefix: string): prefix is IconPrefix {
  return Object.hasOwn(ICON_SETS, prefix);
}

export type IconLookup = { ok: true } | { ok: false; message: string; closest: string };

const closestCache = new Map<string, string[]>();

/** The five nearest icon names of the set (Levenshtein, substrings first), cached. */
function closeMatches(prefix: IconPrefix, icon: string): string[] {
  const key = `${prefix}:${icon}`;
  const cached = closestCache.get(key);
  if (cached) return cached;
  const set = iconSet(prefix);
  const wanted = icon.toLowerCase();
  const names = [...Object.keys(set.icons), ...Object.keys(set.aliases ?? {})];
  const close = names
    .map((candidate) => ({ candidate, score: distance(wanted, candidate) - (candidate.includes(wanted) || wanted.includes(candidate) ? 2 : 0) }))
    .sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
    .slice(0, 5)
    .map(({ candidate }) => (prefix === DEFAULT_PREFIX ? candidate : `${prefix}:${candidate}`));
  if (closestCache.size > 2000) closestCache.clear();
  closestCache.set(key, close);
  return close;
}

/**
 * Checks an icon name. An unknown one is not an error to draw: `resolveIcon` draws the closest match,
 * and the lint reports it (`unknown-icon`) with the close matches so a model can correct itself.
 */
export function checkIcon(name: string): IconLookup {
  const { prefix, icon } = splitName(name);
  if (!isPrefix(prefix)) {
    const closest = closeMatches(DEFAULT_PREFIX, icon)[0]!;
    return { ok: false, closest, message: `unknown icon set "${prefix}" (available: ${Object.keys(ICON_SETS).join(', ')}); drawn as "${closest}"` };
  }
  if (getIconData(iconSet(prefix), icon)) return { ok: true };
  const close = closeMatches(prefix, icon);
  return { ok: false, closest: close[0]!, message: `unknown icon "${name}"; drawn as "${close[0]}"; close matches: ${close.join(', ')}` };
}

/** The icon drawn for a name: itself, or its closest match in the bundled sets. */
export function resolveIcon(name: string): string {
  const lookup = checkIcon(name);
  return lookup.ok ? name : lookup.closest;
}

const svgCache = new Map<string, string>();

/** An icon (or its closest match) as a standalone SVG document, drawn in `color`. */
export function iconSvg(name: string, color: string): string {
  const key = `${name}|${color}`;
  const cached = svgCache.get(key);
  if (cached) return cached;
  const { prefix, icon } = splitName(resolveIcon(name));
  const data = isPrefix(prefix) ? getIconData(iconSet(prefix), icon) : null;
  if (!data) throw new Error(`icon "${name}" has no match`);
  const rendered = iconToSVG(data, { height: 'auto' });
  const svg = iconToHTML(rendered.body.replaceAll('currentColor', color), rendered.attributes);
  const withNamespace = svg.includes('xmlns=') ? svg : svg.replace('<svg', '<svg xmlns="http://www.w3.org/2000/svg"');
  if (svgCache.size > 2000) svgCache.clear();
  svgCache.set(key, withNamespace);
  return withNamespace;
}

export function iconDataUri(name: string, color: string): string {
  return `data:image/svg+xml;base64,${Buffer.from(iconSvg(name, color)).toString('base64')}`;
}
