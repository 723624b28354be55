import { LOOK_ALIASES, LOOK_NAMES, type LookAlias, type LookName } from '@/lib/looks/tokens';
import { z } from 'zod';
import { checkPicture } from '@/lib/render/picture-check';
import { commonFields, iconNameSchema, labelSchema, textSchema, titleSchema } from '@/lib/spec/common';
import { chartSpecSchema } from '@/lib/targets/chart/schema';
import { whiteboardSpecSchema } from '@/lib/targets/whiteboard/schema';
import { withJsonRewrite } from '@/lib/spec/json-schema';
import { dropBlankOptionals } from '@/lib/spec/blank-optionals';
import {
  MAX_BULLETS,
  MAX_DATE_CHARS,
  MAX_LABEL_CHARS,
  MAX_LINE_CHARS,
  MAX_LOGO_BYTES,
  MAX_SLIDE_STATS,
  MAX_SLIDE_SUBTITLE_CHARS,
  MAX_SLIDE_VALUE_CHARS,
  MAX_SLIDES,
  MAX_SPEAKER_NOTES_CHARS,
  MAX_SUB_BULLETS,
  MAX_TABLE_COLUMNS,
  MAX_TABLE_ROWS,
  MAX_TIMELINE_STEPS,
  MAX_VALUE_CHARS,
  MIN_TABLE_COLUMNS,
  MIN_TIMELINE_STEPS,
} from '@/lib/limits';

/** Slide canvas sizes in CSS px per aspect (PDF pages are the same shape, PowerPoint's 13.33in wide for 16:9). */
export const ASPECTS = {
  '16:9': { width: 1280, height: 720 },
  '4:3': { width: 1024, height: 768 },
  '1:1': { width: 1080, height: 1080 },
} as const;
export type Aspect = keyof typeof ASPECTS;

/** The shared looks (lib/looks/tokens.ts), then the deck-only ones kept so older specs parse: midnight (clean, dark) and paper (editorial, warm). */
export const LOOKS = [...LOOK_NAMES, ...(Object.keys(LOOK_ALIASES) as LookAlias[])] as [LookName | LookAlias, ...(LookName | LookAlias)[]];
export type Look = (typeof LOOKS)[number];

const notes = z.string().max(MAX_SPEAKER_NOTES_CHARS).optional().describe('Speaker notes (shown in PowerPoint and Keynote presenter view)');
const slideTitle = titleSchema.describe('Slide title; long titles shrink, then wrap');
const bullet = z
  .union([
    z.string().min(1).max(MAX_LINE_CHARS),
    z
      .object({
        text: z.string().min(1).max(MAX_LINE_CHARS).describe('The bullet'),
        sub: z.array(z.string().min(1).max(MAX_LINE_CHARS)).min(1).max(MAX_SUB_BULLETS).describe('Nested bullets (one level)'),
      })
      .strict(),
  ])
  .describe('A bullet: text, or { text, sub: [nested bullets] }');
const bullets = z.array(bullet).min(1).max(MAX_BULLETS).describe(`Bullets (1–${MAX_BULLETS}); text that cannot fit is a 422 naming the slide`);

/** Bytes a base64 payload decodes to, counted without decoding it. */
const decodedBytes = (payload: string) => Math.floor((payload.length * 3) / 4) - (payload.match(/=*$/)?.[0].length ?? 0);
const logoTooLarge = `at most ${MAX_LOGO_BYTES} bytes (MAX_LOGO_BYTES)`;

const PICTURE_URI = /^data:image\/(?:png|jpeg|svg\+xml);base64,[A-Za-z0-9+/=]+$/;
const pictureFits = (uri: string) => decodedBytes(uri.slice(uri.indexOf(',') + 1)) <= MAX_LOGO_BYTES;

const logoSchema = z
  .string()
  // A cheap bound first (base64 and the longest prefix), so the pattern never scans a huge string.
  .max(Math.ceil((MAX_LOGO_BYTES * 4) / 3) + 40, logoTooLarge)
  .regex(PICTURE_URI, 'must be a base64 data URI of a PNG, JPEG or SVG image (no remote URLs)')
  .refine(pictureFits, { message: logoTooLarge })
  // What the bytes are, without decoding them: signature and header size, or the SVG sanitiser's verdict.
  .superRefine((uri, context) => {
    if (uri.length > Math.ceil((MAX_LOGO_BYTES * 4) / 3) + 40 || !PICTURE_URI.test(uri) || !pictureFits(uri)) return;
    const checked = checkPicture(uri);
    if (!checked.ok) context.addIssue({ code: 'custom', message: checked.message, params: { code: checked.code } });
  })
  .describe('Logo shown on every slide: a data URI (PNG, JPEG or SVG); never fetched from the network. SVG may not contain <image>, <script>, <style>, <foreignObject>, external links or entity declarations');

