import type { WhiteboardSpec } from './schema';

/**
 * The edges that run against the flow: found by a depth-first walk from where the flow starts (the
 * nodes nothing points to, in the spec's order), an edge back to a node still on the walk's path
 * closes a loop. ELK breaks cycles its own way and may reverse the wrong edge: "Resend link → Verify
 * email" ranked first and the flow began at the top with it, the sign-up node beside it. Laid out
 * reversed (and drawn the right way round), these keep the flow running from its start.
 *
 * Frames count as one node each among their siblings: an edge from a frame back into one laid out
 * before it (queue → workers, from the data frame up into the cluster) is a back edge too, though
 * no node loop closes; ELK routed such an edge round the whole frame.
 */
export function backEdges(spec: WhiteboardSpec): Set<number> {
  const parentOf = new Map(spec.groups.map((group) => [group.id, group.parent]));
  // The frames around a node, outermost first, then the node itself.
  const chain = (nodeId: string): string[] => {
    const items = [`node:${nodeId}`];
    const seen = new Set<string>();
    for (let group = spec.nodes.find((node) => node.id === nodeId)?.group; group !== undefined && !seen.has(group); group = parentOf.get(group)) {
      seen.add(group);
      items.unshift(`group:${group}`);
    }
    return items;
  };
  // Each edge as one between the two siblings (nodes or frames) holding its ends, in their container.
  const order = new Map<string, number>();
  spec.nodes.forEach((node, index) => {
    for (const item of chain(node.id)) if (!order.has(item)) order.set(item, index);
  });
  const graphs = new Map<string, Map<string, { to: string; edge: number }[]>>();
  spec.edges.forEach((edge, index) => {
    if (edge.from === edge.to) return;
    const [from, to] = [chain(edge.from), chain(edge.to)];
    let depth = 0;
    while (from[depth] === to[depth]) depth += 1;
    const container = depth ? from[depth - 1]! : 'root';
    const graph = graphs.get(container) ?? new Map<string, { to: string; edge: number }[]>();
    graphs.set(container, graph);
    const [u, v] = [from[depth]!, to[depth]!];
    if (!graph.has(v)) graph.set(v, []);
    graph.set(u, [...(graph.get(u) ?? []), { to: v, edge: index }]);
  });
  const back = new Set<number>();
  for (const graph of graphs.values()) {
    const items = [...graph.keys()].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    const pointedTo = new Set([...graph.values()].flatMap((outs) => outs.map((out) => out.to)));
    const state = new Map<string, 'open' | 'done'>();
    const visit = (item: string) => {
      state.set(item, 'open');
      for (const out of graph.get(item) ?? []) {
        const seen = state.get(out.to);
        if (seen === 'open') back.add(out.edge);
        else if (!seen) visit(out.to);
      }
      state.set(item, 'done');
    };
    for (const start of [...items.filter((item) => !pointedTo.has(item)), ...items]) if (!state.has(start)) visit(start);
  }
  return back;
}
