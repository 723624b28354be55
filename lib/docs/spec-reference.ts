import { jsonSchemaOf } from '@/lib/openapi/schemas';
import { targets, type VisualKind } from '@/lib/targets/registry';

type Schema = {
  type?: string | string[];
  description?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  oneOf?: Schema[];
  anyOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  additionalProperties?: Schema | boolean;
};

/** One field of a spec, as the reference lists it. */
export interface FieldRow {
  /** Dotted path; `[]` for each array element, e.g. `sections[].items[].value`. */
  path: string;
  type: string;
  required: boolean;
  /** Limits and allowed values, e.g. "≤ 200 characters", "one of: light, dark". */
  rules: string[];
  description: string;
  /** Which member of a union these fields belong to, e.g. `type = "stats"`. */
  variant?: string;
}

const show = (value: unknown) => JSON.stringify(value);
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

function rulesOf(schema: Schema): string[] {
  const rules: string[] = [];
  if (schema.enum) rules.push(`one of: ${schema.enum.map(show).join(', ')}`);
  if (schema.const !== undefined) rules.push(`= ${show(schema.const)}`);
  if (schema.minLength !== undefined && schema.minLength > 0) rules.push(schema.minLength === 1 ? 'not empty' : `≥ ${schema.minLength} characters`);
  if (schema.maxLength !== undefined) rules.push(`≤ ${schema.maxLength} characters`);
  if (schema.minItems !== undefined && schema.minItems > 0) rules.push(schema.minItems === 1 ? 'at least one' : `≥ ${schema.minItems} items`);
  if (schema.maxItems !== undefined) rules.push(`≤ ${schema.maxItems} items`);
  if (schema.minimum !== undefined && schema.minimum > -MAX_SAFE) rules.push(`≥ ${schema.minimum}`);
  if (schema.exclusiveMinimum !== undefined) rules.push(`> ${schema.exclusiveMinimum}`);
  if (schema.maximum !== undefined && schema.maximum < MAX_SAFE) rules.push(`≤ ${schema.maximum}`);
  if (schema.exclusiveMaximum !== undefined) rules.push(`< ${schema.exclusiveMaximum}`);
  if (schema.pattern) rules.push(`matches /${schema.pattern}/`);
  if (schema.default !== undefined) rules.push(`default ${show(schema.default)}`);
  return rules;
}

const options = (schema: Schema) => schema.oneOf ?? schema.anyOf;

function typeOf(schema: Schema): string {
  const union = options(schema);
  if (union) return [...new Set(union.map(typeOf))].join(' | ');
  if (schema.const !== undefined) return typeof schema.const;
  if (schema.type === 'array') return `array of ${schema.items ? typeOf(schema.items) : 'any'}`;
  if (Array.isArray(schema.type)) return schema.type.join(' | ');
  if (schema.type === 'object' && !schema.properties && schema.additionalProperties && schema.additionalProperties !== true) return `map of ${typeOf(schema.additionalProperties)}`;
  return schema.type ?? 'any';
}

/** The property that tells a union's object members apart (each has a different const). */
function discriminator(members: Schema[]): string | undefined {
  const first = members[0]?.properties ?? {};
  return Object.keys(first).find((name) => members.every((member) => member.properties?.[name]?.const !== undefined));
}

function walk(schema: Schema, path: string, required: boolean, rows: FieldRow[], variant?: string): void {
  const union = options(schema);
  if (path) rows.push({ path, type: typeOf(schema), required, rules: rulesOf(schema), description: schema.description ?? '', variant });
  if (union) {
    const objects = union.filter((member) => member.properties);
    const key = discriminator(objects);
    for (const member of objects) {
      const label = key ? `${key} = ${show(member.properties?.[key]?.const)}` : undefined;
      walkProperties(member, path, rows, label ?? variant, key);
    }
    for (const member of union.filter((candidate) => candidate.type === 'array' && candidate.items)) walk(member.items!, `${path}[]`, true, rows, variant);
    return;
  }
  if (schema.properties) walkProperties(schema, path, rows, variant);
  if (schema.type === 'array' && schema.items && (schema.items.properties || options(schema.items))) walk(schema.items, `${path}[]`, true, rows, variant);
}

function walkProperties(schema: Schema, path: string, rows: FieldRow[], variant?: string, skip?: string): void {
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    if (name === skip) continue;
    walk(property, path ? `${path}.${name}` : name, (schema.required ?? []).includes(name), rows, variant);
  }
}

/** The fields of one kind's spec, from its zod schema (the same JSON Schema /api/schema serves). */
export function specReference(kind: VisualKind): FieldRow[] {
  const target = targets.find((candidate) => candidate.kind === kind);
  if (!target) return [];
  const rows: FieldRow[] = [];
  walk(jsonSchemaOf(target.schema) as Schema, '', true, rows);
  return rows;
}
