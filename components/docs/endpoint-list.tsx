import type { OperationDescriptor, RouteDescriptor } from '@/lib/openapi/descriptors';
import { METHODS } from '@/lib/openapi/descriptors';
import { jsonSchemaOf } from '@/lib/openapi/schemas';

const ACCESS_LABEL: Record<OperationDescriptor['access'], string> = {
  'api-key': 'API key when the server has keys',
  'signed-url': 'signature or API key when the server has keys',
  public: 'anyone with the URL',
  owner: 'the conversation owner (cookie)',
  open: 'anyone',
};

type Property = { type?: string | string[]; description?: string; enum?: unknown[]; default?: unknown; minimum?: number; maximum?: number; maxLength?: number };

function Parameters({ operation }: { operation: OperationDescriptor }) {
  const rows = (['path', 'query'] as const).flatMap((place) => {
    const object = operation[place];
    if (!object) return [];
    const schema = jsonSchemaOf(object) as { properties?: Record<string, Property>; required?: string[] };
    return Object.entries(schema.properties ?? {}).map(([name, property]) => ({ name, place, property, required: place === 'path' || (schema.required ?? []).includes(name) }));
  });
  if (!rows.length) return null;
  return (
    <table className="docs-table">
      <thead>
        <tr>
          <th scope="col">Parameter</th>
          <th scope="col">In</th>
          <th scope="col">Type</th>
          <th scope="col">Description</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ name, place, property, required }) => (
          <tr key={`${place}-${name}`}>
            <td>
              <code>{name}</code>
              {required ? <span className="docs-required"> required</span> : null}
            </td>
            <td>{place}</td>
            <td>
              <code>{property.enum ? property.enum.join(' | ') : [property.type].flat().join(' | ')}</code>
              {property.minimum !== undefined && property.maximum !== undefined && property.maximum < Number.MAX_SAFE_INTEGER ? ` ${property.minimum}–${property.maximum}` : ''}
              {property.default !== undefined ? ` (default ${String(property.default)})` : ''}
            </td>
            <td>{property.description}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Operation({ method, path, operation }: { method: string; path: string; operation: OperationDescriptor }) {
  const id = operation.operationId;
  return (
    <section className="docs-operation" id={id} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        <span className={`docs-method docs-method-${method}`}>{method.toUpperCase()}</span> <code>{path}</code>
      </h3>
      <p>
        {operation.summary}. {operation.description}
      </p>
      <p className="docs-meta">
        Who: {ACCESS_LABEL[operation.access]}
        {operation.body ? (
          <>
            {' '}
            · Body: <code>{operation.body.mediaType ?? 'application/json'}</code>
          </>
        ) : null}
      </p>
      <Parameters operation={operation} />
      <ul className="docs-responses">
        {Object.entries(operation.responses).map(([status, response]) => (
          <li key={status}>
            <strong>{status}</strong> {response.description}
            {response.content ? (
              <>
                {' — '}
                {Object.keys(response.content).map((type, index) => (
                  <span key={type}>
                    {index ? ', ' : ''}
                    <code>{type}</code>
                  </span>
                ))}
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Every endpoint, from the same route list the OpenAPI document is built from. */
export function EndpointList({ routes }: { routes: RouteDescriptor[] }) {
  return (
    <>
      {routes.flatMap((route) =>
        METHODS.flatMap((method) => {
          const operation = route.operations[method];
          return operation ? [<Operation key={`${method} ${route.path}`} method={method} path={route.path} operation={operation} />] : [];
        }),
      )}
    </>
  );
}
