import type { FileFormat } from '@/lib/render/formats';
import type { Rendered, RenderOptions } from '@/lib/render/render';
import type { VisualSpec } from '@/lib/spec/visual';

export const DECK_FORMATS = ['pdf', 'pptx', 'zip'] as const;
export type DeckFormat = (typeof DECK_FORMATS)[number];

/** Where a published visual can be fetched: https URLs over HTTP, `glimpse://visuals/…` resources over stdio. */
export interface VisualLinks {
  id: string;
  /** The PNG's http(s) URL; absent over stdio, where there is no server to link to. */
  url?: string;
  /** One URI per file format the visual exports to. */
  files: Partial<Record<FileFormat, string>>;
  /** Decks: the viewer page (HTTP only), the exports and one PNG per slide. */
  deck?: { viewer?: string; exports: Record<DeckFormat, string>; slides: string[] };
}

/**
 * What the MCP tools need from the transport they are served on. The tools are the same over
 * Streamable HTTP (app/api/mcp) and stdio (lib/mcp/stdio.ts); this is everything that differs.
 */
export interface McpContext {
  transport: 'http' | 'stdio';
  /** Through the render service: worker pool (deadline, queue) and output cache. */
  render(spec: VisualSpec, options: RenderOptions, signal?: AbortSignal): Promise<Rendered>;
  /** Makes a spec addressable — stored in the server's store (HTTP) or kept for this session (stdio) — and returns its links. */
  publish(spec: VisualSpec): Promise<VisualLinks> | VisualLinks;
  /** A spec published earlier, by id (`export_deck` with `id`); undefined when unknown. */
  lookup(id: string): Promise<unknown> | unknown;
  /** Called before a tool call that may reach the model (generate_visual): rate limits. Throws to refuse. */
  admitModelCall(): Promise<void> | void;
  /** The MCP App's self-contained HTML. */
  appHtml(): Promise<string>;
  /** Origins the App may load pictures from (the server's own origin over HTTP; none over stdio). */
  resourceDomains: string[];
  /** stdio: the folder a relative `outputPath` is resolved against; undefined where files cannot be written (HTTP). */
  outputDirectory?: string;
  /** Aborted when the client hangs up (HTTP). */
  signal?: AbortSignal;
}
