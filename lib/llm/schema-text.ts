type Schema = Record<string, unknown>;

/**
 * A JSON Schema written as TypeScript-like types for the prompt: the same fields, unions, enums,
 * bounds and descriptions in a quarter to a half fewer tokens than the JSON (OpenAI turns response schemas
 * into a TypeScript-like namespace for its models for the same reason). `$defs` become named
 * types. Derived from the schema, so it cannot drift from what zod checks.
 */
export function schemaText(schema: Schema): string {
  const defs = Object.entries((schema.$defs as Record<string, Schema> | undefined) ?? {});
  const lines = defs.map(([name, definition]) => `type ${name} = ${typeText(definition, 0)}${comment(definition)}`);
  const { $defs: _defs, ...root } = schema;
  return [...lines, typeText(root, 0)].join('\n');
}

const comment = (schema: Schema) => (typeof schema.description === 'string' ? ` // ${schema.description}` : '');

function typeText(schema: Schema, depth: number): string {
  if (typeof schema.$ref === 'string') return schema.$ref.replace(/^#\/\$defs\//, '');
  if ('const' in schema) return JSON.stringify(schema.const);
  if (Array.isArray(schema.enum)) return schema.enum.map((value) => JSON.stringify(value)).join('|');
  const union = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (Array.isArray(union)) return unionText(union, depth);
  const type = schema.type;
  if (Array.isArray(type)) return type.map((member) => typeText({ ...schema, type: member }, depth)).join('|');
  switch (type) {
    case 'object':
      return objectText(schema, depth);
    case 'array':
      return arrayText(schema, depth);
    case 'string':
      return `string${bounds(schema.minLength, schema.maxLength, ' chars')}${typeof schema.pattern === 'string' ? ` /${schema.pattern}/` : ''}`;
    case 'number':
    case 'integer':
      return `${type}${bounds(schema.minimum ?? schema.exclusiveMinimum, schema.maximum ?? schema.exclusiveMaximum, '')}`;
    case 'boolean':
    case 'null':
      return type;
    default:
      return 'any';
  }
}

function bounds(min: unknown, max: unknown, unit: string): string {
  const low = typeof min === 'number' ? min : undefined;
  const high = typeof max === 'number' ? max : undefined;
  if (low !== undefined && high !== undefined) return `(${low}-${high}${unit})`;
  if (high !== undefined) return `(max ${high}${unit})`;
  if (low !== undefined) return `(min ${low}${unit})`;
  return '';
}

const pad = (depth: number) => ' '.repeat(depth);

function objectText(schema: Schema, depth: number): string {
  const properties = Object.entries((schema.properties as Record<string, Schema> | undefined) ?? {});
  const extra = schema.additionalProperties;
  if (properties.length === 0) return extra && typeof extra === 'object' ? `{[key: string]: ${typeText(extra as Schema, depth)}}` : 'object';
  const required = new Set((schema.required as string[] | undefined) ?? []);
  const members = properties.map(([name, property]) => `${pad(depth + 1)}${name}${required.has(name) ? '' : '?'}: ${typeText(property, depth + 1)}${comment(property)}`);
  return `{\n${members.join('\n')}\n${pad(depth)}}`;
}

function arrayText(schema: Schema, depth: number): string {
  const items = (schema.items as Schema | undefined) ?? {};
  const inner = typeText(items, depth);
  const note = typeof items.description === 'string' && !items.$ref ? items.description : undefined;
  const size = bounds(schema.minItems, schema.maxItems, '');
  // A union written over several lines ends in a branch comment: the closing parenthesis goes on a line of its own.
  if (inner.startsWith('\n')) return `(${note ? ` // ${note}` : ''}${inner}\n${pad(depth)})[]${size}`;
  const simple = /^[\w".-]+$/.test(inner) || inner.endsWith('}');
  return `${simple ? inner : `(${inner})`}[]${size}${note ? ` /* ${note} */` : ''}`;
}

function unionText(branches: Schema[], depth: number): string {
  const texts = branches.map((branch) => typeText(branch, depth + 1));
  if (texts.every((text) => !text.includes('\n'))) return texts.join(' | ');
  return branches.map((branch, index) => `\n${pad(depth + 1)}| ${texts[index]}${comment(branch)}`).join('');
}
