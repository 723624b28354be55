import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { GlimpseError } from '@/lib/errors';
import { MAX_MCP_IMAGE_BYTES } from '@/lib/limits';
import { targetFor, type VisualSpec } from '@/lib/spec/visual';
import type { McpContext, VisualLinks } from './context';
import { inlinePng, type InlinePicture } from './inline-image';

type Content = CallToolResult['content'][number];

export interface VisualResultOptions {
  /** 1-based slide of a deck to show in the inline image (default the first). */
  slide?: number;
  /** Extra fields for `structuredContent` (the planner's notes, an export's URL …). */
  extra?: Record<string, unknown>;
  /** Lines put first in the text block. */
  lead?: string[];
  /** Blocks put after the text, before the PNG's resource link (an export's link and embedded file). */
  content?: Content[];
  signal?: AbortSignal;
}

const KIND_NAMES: Record<VisualSpec['kind'], string> = { infographic: 'Infographic', chart: 'Chart', slides: 'Slide deck', whiteboard: 'Whiteboard' };

/** A file name from a title, the way /api/render's Content-Disposition makes one. */
export function fileSlug(title: string): string {
  const slug = title.normalize('NFKD').replace(/[^\w\s-]/g, '').trim().toLowerCase().replace(/[\s_-]+/g, '-').slice(0, 60);
  return slug || 'glimpse';
}

function slideIndex(spec: VisualSpec, slide: number | undefined): number | undefined {
  if (slide === undefined) return undefined;
  const pages = targetFor(spec.kind).pageCount?.(spec) ?? 1;
  if (slide > pages) {
    const message = `this ${spec.kind} has ${pages} ${pages === 1 ? 'page' : 'slides'}; slide must be 1–${pages}`;
    throw new GlimpseError('invalid_request', `slide: ${message}`, { issues: [{ path: ['slide'], message }] });
  }
  return slide - 1;
}

function describeText(spec: VisualSpec, links: VisualLinks, picture: InlinePicture, lead: string[]): string {
  const lines = [...lead, `${KIND_NAMES[spec.kind]} "${spec.title}" — ${picture.fullWidth}×${picture.fullHeight} px.`];
  if (links.url) {
    lines.push(`URL: ${links.url}`, `Markdown: ![${spec.title.replace(/[[\]]/g, '')}](${links.url})`);
  } else {
    lines.push('No URL: this Glimpse runs over stdio, with no HTTP server to link to. The picture is inline; every file is an MCP resource to read with resources/read.');
  }
  lines.push(`Alt text: ${picture.alt}`);
  const files = Object.entries(links.files).filter(([format]) => format !== 'png');
  if (files.length > 0) lines.push(`Files: ${files.map(([format, uri]) => `${format} ${uri}`).join(' · ')}`);
  if (links.deck) {
    if (links.deck.viewer) lines.push(`Deck viewer: ${links.deck.viewer}`);
    lines.push(`${links.deck.slides.length} slides; slide 1: ${links.deck.slides[0]}${links.deck.slides.length > 1 ? ` … slide ${links.deck.slides.length}: ${links.deck.slides.at(-1)}` : ''}`);
  }
  if (!picture.png) lines.push(`The picture is over ${MAX_MCP_IMAGE_BYTES} bytes even at the smallest scale, so it is not inline: open the link.`);
  else if (picture.scale < 1) lines.push(`The inline picture is drawn at ${picture.scale}× (${picture.width}×${picture.height}) to stay under ${MAX_MCP_IMAGE_BYTES} bytes; the link has full size.`);
  return lines.join('\n');
}

/**
 * One visual as a tool result: the inline PNG (size-capped), a text block with the URL and alt
 * text, a `resource_link` to the PNG, and `structuredContent` with the spec and every link (what
 * the MCP App reads).
 */
export async function visualResult(context: McpContext, spec: VisualSpec, options: VisualResultOptions = {}): Promise<CallToolResult> {
  const page = slideIndex(spec, options.slide);
  const links = await context.publish(spec);
  const picture = await inlinePng((renderOptions) => context.render(spec, renderOptions, options.signal), page);
  const pngUri = page !== undefined && links.deck ? links.deck.slides[page] : (links.url ?? links.files.png);
  const content: Content[] = [];
  if (picture.png) content.push({ type: 'image', data: picture.png.toString('base64'), mimeType: 'image/png' });
  content.push({ type: 'text', text: describeText(spec, links, picture, options.lead ?? []) });
  content.push(...(options.content ?? []));
  if (pngUri) content.push({ type: 'resource_link', uri: pngUri, name: `${fileSlug(spec.title)}.png`, title: spec.title, description: picture.alt.slice(0, 500), mimeType: 'image/png' });
  const structuredContent = {
    kind: spec.kind,
    title: spec.title,
    id: links.id,
    url: links.url ?? null,
    files: links.files,
    ...(links.deck ? { deck: links.deck } : {}),
    alt: picture.alt,
    width: picture.fullWidth,
    height: picture.fullHeight,
    ...(page !== undefined ? { slide: page + 1 } : {}),
    transport: context.transport,
    ...options.extra,
    spec,
  };
  return { content, structuredContent };
}
