import type { LookTokens } from '@/lib/looks/tokens';
import type { ReactElement } from 'react';
import type { z } from 'zod';
import type { PictureSlot } from '@/lib/render/picture';
import type { Theme } from '@/lib/render/theme';
import type { LintFinding } from '@/lib/lint/finding';

/** What a target's `render` gets besides its spec. Everything a render needs is in here: renders are pure. */
export interface RenderContext {
  theme: Theme;
  /** The spec's look (lib/looks/tokens.ts): type, cards, accents, grid and strokes; clean when the spec has none. */
  look: LookTokens;
  /** Canvas width in CSS px. */
  width: number;
  /** Canvas height when the spec fixes one; undefined means "grow with the content". */
  height: number | undefined;
  /** The spec's language (its `locale`, or the one its title's script implies): fixed words (lib/render/words.ts) follow it. */
  locale?: string;
  /** CSS font-family list covering the spec's text (Latin + the CJK subsets it uses). */
  fontFamily: string;
  /** An icon (already validated by the schema) as a data URI drawn in `color`. */
  icon: (name: string, color: string) => string;
  /** Which page to draw (0-based) for multi-page targets such as slides; 0 otherwise. */
  page: number;
  /** Lays out an element with the spec's fonts and returns its size (for two-pass layouts). */
  measure: (element: ReactElement) => Promise<{ width: number; height: number }>;
  /** The layout critic: what a designer would flag in this render (returned with it, and in the lint). */
  report: (finding: LintFinding) => void;
}

/** The data behind a visual, for `?format=csv`. */
export interface DataTable {
  columns: string[];
  rows: (string | number | boolean | null)[][];
}

export interface TargetExample<Spec> {
  name: string;
  spec: Spec;
}

/**
 * One render target. Kroki-style: a small uniform interface, listed once in `registry.ts`.
 * `version` goes into cache keys and ETags: bump it when the same spec should draw differently.
 */
export interface TargetDefinition<Kind extends string, Schema extends z.ZodObject, Spec extends z.infer<Schema> & { kind: Kind } = z.infer<Schema> & { kind: Kind }> {
  kind: Kind;
  /** One sentence shown to models and in docs. */
  description: string;
  schema: Schema;
  /** Canvas size (or a function of the spec); height undefined = grows with content. */
  size: { width: number; height?: number } | ((spec: Spec) => { width: number; height?: number });
  /** Where to point a content_overflow error for this page (default: the spec's height). */
  overflowPath?: (spec: Spec, page: number) => (string | number)[];
  version: number;
  render: (spec: Spec, context: RenderContext) => ReactElement | Promise<ReactElement>;
  /** Alt text: title first, then the content in reading order. */
  alt: (spec: Spec) => string;
  examples: TargetExample<z.input<Schema>>[];
  /** PDF points per CSS px (default 1). */
  pdfPointsPerPixel?: number;
  /** Pages in the visual (slides); one when absent. */
  pageCount?: (spec: Spec) => number;
  /** Native exports besides images, e.g. an editable PowerPoint deck. */
  exporters?: { pptx?: (spec: Spec, onPage?: (done: number, total: number) => void) => Promise<Buffer>; excalidraw?: (spec: Spec) => Promise<Buffer> };
  /**
   * Every picture (data URI) the spec carries, with the box it is drawn in: `render` seals each one
   * (lib/render/picture.ts) before any format sees the spec, so views and exporters get only
   * re-encoded PNG/JPEG.
   */
  pictures?: (spec: Spec) => PictureSlot[];
  /** The data behind the visual (charts); targets without one answer csv with 406. */
  table?: (spec: Spec) => DataTable | undefined;
}

export function defineTarget<Kind extends string, Schema extends z.ZodObject>(target: TargetDefinition<Kind, Schema>) {
  return target;
}
