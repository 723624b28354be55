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

export type IconLookup = { ok: true } | { ok: false; message: string };

/** Checks an icon name; on failure the message lists close matches so a model can correct itself. */
export function checkIcon(name: string): IconLookup {
  const { prefix, icon } = splitName(name);
  if (!isPrefix(prefix)) {
    return { ok: false, message: `unknown icon set "${prefix}"; available: ${Object.keys(ICON_SETS).join(', ')}` };
  }
  const set = iconSet(prefix);
  if (getIconData(set, icon)) return { ok: true };
  const names = [...Object.keys(set.icons), ...Object.keys(set.aliases ?? {})];
  const close = names
    .map((candidate) => ({ candidate, score: distance(icon, candidate) - (candidate.includes(icon) || icon.includes(candidate) ? 2 : 0) }))
    .sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
    .slice(0, 5)
    .map(({ candidate }) => (prefix === DEFAULT_PREFIX ? candidate : `${prefix}:${candidate}`));
  return { ok: false, message: `unknown icon "${name}"; close matches: ${close.join(', ')}` };
}

const svgCache = new Map<string, string>();

/** An icon as a standalone SVG document, drawn in `color`. Throws on unknown names (validate first). */
export function iconSvg(name: string, color: string): string {
  const key = `${name}|${color}`;
  const cached = svgCache.get(key);
  if (cached) return cached;
  const { prefix, icon } = splitName(name);
  const data = isPrefix(prefix) ? getIconData(iconSet(prefix), icon) : null;
  if (!data) throw new Error(`icon "${name}" was not validated`);
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
