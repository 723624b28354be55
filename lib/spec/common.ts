import { z } from 'zod';
import { MAX_HEIGHT, MAX_ICON_NAME_CHARS, MAX_LABEL_CHARS, MAX_LINE_CHARS, MAX_TEXT_CHARS, MAX_TITLE_CHARS, MAX_WIDTH, MIN_HEIGHT, MIN_WIDTH } from '@/lib/limits';
import { PALETTE_NAMES } from './palettes';
import { lookSchema } from '@/lib/looks/tokens';

/** Parts every target's spec shares: colours, icons, text, theme, canvas size. */

export const hexColorSchema = z
  .string()
  .regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'must be a hex colour like #4F46E5 or #fff')
  .describe('A hex colour: #RGB or #RRGGBB');

export const iconNameSchema = z
  .string()
  .min(1)
  .max(MAX_ICON_NAME_CHARS)
  .describe('An icon name from the Lucide set (https://lucide.dev/icons), e.g. "rocket", "users", "chart-line"; an unknown name draws its closest match');

export const titleSchema = z.string().min(1).max(MAX_TITLE_CHARS).describe('Headline text');
export const labelSchema = z.string().min(1).max(MAX_LABEL_CHARS).describe('Short label text');
export const textSchema = z.string().min(1).max(MAX_TEXT_CHARS).describe('Body text; wraps to fit');

export const themeSchema = z
  .object({
    mode: z.enum(['light', 'dark']).default('light').describe('Light or dark background'),
    palette: z.enum(PALETTE_NAMES).default('glimpse').describe('Named colour palette for accents and series'),
    brand: z
      .object({
        primary: hexColorSchema.describe('Main brand colour: headings accents, first series'),
        secondary: hexColorSchema.optional().describe('Second brand colour'),
        accent: hexColorSchema.optional().describe('Highlight colour'),
      })
      .strict()
      .optional()
      .describe('Brand colours; they replace the first palette colours'),
    background: hexColorSchema.optional().describe('Canvas background; defaults from mode'),
  })
  .strict()
  .describe('Colours: light/dark mode, a named palette, optional brand colours');

export type ThemeSpec = z.infer<typeof themeSchema>;

/** Fields shared by every kind; each target spreads these into its object schema. */
export const commonFields = {
  title: titleSchema.describe('The visual\'s headline'),
  subtitle: z.string().min(1).max(MAX_TEXT_CHARS).optional().describe('One line under the title'),
  footer: z.string().min(1).max(MAX_LINE_CHARS).optional().describe('Small print at the bottom: source, date, credit'),
  theme: themeSchema.optional(),
  look: lookSchema.optional().describe('Design look (type, cards, accents, grid, strokes) shared by every kind; default clean'),
  width: z.number().int().min(MIN_WIDTH).max(MAX_WIDTH).optional().describe('Canvas width in CSS pixels'),
  height: z
    .number()
    .int()
    .min(MIN_HEIGHT)
    .max(MAX_HEIGHT)
    .optional()
    .describe('Canvas height in CSS pixels; omit to grow with the content'),
  locale: z
    .string()
    .regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/, 'must be a BCP 47 language tag like en, zh-TW, ja')
    .optional()
    .describe('BCP 47 language of the text (en, zh-TW, zh-CN, ja, ko …); picks CJK glyph forms'),
};
