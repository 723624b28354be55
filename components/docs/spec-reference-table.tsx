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
          {rows.flatMap((row, index) => [
            // A union member's fields come together under one heading row ("sections[] when type = "stats"").
            ...(row.variant && row.variant !== rows[index - 1]?.variant
              ? [
                  <tr key={`variant-${row.variant}-${row.path}`} className="docs-variant-row">
                    <th scope="rowgroup" colSpan={4}>
                      <code>{row.path.replace(/\.[^.]+$/, '')}</code> when <code>{row.variant}</code>
                    </th>
                  </tr>,
                ]
              : []),
            <tr key={`${row.variant ?? ''}-${row.path}`}>
              <td>
                <code>{row.path}</code>
                {row.required ? <span className="docs-required"> required</span> : null}
              </td>
              <td>
                <code>{row.type}</code>
              </td>
              <td>{row.rules.join('; ')}</td>
              <td>{row.description}</td>
            </tr>,
          ])}
        </tbody>
      </table>
    </div>
  );
}
