import { specReference } from '@/lib/docs/spec-reference';
import type { VisualKind } from '@/lib/targets/registry';

/** One kind's fields: path, type, required, limits and description, from its zod schema. */
export function SpecReferenceTable({ kind }: { kind: VisualKind }) {
  const rows = specReference(kind);
  return (
    <div className="docs-scroll">
      <table className="docs-table docs-fields">
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Type</th>
            <th scope="col">Rules</th>
            <th scope="col">Description</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.variant ?? ''}-${row.path}`}>
              <td>
                <code>{row.path}</code>
                {row.required ? <span className="docs-required"> required</span> : null}
                {row.variant ? <div className="docs-variant">when {row.variant}</div> : null}
              </td>
              <td>
                <code>{row.type}</code>
              </td>
              <td>{row.rules.join('; ')}</td>
              <td>{row.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
