import { specInputs } from './inputs';
import { z } from 'zod';
import { targets, type VisualKind } from '@/lib/targets/registry';
import type { TargetDefinition } from '@/lib/targets/define-target';
import { fromZodError, GlimpseError } from '@/lib/errors';
import { toJsonSchema } from './json-schema';
import { dropBlankOptionals } from './blank-optionals';

type SchemasOf<T extends readonly unknown[]> = { -readonly [Index in keyof T]: T[Index] extends { schema: infer Schema } ? Schema : never };
type Schemas = SchemasOf<typeof targets>;

/** The visual spec: a discriminated union on `kind`, derived from the registry. */
export const visualSpecSchema = z
  .discriminatedUnion('kind', targets.map((target) => target.schema) as unknown as Schemas)
  .describe('A visual spec. "kind" picks the render target; every other field is described per kind.');

export type VisualSpec = z.infer<typeof visualSpecSchema>;
export type VisualSpecInput = z.input<typeof visualSpecSchema>;

export const visualKinds: VisualKind[] = targets.map((target) => target.kind);

/** A target seen through the union of all specs: the one place where the registry's per-kind types are erased. */
export type AnyTarget = TargetDefinition<VisualKind, z.ZodObject, VisualSpec>;

export function targetFor(kind: VisualKind): AnyTarget {
  const target = targets.find((candidate) => candidate.kind === kind);
  if (!target) throw new GlimpseError('invalid_spec', `unknown kind "${kind}"`, { issues: [{ path: ['kind'], message: 'unknown kind' }] });
  return target as unknown as AnyTarget;
}

// What each parsed spec was parsed from: parsing fills defaults and draws some things for the writer
// (implicit whiteboard nodes, uneven tables evened), and the lint reports those from the input.
const inputs = specInputs;

/** The input `parseSpec` turned into this spec, if it did. */
export function inputOf(spec: VisualSpec): unknown {
  return inputs.get(spec);
}

/** Validates untrusted input into a spec (defaults applied). Throws GlimpseError `invalid_spec` naming each bad path. */
export function parseSpec(input: unknown): VisualSpec {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new GlimpseError('invalid_spec', 'spec must be a JSON object with a "kind" field', {
      issues: [{ path: [], message: `expected object, received ${Array.isArray(input) ? 'array' : input === null ? 'null' : typeof input}` }],
    });
  }
  const kind = (input as { kind?: unknown }).kind;
  if (typeof kind !== 'string' || !visualKinds.includes(kind as VisualKind)) {
    const message = `kind must be one of: ${visualKinds.join(', ')}`;
    throw new GlimpseError('invalid_spec', `kind: ${message}`, { issues: [{ path: ['kind'], message }] });
  }
  const result = visualSpecSchema.safeParse(dropBlankOptionals(visualSpecSchema, input));
  if (!result.success) throw fromZodError(result.error);
  inputs.set(result.data, input);
  return result.data;
}

/** The union as JSON Schema (draft 2020-12), the document models, MCP clients and OpenAPI read. */
export function visualJsonSchema(): Record<string, unknown> {
  return toJsonSchema(visualSpecSchema);
}

/** One kind's JSON Schema (draft 2020-12), as published in the union. */
export function kindJsonSchema(kind: VisualKind): Record<string, unknown> {
  return toJsonSchema(targetFor(kind).schema);
}
