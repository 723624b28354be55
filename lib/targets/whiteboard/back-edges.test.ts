import { describe, expect, it } from 'vitest';
import { parseSpec } from '@/lib/spec/visual';
import { heldbackSet } from '@/lib/testing/heldback';
import { backEdges } from './back-edges';
import { layoutWhiteboard } from './layout';
import type { WhiteboardSpec } from './schema';

const heldback = (name: string) => parseSpec(heldbackSet.find((example) => example.name === name)!.spec) as WhiteboardSpec;
const board = (input: Record<string, unknown>) => parseSpec({ kind: 'whiteboard', title: 'Flow', ...input }) as WhiteboardSpec;

describe('edges against the flow', () => {
  it('a loop back to a node on the path from the start', () => {
    const onboarding = heldback('wb-onboarding-flow-tb-sketch');
    expect([...backEdges(onboarding)].map((index) => onboarding.edges[index]).map((edge) => `${edge?.from}→${edge?.to}`)).toEqual(['resend→verify']);
  });

  it('an edge from a frame back into a frame before it, though no node loop closes', () => {
    const architecture = heldback('wb-web-architecture-groups-clean');
    expect([...backEdges(architecture)].map((index) => architecture.edges[index]).map((edge) => `${edge?.from}→${edge?.to}`)).toEqual(['queue→worker']);
  });

  it('none in a chain or a tree; a ring starts at its first node', () => {
    expect(backEdges(board({ nodes: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }, { id: 'c', label: 'C' }], edges: [{ from: 'a', to: 'b' }, { from: 'a', to: 'c' }, { from: 'b', to: 'c' }] })).size).toBe(0);
    const ring = board({ nodes: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }, { id: 'c', label: 'C' }], edges: [{ from: 'b', to: 'c' }, { from: 'c', to: 'a' }, { from: 'a', to: 'b' }] });
    expect([...backEdges(ring)]).toEqual([1]);
  });
});

describe('flows laid out from their start', () => {
  it('the start node is on top of a top-to-bottom flow with a loop', async () => {
    const layout = await layoutWhiteboard(heldback('wb-onboarding-flow-tb-sketch'));
    const top = (id: string) => layout.nodes.find((node) => node.id === id)!.y;
    // Before: "Resend link" ranked first, the sign-up node a rank lower beside it.
    expect(Math.min(...layout.nodes.map((node) => node.y))).toBe(top('signup'));
    expect(top('verify')).toBeLessThan(top('resend'));
    // The loop's edge is drawn the right way round: it ends (its arrow) at "Verified email?".
    const loop = layout.edges[2]!.points;
    const verify = layout.nodes.find((node) => node.id === 'verify')!;
    expect(Math.abs(loop.at(-1)!.y - (verify.y + verify.height / 2))).toBeLessThanOrEqual(verify.height / 2 + 1);
    expect(loop[0]!.y).toBeGreaterThan(verify.y + verify.height);
  });

  it('an edge from the data frame up into the cluster goes straight up, not round the frame', async () => {
    // Drawn top to bottom (left to right it is too wide for the canvas).
    const spec = { ...heldback('wb-web-architecture-groups-clean'), direction: 'TB' as const };
    const layout = await layoutWhiteboard(spec);
    const index = spec.edges.findIndex((edge) => edge.from === 'queue' && edge.to === 'worker');
    const [queue, worker] = ['queue', 'worker'].map((id) => layout.nodes.find((node) => node.id === id)!);
    const points = layout.edges[index]!.points;
    const cluster = layout.groups.find((group) => group.id === 'app')!;
    // Before: down from the queue, round the cluster's right side and back in from above (past the frame, ~3x the gap).
    expect(Math.max(...points.map((point) => point.x))).toBeLessThan(cluster.x + cluster.width);
    expect(Math.min(...points.map((point) => point.y))).toBeGreaterThanOrEqual(worker!.y + worker!.height - 1);
    expect(Math.max(...points.map((point) => point.y))).toBeLessThanOrEqual(queue!.y + 1);
    expect(points.at(-1)!.y).toBeLessThan(points[0]!.y);
  });
});
