import { env } from '@/lib/env';

/** Hosts allowed for Vega-Lite `data.url` (GLIMPSE_CHART_DATA_HOSTS); none by default. */
export function isAllowedDataUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && env.GLIMPSE_CHART_DATA_HOSTS.includes(parsed.hostname.toLowerCase());
}

export interface UrlProblem {
  path: (string | number)[];
  message: string;
}

/** Every "url" string in a Vega-Lite spec that the allowlist refuses, with its path (checked before rendering). */
export function refusedUrls(value: unknown, path: (string | number)[] = []): UrlProblem[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => refusedUrls(item, [...path, index]));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === 'url' && typeof child === 'string' && !isAllowedDataUrl(child)
      ? [{ path: [...path, key], message: `data URL "${child.slice(0, 200)}" is refused: only http(s) hosts listed in GLIMPSE_CHART_DATA_HOSTS may be loaded; use inline data.values` }]
      : refusedUrls(child, [...path, key]),
  );
}
