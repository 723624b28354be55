import { z } from 'zod';

/**
 * Looks: one set of design tokens per look, read by every target (infographic cards and headings,
 * slide titles and section fields, chart axes and grid, whiteboard strokes). Colours stay the
 * theme's (lib/render/theme.ts); a look decides how they are used.
 */

export const LOOK_NAMES = ['clean', 'editorial', 'bold', 'sketch'] as const;
export type LookName = (typeof LOOK_NAMES)[number];

export const lookSchema = z
  .enum(LOOK_NAMES)
  .describe('Design look shared by every kind: clean (default: soft rounded cards), editorial (hairline rules, lighter headings, open space), bold (heavy type, colour fields, a hero number), sketch (boxes, rules, bars and connectors drawn by hand, like a whiteboard)');

export interface LookTokens {
  name: LookName;
  type: {
    /** Title size × this. */
    titleScale: number;
    titleWeight: number;
    /** Section / slide heading size (infographic card heading, px). */
    headingSize: number;
    headingWeight: number;
    /** Big numbers (stats). */
    valueWeight: number;
    /** Letter spacing of titles, px. */
    titleTracking: number;
  };
  radius: { card: number; chip: number };
  border: { width: number; style: 'solid' | 'dashed' };
  /** soft: tinted surface with a hairline; ruled: no box, a rule above; filled: the accent tinted strongly, no border; outline: no fill, a drawn outline. */
  card: 'soft' | 'ruled' | 'filled' | 'outline';
  /** How a heading shows its accent: a tick before it, a rule over it, a solid block, an underline. */
  accent: 'tick' | 'rule' | 'block' | 'underline';
  /** Colour fields: section and title slides on the primary colour, stat cards on their accent. */
  fields: boolean;
  /** A stats section with one to three items draws the first as a hero number across the card. */
  heroNumber: boolean;
  /** Icon lists draw as a grid of tiles rather than rows. */
  iconGrid: boolean;
  /** Gap between sections / cards, px. */
  gap: number;
  chart: { grid: 'solid' | 'dashed' | 'none'; domain: boolean; labelWeight: number; titleWeight: number };
  whiteboard: { style: 'sketch' | 'clean' };
  /** rough: boxes, rules, bars and connectors drawn by hand with roughjs (lib/render/rough-marks.ts); clean: CSS boxes. */
  strokes: 'clean' | 'rough';
}

export const LOOKS: Record<LookName, LookTokens> = {
  clean: {
    name: 'clean',
    type: { titleScale: 1, titleWeight: 800, headingSize: 26, headingWeight: 700, valueWeight: 800, titleTracking: -1 },
    radius: { card: 20, chip: 999 },
    border: { width: 1, style: 'solid' },
    card: 'soft',
    accent: 'tick',
    fields: false,
    heroNumber: false,
    iconGrid: false,
    gap: 24,
    chart: { grid: 'solid', domain: true, labelWeight: 400, titleWeight: 600 },
    whiteboard: { style: 'clean' },
    strokes: 'clean',
  },
  editorial: {
    name: 'editorial',
    type: { titleScale: 1.08, titleWeight: 600, headingSize: 24, headingWeight: 600, valueWeight: 600, titleTracking: -1.5 },
    radius: { card: 0, chip: 2 },
    border: { width: 1, style: 'solid' },
    card: 'ruled',
    accent: 'rule',
    fields: false,
    heroNumber: true,
    iconGrid: false,
    gap: 32,
    chart: { grid: 'dashed', domain: false, labelWeight: 400, titleWeight: 500 },
    whiteboard: { style: 'clean' },
    strokes: 'clean',
  },
  bold: {
    name: 'bold',
    type: { titleScale: 1.1, titleWeight: 800, headingSize: 28, headingWeight: 800, valueWeight: 800, titleTracking: -1.5 },
    radius: { card: 14, chip: 6 },
    border: { width: 0, style: 'solid' },
    card: 'filled',
    accent: 'block',
    fields: true,
    heroNumber: true,
    iconGrid: true,
    gap: 20,
    chart: { grid: 'none', domain: true, labelWeight: 600, titleWeight: 800 },
    whiteboard: { style: 'clean' },
    strokes: 'clean',
  },
  sketch: {
    name: 'sketch',
    type: { titleScale: 1, titleWeight: 700, headingSize: 26, headingWeight: 700, valueWeight: 700, titleTracking: 0 },
    radius: { card: 6, chip: 6 },
    border: { width: 2, style: 'dashed' },
    card: 'outline',
    accent: 'underline',
    fields: false,
    heroNumber: false,
    iconGrid: true,
    gap: 24,
    chart: { grid: 'dashed', domain: true, labelWeight: 500, titleWeight: 700 },
    whiteboard: { style: 'sketch' },
    strokes: 'rough',
  },
};

/** Older slide looks that still parse: each is a look's tokens with its own colours (lib/targets/slides/look.ts). */
export const LOOK_ALIASES = { midnight: 'clean', paper: 'editorial' } as const satisfies Record<string, LookName>;
export type LookAlias = keyof typeof LOOK_ALIASES;

/** The tokens of a look or alias; clean when none is given. */
export function lookTokens(name: LookName | LookAlias | undefined): LookTokens {
  if (!name) return LOOKS.clean;
  return LOOKS[name in LOOK_ALIASES ? LOOK_ALIASES[name as LookAlias] : (name as LookName)];
}
