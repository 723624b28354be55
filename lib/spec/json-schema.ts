import { z } from 'zod';

/**
 * JSON Schema from the zod schemas, made honest: zod checks some rules in refinements that a
 * generated schema would not show (either vegaLite or type + data, never both; nodes or a mermaid
 * source). A schema registers its *forms* here, and the JSON Schema becomes `anyOf` those forms, each
 * a closed object with its own required fields, so a model under schema-constrained decoding can only
 * write specs that pass the refinements too. zod stays the single source of truth for every field;
 * a form only names which of the generated properties it keeps and which it requires.
 */

type Json = Record<string, unknown>;

export interface JsonForm {
  /** Shown to models as the branch's description. */
  description: string;
  /** Properties of the object this form drops (they belong to another form). */
  omit?: readonly string[];
  /** Properties this form requires, besides the object's own required ones. */
  require?: readonly string[];
  /** Extra keywords per property in this form (e.g. `{ nodes: { minItems: 1 } }`). */
  tighten?: Readonly<Record<string, Json>>;
}

/** A rewrite of the generated JSON of one zod schema; `convert` turns another zod schema into JSON the same way. */
export type JsonRewrite = (json: Json, convert: (schema: z.ZodType) => Json) => void;

// Keyed by the schema's definition, which `.describe()` and `.meta()` clones share with the original.
const rewrites = new WeakMap<object, JsonRewrite>();
const keyOf = (schema: unknown) => (schema as { _zod: { def: object } })._zod.def;

/** Registers how the JSON Schema of `schema` is rewritten; returns `schema` so it reads inline. */
export function withJsonRewrite<Schema extends z.ZodType>(schema: Schema, rewrite: JsonRewrite): Schema {
  rewrites.set(keyOf(schema), rewrite);
  return schema;
}

/** The object's JSON becomes `anyOf` its forms (closed objects); an object that is not closed is kept open. */
export function withJsonForms<Schema extends z.ZodType>(schema: Schema, forms: readonly JsonForm[]): Schema {
  return withJsonRewrite(schema, (json) => {
    const properties = (json.properties ?? {}) as Record<string, Json>;
    const required = (json.required ?? []) as string[];
    const branches = forms.map((form) => {
      const kept = Object.fromEntries(
        Object.entries(properties)
          .filter(([key]) => !form.omit?.includes(key))
          .map(([key, value]) => [key, form.tighten?.[key] ? { ...value, ...form.tighten[key] } : value]),
      );
      const needed = [...new Set([...required, ...(form.require ?? [])])].filter((key) => key in kept);
      return { type: 'object', description: form.description, properties: kept, required: needed, additionalProperties: json.additionalProperties ?? false };
    });
    for (const key of ['type', 'properties', 'required', 'additionalProperties']) delete json[key];
    json.anyOf = branches;
  });
}

export interface JsonSchemaOptions {
  target?: 'draft-2020-12' | 'draft-07';
}

/** zod → JSON Schema (input side: defaults make fields optional), with every registered rewrite applied. */
export function toJsonSchema(schema: z.ZodType, options: JsonSchemaOptions = {}): Json {
  const convert = (inner: z.ZodType): Json => {
    const json = z.toJSONSchema(inner, {
      target: options.target ?? 'draft-2020-12',
      io: 'input',
      unrepresentable: 'any',
      override: ({ zodSchema, jsonSchema }) => {
        const rewrite = rewrites.get(keyOf(zodSchema));
        if (rewrite) rewrite(jsonSchema as Json, (other) => stripRoot(convert(other)));
      },
    }) as Json;
    return json;
  };
  return convert(schema);
}

/** A schema to nest inside another: no `$schema` of its own. */
export function stripRoot(json: Json): Json {
  const { $schema: _schema, ...rest } = json;
  return rest;
}
