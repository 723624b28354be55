import { z } from 'zod';
import { commonFields, iconNameSchema, labelSchema, textSchema, titleSchema } from '@/lib/spec/common';
import { MAX_DATE_CHARS, MAX_ITEMS, MAX_SECTIONS, MAX_VALUE_CHARS } from '@/lib/limits';

const items = <T extends z.ZodType>(item: T, what: string) =>
  z.array(item).min(1).max(MAX_ITEMS).describe(`${what} (1–${MAX_ITEMS})`);

const sectionBase = {
  title: titleSchema.optional().describe('Section heading'),
  width: z
    .enum(['auto', 'full', 'half'])
    .default('auto')
    .describe('"full" spans the canvas, "half" sits beside a neighbour, "auto" decides from the content'),
};

const statsSection = z
  .object({
    type: z.literal('stats'),
    ...sectionBase,
    items: items(
      z.object({
        value: z.string().min(1).max(MAX_VALUE_CHARS).describe('The big number as text: "42%", "$1.2M", "3×"'),
        label: labelSchema.describe('What the number measures'),
        delta: z.string().max(MAX_VALUE_CHARS).optional().describe('Change, e.g. "+12% YoY"'),
        trend: z.enum(['up', 'down', 'flat']).optional().describe('Direction of the change (the arrow follows the delta\'s sign where it has one); without `good`, up is drawn as good and down as bad'),
        good: z.enum(['up', 'down']).optional().describe('Which direction is good: "down" for costs, churn, latency, error rates; the delta is green when it moves that way, red otherwise'),
        icon: iconNameSchema.optional(),
      }).strict(),
      'Stat cards',
    ),
  })
  .strict()
  .describe('Big-number stat cards with label and optional delta');

const iconListSection = z
  .object({
    type: z.literal('icon-list'),
    ...sectionBase,
    items: items(
      z.object({ icon: iconNameSchema, title: labelSchema, text: textSchema.optional() }).strict(),
      'Icon + text rows',
    ),
  })
  .strict()
  .describe('A list of points, each with an icon, a bold title and optional text');

const stepsSection = z
  .object({
    type: z.literal('steps'),
    ...sectionBase,
    items: items(z.object({ title: labelSchema, text: textSchema.optional() }).strict(), 'Process steps in order'),
  })
  .strict()
  .describe('Numbered process steps');

const timelineSection = z
  .object({
    type: z.literal('timeline'),
    ...sectionBase,
    items: items(
      z.object({ date: z.string().min(1).max(MAX_DATE_CHARS).describe('"2019", "Q3 2024", "Mar 12"'), title: labelSchema, text: textSchema.optional() }).strict(),
      'Events in chronological order',
    ),
  })
  .strict()
  .describe('A vertical timeline of dated events');

const comparisonColumn = z
  .object({
    title: labelSchema.describe('Column heading, e.g. the option name'),
    icon: iconNameSchema.optional(),
    items: items(textSchema, 'Points for this side'),
  })
  .strict();

const comparisonSection = z
  .object({
    type: z.literal('comparison'),
    ...sectionBase,
    left: comparisonColumn.describe('Option A'),
    right: comparisonColumn.describe('Option B'),
  })
  .strict()
  .describe('A vs B: two columns side by side');

const prosConsSection = z
  .object({
    type: z.literal('pros-cons'),
    ...sectionBase,
    pros: items(textSchema, 'Advantages'),
    cons: items(textSchema, 'Disadvantages'),
  })
  .strict()
  .describe('Pros and cons in two columns');

const funnelSection = z
  .object({
    type: z.literal('funnel'),
    ...sectionBase,
    shape: z.enum(['funnel', 'pyramid']).default('funnel').describe('Funnel narrows downwards; pyramid widens downwards'),
    items: items(
      z.object({ label: labelSchema, value: z.string().max(MAX_VALUE_CHARS).optional().describe('e.g. "12,400" or "38%"') }).strict(),
      'Stages from top to bottom',
    ),
  })
  .strict()
  .describe('Funnel or pyramid of stages');

const progressSection = z
  .object({
    type: z.literal('progress'),
    ...sectionBase,
    style: z.enum(['bars', 'rings']).default('bars').describe('Horizontal bars or percent rings'),
    items: items(
      z.object({ label: labelSchema, value: z.number().min(0).max(100).describe('Percent, 0–100') }).strict(),
      'Percentages',
    ),
  })
  .strict()
  .describe('Progress bars or percent rings');

const quoteSection = z
  .object({
    type: z.literal('quote'),
    ...sectionBase,
    text: textSchema.describe('The quotation'),
    author: labelSchema.optional(),
    role: labelSchema.optional().describe('Author\'s role or source'),
  })
  .strict()
  .describe('A pull quote with attribution');

const calloutSection = z
  .object({
    type: z.literal('callout'),
    ...sectionBase,
    tone: z.enum(['info', 'success', 'warning', 'danger']).default('info').describe('Colour and default icon'),
    icon: iconNameSchema.optional(),
    text: textSchema,
  })
  .strict()
  .describe('A highlighted note, tip or warning');

const keyValueSection = z
  .object({
    type: z.literal('key-value'),
    ...sectionBase,
    rows: items(z.object({ key: labelSchema, value: textSchema }).strict(), 'Rows of the table'),
  })
  .strict()
  .describe('A two-column key/value table');

const textSection = z
  .object({
    type: z.literal('text'),
    ...sectionBase,
    text: textSchema,
  })
  .strict()
  .describe('A paragraph of text');

export const sectionSchema = z
  .discriminatedUnion('type', [
    statsSection,
    iconListSection,
    stepsSection,
    timelineSection,
    comparisonSection,
    prosConsSection,
    funnelSection,
    progressSection,
    quoteSection,
    calloutSection,
    keyValueSection,
    textSection,
  ])
  .describe('One block of the infographic; "type" picks its layout');

export type Section = z.infer<typeof sectionSchema>;
export type SectionType = Section['type'];

export const infographicSpecSchema = z
  .object({
    kind: z.literal('infographic'),
    ...commonFields,
    columns: z
      .union([z.literal(1), z.literal(2)])
      .optional()
      .describe('1 stacks every section; 2 pairs "half" sections side by side; default from width'),
    sections: z.array(sectionSchema).min(1).max(MAX_SECTIONS).describe(`Blocks in reading order (1–${MAX_SECTIONS})`),
  })
  .strict()
  .describe('A single-canvas infographic made of typed sections (stats, steps, timeline, comparison …)');

export type InfographicSpec = z.infer<typeof infographicSpecSchema>;
