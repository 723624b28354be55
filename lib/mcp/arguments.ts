import { z } from 'zod';
import { visualJsonSchema, targetFor } from '@/lib/spec/visual';

function withoutDialect(schema: Record<string, unknown>): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = schema;
  return rest;
}

/**
 * A spec argument: listed with the registry's own JSON Schema (what clients and models read), but
 * accepted as any value, so the tool validates it with parseSpec and its errors carry Glimpse's
 * paths and rules (`spec.sections.0.items.0.trend: Invalid option …`) instead of the SDK's.
 */
export function specArgument(description: string) {
  return z.unknown().meta({ ...withoutDialect(visualJsonSchema()), description });
}

/** The same for a `slides` spec only (export_deck). */
export function deckSpecArgument(description: string) {
  const schema = z.toJSONSchema(targetFor('slides').schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return z.unknown().optional().meta({ ...withoutDialect(schema), description });
}

/** 1-based slide of a deck. */
export const slideArgument = z.number().int().min(1).optional().describe('Decks: which slide (1-based) the inline picture shows; default the first');
