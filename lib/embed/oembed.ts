import { z } from 'zod';
import { GlimpseError } from '@/lib/errors';
import { sharePath } from '@/lib/http/conversations';
import { deckLinks, loadDeck } from '@/lib/http/decks';
import { MAX_EMBED_WIDTH, MAX_OEMBED_URL_CHARS, MIN_SCALE } from '@/lib/limits';
import type { VisualOutput } from '@/lib/llm/chat-message';
import { renderService, type RenderService } from '@/lib/render/service';
import { parseSpec } from '@/lib/spec/visual';
import { isConversationId, loadSharedConversation } from '@/lib/store/conversations';
import { isSpecId, loadSpec } from '@/lib/store/specs';
import { ASPECTS } from '@/lib/targets/slides/schema';
import { deckFrameSize, iframeSnippet } from './snippets';

/** Image extensions /i/<id>.<ext> serves that a page can show as a picture (oEmbed `photo`). */
export const OEMBED_IMAGE_EXTENSIONS = ['png', 'webp', 'svg'] as const;

/** The query of GET /api/oembed (oEmbed 1.0 §2.2). */
export const oembedQuerySchema = z.object({
  url: z.string().min(1).max(MAX_OEMBED_URL_CHARS).describe('A URL of this server: /deck/<id>, /i/<id>.png|webp|svg or /share/<id>'),
  maxwidth: z.coerce.number().int().min(1).optional().describe('The widest the consumer can show (px)'),
  maxheight: z.coerce.number().int().min(1).optional().describe('The tallest the consumer can show (px)'),
  format: z.enum(['json', 'xml']).default('json').describe('Only json is produced; xml answers 501'),
});
export type OembedQuery = z.infer<typeof oembedQuerySchema>;

const common = {
  version: z.literal('1.0'),
  title: z.string().describe("The visual's title"),
  provider_name: z.literal('Glimpse'),
  provider_url: z.string().describe('This server'),
  cache_age: z.number().optional().describe('Seconds a consumer may cache this answer'),
  thumbnail_url: z.string().describe('A PNG of the visual (a deck: its first slide)'),
  thumbnail_width: z.number(),
  thumbnail_height: z.number(),
};
export const oembedResponseSchema = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('photo'), url: z.string().describe('The image, sized to fit maxwidth/maxheight'), width: z.number(), height: z.number(), ...common }),
    z.object({ type: z.literal('rich'), html: z.string().describe('An <iframe> of the deck viewer or the shared conversation'), width: z.number(), height: z.number(), ...common }),
  ])
  .describe('An oEmbed 1.0 answer');
export type OembedResponse = z.infer<typeof oembedResponseSchema>;

export type OembedTarget =
  | { kind: 'image'; id: string; extension: (typeof OEMBED_IMAGE_EXTENSIONS)[number]; slide?: number }
  | { kind: 'deck'; id: string }
  | { kind: 'share'; shareId: string };

const urlProblem = (message: string, code: 'invalid_option' | 'not_found' = 'invalid_option') => new GlimpseError(code, `url: ${message}`, { issues: [{ path: ['url'], message }] });

/** Which of our visuals a URL names; 400 for a URL of another server, 404 for one of ours with nothing to embed. */
export function oembedTarget(value: string, origin: string): OembedTarget {
  let url: URL;
  try {
    url = new URL(value);
  } catch (error) {
    throw new GlimpseError('invalid_option', 'url: not an absolute URL', { issues: [{ path: ['url'], message: 'not an absolute URL' }], cause: error });
  }
  // The host decides, not the scheme: behind a TLS proxy the page a consumer unfurls is https even when we see http.
  if (!/^https?:$/.test(url.protocol) || url.host !== new URL(origin).host) throw urlProblem(`not a URL of this server (${origin})`);
  const path = url.pathname.replace(/\/+$/, '');
  const deck = /^\/(?:embed\/)?deck\/([^/]+)$/.exec(path);
  if (deck?.[1]) return { kind: 'deck', id: decodeURIComponent(deck[1]) };
  const share = /^\/share\/([^/]+)$/.exec(path);
  if (share?.[1]) return { kind: 'share', shareId: decodeURIComponent(share[1]) };
  const image = /^\/i\/([^/.]+)\.([a-z]+)$/.exec(path);
  const extension = OEMBED_IMAGE_EXTENSIONS.find((candidate) => candidate === image?.[2]);
  if (image?.[1] && extension) {
    const slide = Number(url.searchParams.get('slide'));
    return { kind: 'image', id: image[1], extension, ...(Number.isInteger(slide) && slide >= 1 ? { slide } : {}) };
  }
  throw urlProblem('nothing to embed at this URL (embeddable: /deck/<id>, /i/<id>.png|webp|svg, /share/<id>)', 'not_found');
}

