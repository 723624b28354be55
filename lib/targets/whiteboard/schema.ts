import { z } from 'zod';
import { commonFields, hexColorSchema, iconNameSchema } from '@/lib/spec/common';
import { checkMermaidSource } from '@/lib/render/mermaid/source-check';
import { withJsonForms } from '@/lib/spec/json-schema';
import { withImplicitIds } from './implicit';
import { MAX_EDGE_LABEL_CHARS, MAX_EDGES, MAX_GROUPS, MAX_LABEL_CHARS, MAX_LINE_CHARS, MAX_MERMAID_CHARS, MAX_NODES, MAX_NOTES, MAX_WHITEBOARD_ID_CHARS } from '@/lib/limits';

export const SHAPES = ['box', 'rounded', 'circle', 'diamond', 'cylinder', 'cloud', 'person', 'note', 'text'] as const;
export type Shape = (typeof SHAPES)[number];

const id = z.string().regex(new RegExp(`^[A-Za-z0-9_-]{1,${MAX_WHITEBOARD_ID_CHARS}}$`), `ids are 1–${MAX_WHITEBOARD_ID_CHARS} letters, digits, "-" or "_"`);

const nodeSchema = z
  .object({
    id: id.describe('Unique id that edges refer to'),
    label: z.string().min(1).max(MAX_LABEL_CHARS).describe('Text in the shape'),
    shape: z.enum(SHAPES).default('rounded').describe('box, rounded, circle, diamond (decision), cylinder (database), cloud, person, note (sticky), text (no border)'),
    icon: iconNameSchema.optional(),
    color: hexColorSchema.optional().describe('Fill colour; default from the theme'),
    group: id.optional().describe('Id of the group (frame) the node sits in'),
  })
  .strict();

const edgeSchema = z
  .object({
    from: id.describe('Source node id'),
    to: id.describe('Target node id'),
    label: z.string().min(1).max(MAX_EDGE_LABEL_CHARS).optional().describe('Text on the connection'),
    arrow: z.enum(['end', 'start', 'both', 'none']).default('end').describe('Where the arrow heads are'),
    dashed: z.boolean().default(false).describe('Dashed line (optional, async, weak link)'),
  })
  .strict();

const groupSchema = z
  .object({
    id: id.describe('Unique group id'),
    label: z.string().min(1).max(MAX_LABEL_CHARS).describe('Frame title'),
    parent: id.optional().describe('Enclosing group (one level of nesting)'),
  })
  .strict();

const noteSchema = z
  .object({
    text: z.string().min(1).max(MAX_LINE_CHARS).describe('Sticky-note text'),
    color: hexColorSchema.optional().describe('Sticky colour; default yellow'),
  })
  .strict();

const whiteboardObjectSchema = z
  .object({
    kind: z.literal('whiteboard'),
    ...commonFields,
    direction: z.enum(['LR', 'TB']).default('LR').describe('Flow left→right or top→bottom'),
    style: z.enum(['sketch', 'clean']).default('sketch').describe('Hand-drawn (rough strokes, handwriting) or clean lines'),
    edgeStyle: z.enum(['orthogonal', 'spline']).default('orthogonal').describe('Right-angled connectors or smooth curves'),
    edges: z.array(edgeSchema).max(MAX_EDGES).default([]).describe(`Connections (at most ${MAX_EDGES})`),
    nodes: z.array(nodeSchema).max(MAX_NODES).default([]).describe(`Shapes (1–${MAX_NODES}) of the native form`),
    mermaid: z
      .string()
      .min(1)
      .max(MAX_MERMAID_CHARS)
      .superRefine((source, context) => {
        for (const message of checkMermaidSource(source).issues) context.addIssue({ code: 'custom', message });
      })
      .optional()
      .describe('Mermaid form instead of nodes/edges: flowchart, sequence, class, state, ER, gantt, pie, mindmap, timeline, journey, quadrant, gitGraph …'),
    groups: z.array(groupSchema).max(MAX_GROUPS).default([]).describe('Labelled frames around nodes, nestable one level'),
    notes: z.array(noteSchema).max(MAX_NOTES).default([]).describe('Free sticky notes beside the diagram'),
  })
  .strict()
  .overwrite(withImplicitIds)
  .superRefine((spec, context) => {
    if (spec.mermaid !== undefined) {
      if (spec.nodes.length || spec.edges.length || spec.groups.length) context.addIssue({ code: 'custom', path: ['mermaid'], message: 'use either mermaid or nodes/edges/groups, not both' });
      return;
    }
    if (spec.nodes.length === 0) context.addIssue({ code: 'custom', path: ['nodes'], message: 'needs at least one node (or a mermaid source)' });
    if (spec.nodes.length > MAX_NODES) context.addIssue({ code: 'custom', path: ['edges'], message: `the edges name ${spec.nodes.length} nodes in all, more than ${MAX_NODES} (MAX_NODES)`, params: { code: 'too_large' } });
    if (spec.groups.length > MAX_GROUPS) context.addIssue({ code: 'custom', path: ['nodes'], message: `the nodes name ${spec.groups.length} groups in all, more than ${MAX_GROUPS} (MAX_GROUPS)`, params: { code: 'too_large' } });
    const nodeIds = new Set<string>();
    spec.nodes.forEach((node, index) => {
      if (nodeIds.has(node.id)) context.addIssue({ code: 'custom', path: ['nodes', index, 'id'], message: `duplicate node id "${node.id}"` });
      nodeIds.add(node.id);
    });
    const groupIds = new Set(spec.groups.map((group) => group.id));
    spec.groups.forEach((group, index) => {
      if (nodeIds.has(group.id)) context.addIssue({ code: 'custom', path: ['groups', index, 'id'], message: `"${group.id}" is already a node id` });
      if (group.parent === undefined) return;
      const parent = spec.groups.find((candidate) => candidate.id === group.parent);
      if (!parent) context.addIssue({ code: 'custom', path: ['groups', index, 'parent'], message: `no group "${group.parent}"` });
      else if (parent.parent !== undefined) context.addIssue({ code: 'custom', path: ['groups', index, 'parent'], message: 'groups nest one level only' });
    });
    spec.nodes.forEach((node, index) => {
      if (node.group !== undefined && !groupIds.has(node.group)) context.addIssue({ code: 'custom', path: ['nodes', index, 'group'], message: `no group "${node.group}"; groups: ${[...groupIds].join(', ') || 'none'}` });
    });
    spec.edges.forEach((edge, index) => {
      for (const end of ['from', 'to'] as const) {
        if (!nodeIds.has(edge[end])) context.addIssue({ code: 'custom', path: ['edges', index, end], message: `no node "${edge[end]}"` });
      }
    });
  })
  .describe('A whiteboard diagram: nodes, edges, groups and sticky notes, laid out automatically (elkjs) and drawn by hand (rough.js) or cleanly');

/** Published as two forms: the native diagram (at least one node) or a mermaid source, never both. */
export const WHITEBOARD_FORMS = [
  { description: 'Native form: nodes, edges, groups and notes, laid out for you', omit: ['mermaid'], require: ['nodes'], tighten: { nodes: { minItems: 1 } } },
  { description: 'Mermaid form: a mermaid diagram source', omit: ['nodes', 'edges', 'groups', 'notes', 'direction', 'edgeStyle', 'style'], require: ['mermaid'] },
] as const;

export const whiteboardSpecSchema = withJsonForms(whiteboardObjectSchema, WHITEBOARD_FORMS);

export type WhiteboardSpec = z.infer<typeof whiteboardSpecSchema>;
export type WhiteboardNode = WhiteboardSpec['nodes'][number];