/** Chart specs embedded in slides: the chart target's schema; the slide supplies size and theme. */
const embeddedChart = chartSpecSchema.describe('A chart spec (kind "chart") drawn inside the slide');

/** What the slide gives an embedded visual: its title, size and theme. */
const SLIDE_SUPPLIED = ['title', 'subtitle', 'footer', 'theme', 'width', 'height'];

/**
 * A table drawn from uneven rows instead of refused (the lint says so: uneven-table). Every row one
 * longer than the headings is the common "no heading over the row labels": blank headings go first.
 * Otherwise the table is as wide as its longest row, with blank headings and cells at the end.
 */
function evenTable<Table extends { columns: string[]; rows: string[][] }>(table: Table): Table {
  const widths = new Set(table.rows.map((row) => row.length));
  const width = Math.max(table.columns.length, ...widths);
  if (widths.size === 1 && width === table.columns.length) return table;
  const blanks = (count: number) => Array.from({ length: Math.max(0, count) }, () => '');
  const columns = widths.size === 1 ? [...blanks(width - table.columns.length), ...table.columns] : [...table.columns, ...blanks(width - table.columns.length)];
  return { ...table, columns, rows: table.rows.map((row) => [...row, ...blanks(width - row.length)]) };
}

/** Published as the union of the chart and whiteboard forms (the title optional: the slide's title is used). */
const embeddedVisualSchema = withJsonRewrite(z.record(z.string(), z.unknown()), (json, convert) => {
  const branches = [chartSpecSchema, whiteboardSpecSchema].flatMap((schema) => (convert(schema).anyOf as Record<string, unknown>[]) ?? []);
  for (const key of Object.keys(json)) if (key !== 'description') delete json[key];
  json.anyOf = branches.map((branch) => ({
    ...branch,
    properties: Object.fromEntries(Object.entries(branch.properties as Record<string, unknown>).filter(([key]) => !SLIDE_SUPPLIED.includes(key))),
    required: ((branch.required as string[]) ?? []).filter((key) => !SLIDE_SUPPLIED.includes(key)),
  }));
});