/** The scale that fits width×height into the consumer's box (never above 1, never below MIN_SCALE), in hundredths. */
export function fitScale(width: number, height: number, maxWidth?: number, maxHeight?: number): number {
  const fit = Math.min(1, maxWidth ? maxWidth / width : 1, maxHeight ? maxHeight / height : 1);
  return Math.max(MIN_SCALE, Math.floor(fit * 100) / 100);
}

const THUMBNAIL_SCALE = 0.5;

async function storedSpec(id: string) {
  const stored = isSpecId(id) ? await loadSpec(id) : undefined;
  if (stored === undefined) throw urlProblem(`no stored spec with id "${id.slice(0, 80)}"`, 'not_found');
  return parseSpec(stored);
}

async function storedDeck(id: string) {
  try {
    return await loadDeck(id);
  } catch (error) {
    if (error instanceof GlimpseError && error.code === 'not_found') throw urlProblem(`no deck with id "${id.slice(0, 80)}"`, 'not_found');
    throw error;
  }
}

/** The oEmbed answer for one of our URLs: a photo for an image, an <iframe> (rich) for a deck or a shared conversation. */
export async function oembedFor(query: OembedQuery, origin: string, signal?: AbortSignal, service: RenderService = renderService()): Promise<OembedResponse> {
  if (query.format !== 'json') throw new GlimpseError('not_implemented', `format: only json is available, not ${query.format}`, { issues: [{ path: ['format'], message: 'only json' }] });
  const target = oembedTarget(query.url, origin);
  const provider = { version: '1.0', provider_name: 'Glimpse', provider_url: origin } as const;
  if (target.kind === 'image') {
    const spec = await storedSpec(target.id);
    const page = target.slide === undefined ? undefined : target.slide - 1;
    const { width, height } = (await service.render(spec, { format: 'svg', scale: 1, page }, signal)).rendered;
    const scale = fitScale(width, height, query.maxwidth, query.maxheight);
    const params = new URLSearchParams();
    if (target.slide !== undefined) params.set('slide', String(target.slide));
    const thumbnail = new URLSearchParams(params);
    thumbnail.set('scale', String(THUMBNAIL_SCALE));
    if (scale !== 1 && target.extension !== 'svg') params.set('scale', String(scale));
    const url = `${origin}/i/${target.id}.${target.extension}${params.size ? `?${params}` : ''}`;
    return {
      type: 'photo',
      ...provider,
      title: spec.title,
      url,
      width: Math.round(width * scale),
      height: Math.round(height * scale),
      thumbnail_url: `${origin}/i/${target.id}.png?${thumbnail}`,
      thumbnail_width: Math.round(width * THUMBNAIL_SCALE),
      thumbnail_height: Math.round(height * THUMBNAIL_SCALE),
    };
  }
  if (target.kind === 'deck') {
    const deck = await storedDeck(target.id);
    const links = deckLinks(origin, target.id);
    const size = ASPECTS[deck.aspect];
    const frame = fitFrame(deckFrameSize(size.width / size.height, query.maxwidth ?? MAX_EMBED_WIDTH), query.maxheight);
    return {
      type: 'rich',
      ...provider,
      title: deck.title,
      html: iframeSnippet({ src: links.embedUrl, title: deck.title, ...frame }),
      ...frame,
      thumbnail_url: `${links.slide(1)}&scale=${THUMBNAIL_SCALE}`,
      thumbnail_width: Math.round(size.width * THUMBNAIL_SCALE),
      thumbnail_height: Math.round(size.height * THUMBNAIL_SCALE),
    };
  }
  const conversation = isConversationId(target.shareId) ? await loadSharedConversation(target.shareId) : undefined;
  if (!conversation) throw urlProblem(`no shared conversation "${target.shareId.slice(0, 80)}"`, 'not_found');
  const first = firstVisual(conversation.messages);
  const frame = fitFrame({ width: Math.min(query.maxwidth ?? MAX_EMBED_WIDTH, MAX_EMBED_WIDTH), height: SHARE_FRAME_HEIGHT }, query.maxheight);
  return {
    type: 'rich',
    ...provider,
    title: conversation.title,
    html: iframeSnippet({ src: `${origin}/embed${sharePath(conversation)}`, title: conversation.title, ...frame }),
    ...frame,
    thumbnail_url: first ? first.url : `${origin}/favicon.svg`,
    thumbnail_width: first?.width ?? 64,
    thumbnail_height: first?.height ?? 64,
  };
}

/** A shared conversation scrolls inside its frame: a fixed, comfortable height. */
const SHARE_FRAME_HEIGHT = 720;

function fitFrame(frame: { width: number; height: number }, maxHeight?: number) {
  return maxHeight && frame.height > maxHeight ? { width: frame.width, height: maxHeight } : frame;
}

/** The first drawn visual of a conversation: its thumbnail. */
export function firstVisual(messages: { parts: unknown[] }[]): VisualOutput | undefined {
  for (const message of messages) {
    for (const part of message.parts as { type?: string; state?: string; output?: VisualOutput }[]) {
      if (part.type === 'tool-visual' && part.state === 'output-available' && part.output) return part.output;
    }
  }
  return undefined;
}
