/**
 * Ids that edges and nodes refer to without declaring them, declared for them (mermaid's rule: an
 * edge to `db` draws a node "db"). A reference is rarely a mistake worth a refused diagram; the lint
 * reports each one (`implicit-node`, `implicit-group`) so the writer can give it a proper label.
 */

interface Referencing {
  mermaid?: string;
  nodes: { id: string; label: string; shape: string; group?: string }[];
  edges: { from: string; to: string }[];
  groups: { id: string; label: string; parent?: string }[];
}

export interface ImplicitIds {
  nodes: { id: string; path: (string | number)[] }[];
  groups: { id: string; path: (string | number)[] }[];
}

/** Referenced but undeclared ids, in order of first reference, with the path of that reference. */
export function implicitIds(spec: Referencing): ImplicitIds {
  const found: ImplicitIds = { nodes: [], groups: [] };
  if (spec.mermaid !== undefined) return found;
  const groupIds = new Set(spec.groups.map((group) => group.id));
  const declareGroup = (id: string, path: (string | number)[]) => {
    if (groupIds.has(id)) return;
    groupIds.add(id);
    found.groups.push({ id, path });
  };
  spec.groups.forEach((group, index) => group.parent !== undefined && declareGroup(group.parent, ['groups', index, 'parent']));
  spec.nodes.forEach((node, index) => node.group !== undefined && declareGroup(node.group, ['nodes', index, 'group']));
  const nodeIds = new Set(spec.nodes.map((node) => node.id));
  spec.edges.forEach((edge, index) => {
    for (const end of ['from', 'to'] as const) {
      if (nodeIds.has(edge[end]) || groupIds.has(edge[end])) continue;
      nodeIds.add(edge[end]);
      found.nodes.push({ id: edge[end], path: ['edges', index, end] });
    }
  });
  return found;
}

/** The spec with its implicit nodes and groups declared (labelled with their ids). */
export function withImplicitIds<Spec extends Referencing>(spec: Spec): Spec {
  const implicit = implicitIds(spec);
  if (implicit.nodes.length === 0 && implicit.groups.length === 0) return spec;
  return {
    ...spec,
    nodes: [...spec.nodes, ...implicit.nodes.map(({ id }) => ({ id, label: id, shape: 'rounded' }))],
    groups: [...spec.groups, ...implicit.groups.map(({ id }) => ({ id, label: id }))],
  };
}