export const slideSchema = z.discriminatedUnion('layout', [
  z.object({ layout: z.literal('title'), title: slideTitle, subtitle: z.string().max(MAX_SLIDE_SUBTITLE_CHARS).optional().describe('Line under the title'), byline: labelSchema.optional().describe('Presenter, date or event'), notes }).strict().describe('Opening slide'),
  z.object({ layout: z.literal('section'), title: slideTitle, subtitle: z.string().max(MAX_SLIDE_SUBTITLE_CHARS).optional().describe('One line under the section title'), notes }).strict().describe('Section divider'),
  z.object({ layout: z.literal('bullets'), title: slideTitle, bullets, notes }).strict().describe('Title and bullets, nested one level'),
  z
    .object({
      layout: z.literal('two-columns'),
      title: slideTitle,
      left: z.object({ heading: labelSchema.optional().describe('Column heading'), bullets }).strict().describe('Left column'),
      right: z.object({ heading: labelSchema.optional().describe('Column heading'), bullets }).strict().describe('Right column'),
      notes,
    })
    .strict()
    .describe('Two columns of bullets'),
  z
    .object({
      layout: z.literal('icon-text'),
      title: slideTitle,
      icon: iconNameSchema.optional(),
      image: logoSchema.optional().describe('A picture (data URI) instead of an icon'),
      text: textSchema.optional().describe('Paragraph beside the icon/picture'),
      bullets: bullets.optional(),
      notes,
    })
    .strict()
    .describe('A big icon or picture beside text'),
  z
    .object({
      layout: z.literal('stats'),
      title: slideTitle,
      stats: z
        .array(z.object({ value: z.string().min(1).max(MAX_SLIDE_VALUE_CHARS).describe('The number as text: "42%", "$1.2M"'), label: labelSchema, delta: z.string().max(MAX_VALUE_CHARS).optional().describe('Change, e.g. "+12%"'), good: z.enum(['up', 'down']).optional().describe('Which direction is good: "down" for costs, churn, latency; a change that way is green, the other red (default up)') }).strict())
        .min(1)
        .max(MAX_SLIDE_STATS)
        .describe(`1–${MAX_SLIDE_STATS} big numbers`),
      notes,
    })
    .strict()
    .describe('Big numbers'),
  z.object({ layout: z.literal('quote'), quote: textSchema.describe('The quotation'), author: labelSchema.optional(), role: labelSchema.optional(), notes }).strict().describe('A pull quote'),
  z
    .object({
      layout: z.literal('table'),
      title: slideTitle,
      columns: z.array(z.string().max(MAX_LABEL_CHARS)).min(MIN_TABLE_COLUMNS).max(MAX_TABLE_COLUMNS).describe(`Column headings (${MIN_TABLE_COLUMNS}–${MAX_TABLE_COLUMNS}); the first may be empty`),
      rows: z.array(z.array(z.string().max(MAX_LABEL_CHARS)).max(MAX_TABLE_COLUMNS)).min(1).max(MAX_TABLE_ROWS).describe(`Rows of cells (1–${MAX_TABLE_ROWS}), one cell per column`),
      notes,
    })
    .strict()
    .describe('A comparison table')
    .overwrite(evenTable),
  z
    .object({
      layout: z.literal('timeline'),
      title: slideTitle,
      style: z.enum(['timeline', 'process']).default('process').describe('Dates along a line, or numbered steps'),
      steps: z.array(z.object({ label: z.string().max(MAX_DATE_CHARS).optional().describe('Date or step label'), title: labelSchema, text: z.string().max(MAX_LINE_CHARS).optional().describe('One line of detail') }).strict()).min(MIN_TIMELINE_STEPS).max(MAX_TIMELINE_STEPS).describe(`${MIN_TIMELINE_STEPS}–${MAX_TIMELINE_STEPS} steps in order`),
      notes,
    })
    .strict()
    .describe('Timeline or process'),
  z
    .object({
      layout: z.literal('embed'),
      title: slideTitle.optional(),
      visual: embeddedVisualSchema
        .describe('A visual spec to draw in the slide: { kind: "chart", … } or { kind: "whiteboard", … }; its title is the slide title'),
      notes,
    })
    .strict()
    .describe('A chart or whiteboard drawn inside the slide')
    .superRefine((slide, context) => {
      const kind = slide.visual.kind;
      if (kind !== 'chart' && kind !== 'whiteboard') {
        context.addIssue({ code: 'custom', path: ['visual', 'kind'], message: 'embeds take a chart or whiteboard spec (kind "chart" or "whiteboard")' });
        return;
      }
      const schema = kind === 'chart' ? embeddedChart : whiteboardSpecSchema;
      const parsed = schema.safeParse(dropBlankOptionals(schema, { title: slide.title ?? 'Visual', ...slide.visual }));
      if (!parsed.success) for (const issue of parsed.error.issues) context.addIssue({ ...issue, path: ['visual', ...issue.path] } as never);
    }),
]);

export type Slide = z.infer<typeof slideSchema>;
export type SlideLayout = Slide['layout'];

// Slides take their size from `aspect`, not width/height.
const { width: _width, height: _height, ...deckFields } = commonFields;

export const slidesSpecSchema = z
  .object({
    kind: z.literal('slides'),
    ...deckFields,
    aspect: z.enum(['16:9', '4:3', '1:1']).default('16:9').describe('Slide shape: 16:9 (default), 4:3, or 1:1 for social'),
    look: z.enum(LOOKS).default('clean').describe('Look: clean (default), editorial (rules, open space), bold (colour fields, heavy type), sketch (dashed outlines), midnight (clean on dark), paper (editorial on warm paper)'),
    logo: logoSchema.optional(),
    slides: z.array(slideSchema).min(1).max(MAX_SLIDES).describe(`The slides in order (1–${MAX_SLIDES})`),
  })
  .strict()
  .describe('A slide deck: every slide rendered, exported as PDF, PPTX and PNGs');

export type SlidesSpec = z.infer<typeof slidesSpecSchema>;

/** The visual inside an embed slide, with its schema's defaults applied (validated already). */
export function embeddedVisual(slide: Extract<Slide, { layout: 'embed' }>) {
  const input = { title: slide.title ?? 'Visual', ...slide.visual };
  return slide.visual.kind === 'whiteboard'
    ? ({ kind: 'whiteboard', spec: whiteboardSpecSchema.parse(dropBlankOptionals(whiteboardSpecSchema, input)) } as const)
    : ({ kind: 'chart', spec: embeddedChart.parse(dropBlankOptionals(embeddedChart, input)) } as const);
}
