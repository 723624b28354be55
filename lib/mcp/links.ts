import { contentHash } from '@/lib/hash';
import { deckLinks } from '@/lib/http/decks';
import { specUrls } from '@/lib/http/respond';
import { SPEC_ID_CHARS } from '@/lib/limits';
import type { FileFormat } from '@/lib/render/formats';
import { exportFormats } from '@/lib/render/render';
import { targetFor, type VisualSpec } from '@/lib/spec/visual';
import { DECK_FORMATS, type VisualLinks } from './context';

function slideCount(spec: VisualSpec): number {
  return targetFor(spec.kind).pageCount?.(spec) ?? 1;
}

/** Links of a spec stored under `id` on the server at `origin`: /i/<id>.<format>, and the deck viewer and exports for decks. */
export function httpLinks(origin: string, spec: VisualSpec, id: string): VisualLinks {
  const files = specUrls(origin, id, exportFormats(spec));
  const links: VisualLinks = { id, url: files.png, files };
  if (spec.kind === 'slides') {
    const deck = deckLinks(origin, id);
    links.deck = { viewer: deck.url, exports: deck.exports, slides: Array.from({ length: slideCount(spec) }, (_, index) => deck.slide(index + 1)) };
  }
  return links;
}

export const VISUAL_RESOURCE_PREFIX = 'glimpse://visuals/';
/** `<id>.<format>` or `<id>-slide-<n>.png`: the names of a stdio session's resources. */
const RESOURCE_NAME = /^([A-Za-z0-9_-]+?)(?:-slide-(\d{1,3}))?\.([a-z]+)$/;

/** The id stdio uses for a spec: the same content hash a stored spec gets. */
export function sessionId(spec: VisualSpec): string {
  return contentHash(spec).slice(0, SPEC_ID_CHARS);
}

/** Links of a spec kept by a stdio session: MCP resources the client reads with resources/read. */
export function sessionLinks(spec: VisualSpec, id: string): VisualLinks {
  const uri = (name: string) => `${VISUAL_RESOURCE_PREFIX}${name}`;
  const files = Object.fromEntries(exportFormats(spec).map((format) => [format, uri(`${id}.${format}`)])) as Partial<Record<FileFormat, string>>;
  const links: VisualLinks = { id, files };
  if (spec.kind === 'slides') {
    const exports = Object.fromEntries(DECK_FORMATS.map((format) => [format, uri(`${id}.${format}`)])) as Record<(typeof DECK_FORMATS)[number], string>;
    links.deck = { exports, slides: Array.from({ length: slideCount(spec) }, (_, index) => uri(`${id}-slide-${index + 1}.png`)) };
  }
  return links;
}

/** `glimpse://visuals/<name>` → id, format and (1-based) slide; undefined for anything else. */
export function parseResourceUri(uri: string): { id: string; format: string; slide?: number } | undefined {
  if (!uri.startsWith(VISUAL_RESOURCE_PREFIX)) return undefined;
  const match = RESOURCE_NAME.exec(uri.slice(VISUAL_RESOURCE_PREFIX.length));
  if (!match) return undefined;
  const [, id = '', slide, format = ''] = match;
  if (slide !== undefined && format !== 'png') return undefined;
  return { id, format, ...(slide !== undefined ? { slide: Number(slide) } : {}) };
}
